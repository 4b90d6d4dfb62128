// What the player does with the session this browser keeps when the page opens, as a pure choice:
//   - a kept session that was running or paused is offered for resuming (a running one is paused at the moment it
//     was last kept, so no time passes while the page is away); a new plan from the page waits beside it;
//   - a kept session that ended shows its finish form again, unless a different new plan arrived, which replaces it
//     once the ended one is filed as it is;
//   - otherwise the new plan, if any, is played; with neither there is nothing to play.

import { transition } from './machine.js';

/**
 * @param {any} kept the session kept in this browser, or null
 * @param {any} fromPage the new session from the page's data, or null
 * @returns {{kind: 'resume', session: any, pending: any} | {kind: 'finish', session: any} |
 *   {kind: 'play', session: any, file: any} | {kind: 'nothing', file: any}} where `file` is a kept session to file as it is
 */
export function choose(kept, fromPage) {
  const state = kept?.machine.state;
  if (kept && !kept.timeline) {
    // Kept by an earlier version of the player, which this one cannot play: it is filed as it is.
    return fromPage ? { kind: 'play', session: fromPage, file: kept } : { kind: 'nothing', file: kept };
  }
  if (state === 'running' || state === 'paused') {
    const paused = state === 'running' ? { ...kept, machine: transition(kept.machine, 'pause', kept.savedAt) } : kept;
    return { kind: 'resume', session: paused, pending: fromPage && fromPage.clientId !== kept.clientId ? fromPage : null };
  }
  if (state === 'stopped' || state === 'completed') {
    if (!fromPage || fromPage.clientId === kept.clientId) return { kind: 'finish', session: kept };
    return { kind: 'play', session: fromPage, file: kept };
  }
  const session = fromPage ?? kept;
  return session ? { kind: 'play', session, file: null } : { kind: 'nothing', file: null };
}
