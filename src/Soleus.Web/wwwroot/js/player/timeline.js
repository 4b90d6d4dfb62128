// Reading the timeline the server computed: which step is in hand at a time, which area of the calf, how long a
// hold has left, which sounds to play, and how much of each step was done. Times are seconds from the session start.

/** @typedef {{atSeconds: number, kind: string, text: string, zone?: string, lane?: string, count?: number}} Cue */
/** @typedef {{stepId: string, name: string, leg: string, readyAtSeconds: number, startSeconds: number, durationSeconds: number, cues: Cue[]}} Segment */
/** @typedef {Cue & {index: number, segment: number}} TimedCue */
/** @typedef {{id: string, at: number, sound: string}} SoundEvent */

/** Every cue in the order it is raised, the finish last. @param {Segment[]} segments @param {Cue} finish @returns {TimedCue[]} */
export function cuesOf(segments, finish) {
  /** @type {TimedCue[]} */
  const list = [];
  segments.forEach((s, i) => s.cues.forEach(c => list.push({ ...c, index: list.length, segment: i })));
  list.push({ ...finish, index: list.length, segment: segments.length - 1 });
  return list;
}

/** The segment in hand at `t`: its get-ready pause, then the step. @param {Segment[]} segments @param {number} t */
export function segmentAt(segments, t) {
  const i = segments.findIndex(s => t < s.startSeconds + s.durationSeconds);
  return i < 0 ? segments.length - 1 : i;
}

/** The zone or lane in hand at `t` (the next one during the get-ready pause). @param {Segment} s @param {number} t */
export function areaAt(s, t) {
  const marked = s.cues.filter(c => c.zone || c.lane);
  if (marked.length === 0) return { zone: null, lane: null };
  const current = t < s.startSeconds ? marked[0] : marked.filter(c => c.atSeconds <= t).pop() ?? marked[0];
  return { zone: current.zone ?? null, lane: current.lane ?? null };
}

/** Seconds left in the hold running at `t`, or null. @param {Segment} s @param {number} t */
export function holdLeft(s, t) {
  const start = s.cues.filter(c => c.kind === 'hold-start' && c.atSeconds <= t).pop();
  if (!start) return null;
  const end = s.cues.find(c => c.kind === 'hold-end' && c.atSeconds > start.atSeconds);
  return end && t < end.atSeconds ? end.atSeconds - t : null;
}

/** True for a step whose strokes keep a cadence. @param {Segment} s */
export const strokes = s => s.cues.some(c => c.kind === 'stroke' || c.kind === 'pass');

/** True when the step is done ankle to knee. @param {Segment} s */
export const upward = s => s.cues.some(c => c.kind === 'direction');

const SOUND = /** @type {Record<string, string>} */ ({
  countdown: 'pip', 'step-start': 'go', stroke: 'tick', pass: 'tick', 'hold-start': 'hold', 'hold-end': 'hold', end: 'end',
});

/**
 * The sounds of the session: countdown pips, a tone to begin, cadence ticks, hold tones, the end; and, when cues are
 * not spoken, a beep for every other cue.
 * @param {TimedCue[]} cues @param {boolean} speaking
 * @returns {SoundEvent[]}
 */
export function soundsOf(cues, speaking) {
  /** @type {SoundEvent[]} */
  const events = [];
  let lastAt = -1;
  for (const c of cues) {
    const sound = SOUND[c.kind] ?? (speaking || c.kind === 'direction' ? null : 'beep');
    // Cues at one instant make one sound: the first one's.
    if (sound && c.atSeconds !== lastAt) {
      events.push({ id: `${c.index}`, at: c.atSeconds, sound });
      lastAt = c.atSeconds;
    }
  }
  return events;
}

/**
 * How many whole seconds of each step were done by active time `t`, for the record.
 * @param {Segment[]} segments @param {number} t
 */
export function doneSteps(segments, t) {
  return segments
    .map(s => ({ stepId: s.stepId, leg: s.leg, seconds: Math.floor(Math.min(Math.max(t - s.startSeconds, 0), s.durationSeconds)) }))
    .filter(s => s.seconds > 0);
}

/** "1:05" @param {number} seconds */
export function clockText(seconds) {
  const total = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
