// The player's clock: one reading in ms, anchored to the wall clock (Date.now()) when the page loads and carried on
// by performance.now(), which does not jump when the system time is set. Some phones stop performance.now() while
// they sleep; when the wall clock has run ahead of it by more than a second, the wall clock is trusted and the
// anchor moves. `speed` (the ?speed=N test hook) multiplies how fast the clock runs.

/**
 * @param {number} [speed]
 * @param {() => number} [perf]
 * @param {() => number} [wall]
 */
export function createClock(speed = 1, perf = () => performance.now(), wall = () => Date.now()) {
  let basePerf = perf();
  let baseWall = wall();
  let baseReading = baseWall;
  return {
    speed,
    /** @returns {number} the reading in ms */
    now() {
      const p = perf();
      const w = wall();
      const byPerf = p - basePerf;
      const byWall = w - baseWall;
      if (byWall - byPerf > 1000) {
        baseReading += byWall * speed;
        basePerf = p;
        baseWall = w;
        return baseReading;
      }
      return baseReading + byPerf * speed;
    },
  };
}

/** The ?speed=N test hook, 1 to 50; 1 when absent or out of range. @param {URLSearchParams} query */
export function speedFrom(query) {
  const n = Number(query.get('speed'));
  return Number.isFinite(n) && n >= 1 && n <= 50 ? n : 1;
}

/**
 * Real ms from session time `t` to the next wake-up: the next cue or the next whole second (the countdowns change),
 * never before it (timers count whole ms, and the clock reads a little coarsely: 0.5 ms to spare).
 * @param {number} t session seconds now @param {number} nextAt the next cue's time @param {number} speed
 */
export function wakeDelay(t, nextAt, speed) {
  return Math.max(0, Math.ceil(((Math.min(nextAt, Math.floor(t) + 1) - t) * 1000) / speed + 0.5));
}
