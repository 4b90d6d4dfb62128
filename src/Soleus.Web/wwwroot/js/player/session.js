// The session in hand as plain data, and the pure steps that move it, as the domain's SessionEngine has them: made
// from the page's player data, changed only through the one transition function (machine.js), and played by raising,
// at a clock reading, every cue whose time the active time has reached, each once, in order; when the last cue is
// raised the session completes. A pain rating mid-session is checked against the rating before with the domain's
// rule, whose number arrives in the data. Every function returns a new session; nothing here touches the page, so
// the same JSON scenarios run against this module (node --test) and against SessionEngine (xUnit).

import { elapsedAt, fresh, transition } from './machine.js';
import { CURRENT } from './store.js';

/**
 * A new kept session from the /play page's player data.
 * @param {any} data the PlayerData block
 * @param {number} now clock reading, ms
 * @param {number} epoch wall-clock ms
 */
export function create(data, now, epoch) {
  return {
    key: CURRENT,
    clientId: data.clientId,
    legs: data.legs,
    timeline: data.timeline,
    prep: data.preparation,
    texts: { steps: data.steps, stops: data.stops, dvtWarning: data.dvtWarning, emergencyNumber: data.emergencyNumber },
    limits: data.limits,
    labels: data.labels,
    ratingsBefore: data.ratingsBefore,
    machine: fresh(),
    nextCue: 0,
    startedAtEpoch: null,
    endedAtEpoch: null,
    savedAt: now,
    savedAtEpoch: epoch,
  };
}

/**
 * The same plan from its beginning, as a new session with its own client id: what a person chooses instead of
 * resuming a kept session ("Start again from the beginning").
 * @param {any} kept @param {string} clientId @param {number} now @param {number} epoch
 */
export function restart(kept, clientId, now, epoch) {
  return { ...kept, clientId, machine: fresh(), nextCue: 0, startedAtEpoch: null, endedAtEpoch: null, savedAt: now, savedAtEpoch: epoch };
}

/** Active seconds at clock reading `now` (ms). @param {any} session @param {number} now */
export const elapsed = (session, now) => elapsedAt(session.machine, now) / 1000;

/**
 * The session after a command (start, pause, resume, stop, complete); a command its state does not allow throws
 * InvalidTransition and changes nothing.
 * @param {any} session @param {import('./machine.js').Command} command @param {number} now @param {number} epoch
 * @param {string|null} [reason]
 */
export function apply(session, command, now, epoch, reason = null) {
  const machine = transition(session.machine, command, now, reason);
  return {
    ...session,
    machine,
    startedAtEpoch: command === 'start' ? epoch : session.startedAtEpoch,
    endedAtEpoch: machine.state === 'stopped' || machine.state === 'completed' ? epoch : session.endedAtEpoch,
  };
}

/**
 * Raises what is due at clock reading `now`: every cue whose time the active time has reached, in order, each once.
 * When the last cue has been raised the session completes.
 * @param {any} session @param {number} now @param {number} epoch
 * @returns {{session: any, raised: any[]}}
 */
export function due(session, now, epoch) {
  if (session.machine.state !== 'running') return { session, raised: [] };
  const cues = session.timeline.cues;
  const t = elapsed(session, now);
  let next = session.nextCue;
  const raised = [];
  while (next < cues.length && cues[next].atSeconds <= t) raised.push(cues[next++]);
  const moved = { ...session, nextCue: next };
  return { session: next === cues.length ? apply(moved, 'complete', now, epoch) : moved, raised };
}

/**
 * A pain rating given during the session for one leg, judged as the domain's SessionCheckIn judges it: 'stop' when it
 * is at least the data's rise above the rating before, 'ask-to-stop' for any smaller rise or a rating at or above
 * the data's high mark, otherwise 'go-on'.
 * @param {any} session @param {string} leg @param {number} painNow
 * @returns {'stop' | 'ask-to-stop' | 'go-on'}
 */
export function checkIn(session, leg, painNow) {
  const rise = painNow - session.ratingsBefore.find((/** @type {any} */ r) => r.leg === leg).painBefore;
  if (rise >= session.limits.painRiseThatStops) return 'stop';
  return rise > 0 || painNow >= session.limits.painThatAsks ? 'ask-to-stop' : 'go-on';
}

/** True when the text is a whole number, in digits, on the rating scale of the data. @param {any} session @param {string} text */
export function isRating(session, text) {
  const digits = text.trim();
  return /^[0-9]+$/.test(digits) && Number(digits) >= session.limits.ratingMin && Number(digits) <= session.limits.ratingMax;
}
