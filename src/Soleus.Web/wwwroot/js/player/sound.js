// Sounds on the Web Audio clock. Each tick schedules the sounds of the next ~10 seconds at exact AudioContext times,
// so a hidden tab whose timers are throttled still beeps on time. Pausing or stopping cancels what was scheduled.

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

export const HORIZON_SECONDS = 10;

export function createSound() {
  /** @type {AudioContext | null} */
  let ctx = null;
  /** @type {GainNode | null} */
  let master = null;
  /** @type {Map<string, OscillatorNode[]>} */
  const pending = new Map();
  let volume = 1;

  /** Creates or wakes the audio context; call from a tap (browsers allow sound only after one). */
  function unlock() {
    if (!ctx) {
      const Context = window.AudioContext ?? /** @type {any} */ (window).webkitAudioContext;
      if (!Context) return;
      ctx = new Context();
      master = ctx.createGain();
      master.gain.value = volume;
      master.connect(ctx.destination);
    }
    if (ctx.state !== 'running') ctx.resume().catch(() => {});
  }

  /** @param {string} sound @param {number} when AudioContext time @returns {OscillatorNode[]} */
  function play(sound, when) {
    if (!ctx || !master) return [];
    return (SHAPES[sound] ?? SHAPES.beep).map(([frequency, offset, length]) => {
      const osc = ctx.createOscillator();
      const gain = ctx.createGain();
      const start = when + offset;
      osc.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, start);
      gain.gain.exponentialRampToValueAtTime(0.4, start + 0.01);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + length);
      osc.connect(gain).connect(master);
      osc.start(start);
      osc.stop(start + length + 0.02);
      return osc;
    });
  }

  return {
    unlock,
    /** @param {number} v 0 to 1 */
    setVolume(v) { volume = v; if (master) master.gain.value = v; },
    /** A sound now, outside the schedule (a beep when no voice answers). @param {string} [sound] */
    now(sound = 'beep') { if (ctx) play(sound, ctx.currentTime); },
    /**
     * Schedules every event due from session time `t` to `HORIZON_SECONDS` of real time ahead that is not yet
     * scheduled. Events already past are left out: a sound late by more than a moment only confuses.
     * @param {SoundEvent[]} events @param {number} t session seconds now @param {number} speed
     */
    ahead(events, t, speed) {
      if (!ctx || ctx.state !== 'running') return;
      const base = ctx.currentTime;
      const until = t + HORIZON_SECONDS * speed;
      for (const e of events) {
        if (e.at > until) break;
        if (e.at < t - 0.05 || pending.has(e.id)) continue;
        pending.set(e.id, play(e.sound, base + Math.max(0, (e.at - t) / speed)));
      }
    },
    /** Cancels every scheduled sound, played or not. */
    cancel() {
      for (const nodes of pending.values()) {
        for (const osc of nodes) { try { osc.stop(0); osc.disconnect(); } catch { /* already stopped */ } }
      }
      pending.clear();
    },
  };
}
