// Sends the sessions this browser keeps to the server, each only to its own account: the outbox entries to the
// account signed in when they were saved, and the records kept while no one was signed in to the account that said
// they were its own (claim.js asks). POST /api/sessions is idempotent on clientId, so a send that may have arrived is
// simply sent again; an entry leaves the browser only on a 2xx. After a failure it retries with a growing pause
// (2 s, 4 s, … up to a minute), and again when the connection comes back. Loaded on every page.

import { OUTBOX, RECORDS, all, put, remove } from './player/store.js';
import { account, settleLeftBehind } from './player/record.js';

/** The account an entry belongs to: the one it was saved for, or the one that claimed it; null while unclaimed. */
const owner = (/** @type {any} */ entry) => entry.account ?? entry.claimedBy ?? null;

let attempt = 0;
let retry = 0;
/** @type {Promise<void> | null} */
let running = null;
let again = false;

/** @param {any} body @returns {Promise<'sent' | 'retry' | 'signed-out' | 'refused'>} */
async function send(body) {
  try {
    const response = await fetch('/api/sessions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
      redirect: 'error',
    });
    if (response.ok) return 'sent';
    if (response.status === 401) return 'signed-out';
    return response.status === 408 || response.status === 429 || response.status >= 500 ? 'retry' : 'refused';
  } catch {
    return 'retry';
  }
}

async function once() {
  if (location.pathname !== '/play') await settleLeftBehind();
  const me = account();
  if (!me) return;
  const kept = [];
  for (const store of [OUTBOX, RECORDS]) for (const entry of await all(store)) kept.push({ store, entry });
  const unclaimed = kept.filter(({ entry }) => owner(entry) === null && !entry.declinedBy?.includes(me));
  // The question is asked away from the player, and its script loaded only when there is something to ask or take away.
  if (location.pathname !== '/play' && (unclaimed.length > 0 || document.getElementById('kept-sessions'))) {
    (await import('./claim.js')).offer(unclaimed, me, flush);
  }
  let failed = false;
  for (const { store, entry } of kept) {
    if (entry.refused || owner(entry) !== me) continue;
    const outcome = await send(entry.body);
    if (outcome === 'sent') {
      await remove(store, entry.clientId);
      window.dispatchEvent(new CustomEvent('soleus:sent', { detail: entry.clientId }));
    } else if (outcome === 'refused') {
      // The server will never take it as it is: keep it, but stop sending it.
      await put(store, { ...entry, refused: true });
    } else {
      failed = outcome === 'retry';
      break;
    }
  }
  clearTimeout(retry);
  if (failed) retry = window.setTimeout(flush, Math.min(60000, 2000 * 2 ** attempt++));
  else attempt = 0;
}

/** Sends what is waiting; resolves when this round is over (a call during a round brings one more round). */
export function flush() {
  if (running) { again = true; return running; }
  running = (async () => {
    try {
      do { again = false; await once(); } while (again);
    } catch (e) {
      console.warn('Soleus could not send the kept sessions:', e);
    } finally {
      running = null;
    }
  })();
  return running;
}

window.addEventListener('online', () => { attempt = 0; flush(); });
if ('indexedDB' in window) flush();
