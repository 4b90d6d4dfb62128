// Sounds on the Web Audio clock, placed ahead at exact AudioContext times so that they play on time however the
// page's timers are throttled: 10 s ahead, or 90 s on a hidden page (Chromium may wake it once a minute). They go
// along a line through one reading of both clocks, at the audio clock's measured rate (it may run slow by 0.1 %).
// When the audio clock leaves that line (frozen, it stands still), what has not started is placed anew from the
// session clock and what is past is dropped: a late sound only confuses. Pause and stop cancel everything placed.

/** @typedef {import('./timeline.js').SoundEvent} SoundEvent */

/** Each sound as [frequency Hz, offset s, length s] notes. */
const SHAPES = /** @type {Record<string, number[][]>} */ ({
  pip: [[880, 0, 0.09]],
  go: [[660, 0, 0.12], [990, 0.14, 0.16]],
  tick: [[1320, 0, 0.04]],
  hold: [[523, 0, 0.22]],
  beep: [[740, 0, 0.16]],
  end: [[660, 0, 0.16], [880, 0.2, 0.16], [1100, 0.4, 0.32]],
});

/** Seconds of real time placed ahead, by visibility. */
export const HORIZON_SECONDS = { visible: 10, hidden: 90 };

/** Seconds the audio clock may leave the line before the sounds are placed anew (its readings jitter by 2 ms). */
export const DRIFT_SECONDS = 0.02;

/**
 * What the ?bench hook reads: each placement (`at` session s, `start` and `cancelled` audio s) and readings of both clocks.
 * @typedef {{placed: {id: string, at: number, start: number, cancelled: number | null}[], samples: {t: number, ctx: number}[]}} SoundLog
 */

const browserContext = () => {
  const Context = window.AudioContext ?? /** @type {any} */ (window).webkitAudioContext;
  return Context ? /** @type {AudioContext} */ (new Context()) : null;
};

/** @param {{context?: () => AudioContext | null, log?: SoundLog | null}} [options] a test's own context; the bench's log */
export function createSound({ context: makeContext = browserContext, log = null } = {}) {
  /** @type {AudioContext | null} */
  let ctx = null;
  /** @type {GainNode | null} */
  let master = null;
  /** @type {Map<string, {start: number, nodes: OscillatorNode[], entry: any}>} */
  const pending = new Map();
  /** Audio time `c0` at session time `t0`, the audio clock at `rate` times real time; redrawn after a cancel. */
  let line = { t0: 0, c0: 0, rate: 1, drawn: false };
  const audioAt = (/** @type {number} */ t, /** @type {number} */ speed) => line.c0 + ((t - line.t0) / speed) * line.rate;
  let volume = 1;

  /** Creates or wakes the audio context; call from a tap (browsers allow sound only after one). */
  function unlock() {
    if (!ctx) {
      ctx = makeContext();
      if (!ctx) return;
      master = ctx.createGain();
      master.gain.value = volume;
      master.connect(ctx.destination);
    }
    if (ctx.state !== 'running') ctx.resume().catch(() => {});
  }

  /** @param {string} sound @param {number} when AudioContext time @returns {OscillatorNode[]} */
  function play(sound, when) {
    const c = /** @type {AudioContext} */ (ctx);
    return (SHAPES[sound] ?? SHAPES.beep).map(([frequency, at, length]) => {
      const osc = c.createOscillator();
      const gain = c.createGain();
      const start = when + at;
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.4, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      osc.connect(gain).connect(/** @type {GainNode} */ (master));
      osc.start(start);
      osc.stop(start + length + 0.02);
      return osc;
    });
  }

  /** Stops and forgets the placed sounds whose start `which` picks. @param {(start: number) => boolean} which */
  function takeBack(which) {
    const now = ctx?.currentTime ?? 0;
    for (const [id, placed] of pending) {
      if (!which(placed.start)) continue;
      for (const osc of placed.nodes) { try { osc.stop(0); osc.disconnect(); } catch { /* already stopped */ } }
      if (placed.entry && placed.start > now) placed.entry.cancelled = now;
      pending.delete(id);
    }
  }

  /** For the bench: the audio time at session time `t`. @param {number} t */
  const mark = t => { if (log && ctx) log.samples.push({ t, ctx: ctx.currentTime }); };

  return {
    unlock,
    mark,
    /** @param {number} v 0 to 1 */
    setVolume(v) { volume = v; if (master) master.gain.value = v; },
    /** A sound now, outside the schedule (a beep when the voice does not start). @param {string} [sound] */
    now(sound = 'beep') { if (ctx) play(sound, ctx.currentTime); },
    /**
     * Places each event from session time `t` (read now) to `horizon` real seconds ahead that is not placed yet.
     * @param {SoundEvent[]} events in time order @param {number} t @param {number} speed @param {number} horizon
     */
    ahead(events, t, speed, horizon) {
      if (!ctx || ctx.state !== 'running') return;
      const base = ctx.currentTime;
      mark(t);
      for (const [id, placed] of pending) if (placed.start < base - 1) pending.delete(id); // played out
      if (!line.drawn || Math.abs(audioAt(t, speed) - base) > DRIFT_SECONDS) {
        takeBack(start => start > base);
        // The rate over 20 s or more, unless it looks like a jump (a freeze, a pause) rather than a drift.
        const real = (t - line.t0) / speed;
        const rate = (base - line.c0) / real;
        line = { t0: t, c0: base, rate: line.drawn && real >= 20 && Math.abs(rate - 1) < 0.005 ? rate : line.rate, drawn: true };
      }
      for (const e of events) {
        if (e.at > t + horizon * speed) break;
        if (e.at < t - 0.05 || pending.has(e.id)) continue; // a sound 50 ms late is still worth playing
        const start = Math.max(base, audioAt(e.at, speed));
        const entry = log ? { id: e.id, at: e.at, start, cancelled: null } : null;
        if (entry) log?.placed.push(entry);
        pending.set(e.id, { start, nodes: play(e.sound, start), entry });
      }
    },
    /** Cancels every placed sound, played or not. */
    cancel() {
      takeBack(() => true);
      line.drawn = false;
    },
  };
}
