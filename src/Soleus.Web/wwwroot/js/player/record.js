// What the browser sends for a finished or stopped session: the SessionBody of POST /api/sessions, built from the
// kept session and what the person said after it; and tidying up sessions left behind in the browser.

import { elapsedAt, transition } from './machine.js';
import { doneSteps } from './timeline.js';
import { CURRENT, OUTBOX, RECORDS, SESSION, file, get, remove } from './store.js';

/** How long a session may wait, unfinished or with its finish form unsent, before it is filed as it is. */
const LEFT_RUNNING_MS = 3 * 3600 * 1000;
const LEFT_ENDED_MS = 30 * 60 * 1000;
const LEFT_UNSTARTED_MS = 24 * 3600 * 1000;

/**
 * @typedef {{leg: string, tightnessBefore: number, painBefore: number, tightnessAfter?: number, painAfter?: number}} Rating
 * @typedef {{leg: string, zone: string, lane: string}} Spot
 * @typedef {{after?: Record<string, {tightnessAfter?: number, painAfter?: number}>, spots?: Spot[], notes?: string}} Finish
 */

/**
 * @param {any} session the kept session (see main.js)
 * @param {Finish} [finish]
 */
export function bodyOf(session, finish = {}) {
  const m = session.machine;
  const t = elapsedAt(m, m.endedAt ?? session.savedAt) / 1000;
  const started = session.startedAtEpoch;
  // A session's record spans at most three hours (SessionBody.MaxLength).
  const ended = Math.min(Math.max(session.endedAtEpoch ?? session.savedAtEpoch ?? started, started), started + LEFT_RUNNING_MS);
  const notes = finish.notes?.trim();
  return {
    clientId: session.clientId,
    startedAt: new Date(started).toISOString(),
    endedAt: new Date(ended).toISOString(),
    legs: session.legs,
    ratings: session.ratingsBefore.map((/** @type {Rating} */ r) => ({ ...r, ...(finish.after?.[r.leg] ?? {}) })),
    tenderSpots: finish.spots ?? [],
    stopReason: m.state === 'stopped' ? m.stopReason : null,
    notes: notes ? notes : null,
    steps: doneSteps(session.segments, t),
  };
}

/** Where a record goes: to the outbox when signed in, to the browser's own records when not. */
export const signedIn = () => document.body?.dataset.signedIn === 'true';

/** Files a finished session's record and removes the session, in one transaction. @param {any} session @param {Finish} [finish] */
export function fileSession(session, finish) {
  const body = bodyOf(session, finish);
  return file(signedIn() ? OUTBOX : RECORDS, { clientId: body.clientId, body }).then(() => body);
}

/**
 * A session left in the browser long enough is filed as it is: stopped for now when it was left running or paused,
 * without the after-ratings when its finish form was never sent. A plan never started is dropped after a day.
 * (The player page does this itself for the session it shows.)
 */
export async function settleLeftBehind() {
  const session = await get(SESSION, CURRENT);
  if (!session) return;
  const age = Date.now() - (session.endedAtEpoch ?? session.savedAtEpoch ?? 0);
  const state = session.machine.state;
  if (state === 'not-started') {
    if (age > LEFT_UNSTARTED_MS) await remove(SESSION, CURRENT);
  } else if (state === 'running' || state === 'paused') {
    if (age > LEFT_RUNNING_MS) {
      const paused = state === 'running' ? transition(session.machine, 'pause', session.savedAt) : session.machine;
      await fileSession({ ...session, machine: transition(paused, 'stop', session.savedAt, 'stopped-for-now'), endedAtEpoch: session.savedAtEpoch });
    }
  } else if (age > LEFT_ENDED_MS) {
    await fileSession(session);
  }
}
