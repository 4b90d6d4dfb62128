// What the browser sends for a finished or stopped session: the SessionReport of POST /api/sessions, built from the
// kept session and what the person said after it; and tidying up sessions left behind in the browser.

import { elapsedAt } from './machine.js';
import { doneSteps } from './timeline.js';
import { apply } from './session.js';
import { CURRENT, OUTBOX, RECORDS, SESSION, file, get, remove } from './store.js';

/** How long an ended session's finish form, or a plan never started, may wait before it is filed or dropped. */
const LEFT_ENDED_MS = 30 * 60 * 1000;
const LEFT_UNSTARTED_MS = 24 * 3600 * 1000;

/**
 * @typedef {{leg: string, tightnessBefore: number, painBefore: number, tightnessAfter?: number, painAfter?: number}} Rating
 * @typedef {{leg: string, zone: string, lane: string}} Spot
 * @typedef {{after?: Record<string, {tightnessAfter?: number, painAfter?: number}>, spots?: Spot[], notes?: string}} Finish
 */

/** The longest a session's record may span, from the data (sessions kept by an earlier player carry none). @param {any} session */
const maxMs = session => (session.limits?.maxSessionSeconds ?? Infinity) * 1000;

/**
 * @param {any} session the kept session (session.js)
 * @param {Finish} [finish]
 */
export function bodyOf(session, finish = {}) {
  const m = session.machine;
  const t = elapsedAt(m, m.endedAt ?? session.savedAt) / 1000;
  const started = session.startedAtEpoch;
  const ended = Math.min(Math.max(session.endedAtEpoch ?? session.savedAtEpoch ?? started, started), started + maxMs(session));
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
    steps: doneSteps(session.timeline?.segments ?? session.segments, t),
  };
}

/** The signed-in account's id, from the page (null when no one is signed in). */
export const account = () => document.body?.dataset.account || null;

export const signedIn = () => account() !== null;

/**
 * Files a finished session's record and removes the session, in one transaction: to the outbox, tied to the account
 * signed in, or to the browser's own records when no one is. @param {any} session @param {Finish} [finish]
 */
export function fileSession(session, finish) {
  const body = bodyOf(session, finish);
  const owner = account();
  return file(owner ? OUTBOX : RECORDS, owner ? { clientId: body.clientId, body, account: owner } : { clientId: body.clientId, body }).then(() => body);
}

/**
 * A kept session that will not be finished as it stands, filed as stopped for now (it was left running or paused),
 * ended at the moment it was last kept.
 * @param {any} session
 */
export function abandoned(session) {
  const paused = session.machine.state === 'running' ? apply(session, 'pause', session.savedAt, session.savedAtEpoch) : session;
  return { ...apply(paused, 'stop', session.savedAt, session.savedAtEpoch, 'stopped-for-now'), endedAtEpoch: session.savedAtEpoch };
}

/**
 * A session left in the browser long enough is filed as it is: stopped for now when it was left running or paused
 * for longer than a session may last, without the after-ratings when its finish form was never sent. A plan never
 * started is dropped after a day. (The player page does this itself for the session it shows.)
 */
export async function settleLeftBehind() {
  const session = await get(SESSION, CURRENT);
  if (!session) return;
  const age = Date.now() - (session.endedAtEpoch ?? session.savedAtEpoch ?? 0);
  const state = session.machine.state;
  if (state === 'not-started') {
    if (age > LEFT_UNSTARTED_MS) await remove(SESSION, CURRENT);
  } else if (state === 'running' || state === 'paused') {
    if (age > Math.min(maxMs(session), 24 * 3600 * 1000)) await fileSession(abandoned(session));
  } else if (age > LEFT_ENDED_MS) {
    await fileSession(session);
  }
}
