// Lookups over the timeline the server computed and flattened: every cue carries its index, its segment, when what it
// begins is over (endsAtSeconds), the hold it starts (holdSeconds), its voice mode, its sound and the area of the calf
// in hand. Nothing here works out what the domain already knows; it only finds it. Times are seconds from the start.
// Each step opens, as its get-ready pause begins, with a cue of kind 'briefing': the one long text, said while the
// person gets ready; every cue from the step's start on is at most 12 words.

/**
 * @typedef {{index: number, segment: number, atSeconds: number, endsAtSeconds: number, kind: string, text: string,
 *   zone?: string, lane?: string, count?: number, holdSeconds?: number, voice: 'interrupt'|'queue'|'if-idle', sound?: string}} Cue
 * @typedef {{index: number, stepId: string, name: string, leg: string, readyAtSeconds: number, startSeconds: number,
 *   durationSeconds: number, endSeconds: number}} Segment
 * @typedef {{segments: Segment[], cues: Cue[], totalSeconds: number}} Timeline
 * @typedef {{id: string, at: number, sound: string}} SoundEvent
 */

/** The segment in hand at `t`: its get-ready pause, then the step. @param {Segment[]} segments @param {number} t */
export function segmentAt(segments, t) {
  const i = segments.findIndex(s => t < s.endSeconds);
  return i < 0 ? segments.length - 1 : i;
}

/** The last cue raised before `nextCue`, or null. @param {Cue[]} cues @param {number} nextCue */
export const lastRaised = (cues, nextCue) => (nextCue > 0 ? cues[nextCue - 1] : null);

/** The area of the calf in hand once `nextCue` cues are raised. @param {Cue[]} cues @param {number} nextCue */
export function areaAt(cues, nextCue) {
  const cue = lastRaised(cues, nextCue);
  return { zone: cue?.zone ?? null, lane: cue?.lane ?? null };
}

/**
 * Seconds left in the hold running at `t`, or null: the latest hold raised in the current segment, while it lasts.
 * @param {Cue[]} cues @param {number} nextCue @param {number} t
 */
export function holdLeft(cues, nextCue, t) {
  const last = lastRaised(cues, nextCue);
  for (let i = nextCue - 1; i >= 0 && last && cues[i].segment === last.segment; i--) {
    if (cues[i].kind === 'hold-start') return t < cues[i].endsAtSeconds ? cues[i].endsAtSeconds - t : null;
  }
  return null;
}

/** The cues of one segment. @param {Cue[]} cues @param {number} segment */
export const cuesOf = (cues, segment) => cues.filter(c => c.segment === segment);

/** True for a step whose strokes keep a cadence. @param {Cue[]} cues @param {number} segment */
export const strokes = (cues, segment) => cuesOf(cues, segment).some(c => c.sound === 'tick');

/** The step's briefing, said as its get-ready pause begins ('' when it has none). @param {Cue[]} cues @param {number} segment */
export const briefing = (cues, segment) => cuesOf(cues, segment).find(c => c.kind === 'briefing')?.text ?? '';

/** True when the step is done ankle to knee. @param {Cue[]} cues @param {number} segment */
export const upward = (cues, segment) => cuesOf(cues, segment).some(c => c.kind === 'direction');

/**
 * The sounds of the session: each cue's own tone, and, when cues are not spoken, a beep for every cue without one.
 * Cues at one instant make one sound: the first one's.
 * @param {Cue[]} cues @param {boolean} speaking
 * @returns {SoundEvent[]}
 */
export function soundsOf(cues, speaking) {
  /** @type {SoundEvent[]} */
  const events = [];
  let lastAt = -1;
  for (const c of cues) {
    const sound = c.sound ?? (speaking ? null : 'beep');
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
