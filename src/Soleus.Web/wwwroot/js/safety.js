// The safety history this browser keeps (localStorage "soleus.safety"): the safety stops of sessions played here and
// the clearances recorded here without an account. Every screening form sends it in its hidden "history" field, so
// the server's screening weighs it; signed in, the server adds these stops to its own and ignores these clearances,
// so what is kept here can only make a screening stricter. Loaded on every page.

const KEY = 'soleus.safety';
const MAX = 200;

/** @returns {{stops: {reason: string, at: string}[], clearances: any[]}} */
function read() {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return { stops: Array.isArray(kept.stops) ? kept.stops : [], clearances: Array.isArray(kept.clearances) ? kept.clearances : [] };
  } catch {
    return { stops: [], clearances: [] };
  }
}

/** @param {{stops: any[], clearances: any[]}} kept */
function write(kept) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ stops: kept.stops.slice(-MAX), clearances: kept.clearances.slice(-MAX) }));
  } catch {
    // Storage full or switched off: the server's history (signed in) still stands.
  }
}

/** Keeps a safety stop of a session played here. @param {string} reason @param {Date} at */
export function keepStop(reason, at) {
  if (reason === 'stopped-for-now') return;
  const kept = read();
  kept.stops.push({ reason, at: at.toISOString() });
  write(kept);
}

/** The history as the screening reads it (KeptHistory). */
export const history = () => JSON.stringify(read());

function fillForms() {
  for (const field of document.querySelectorAll('input[data-kept-history]')) /** @type {HTMLInputElement} */ (field).value = history();
}

function keepRecordedClearance() {
  const block = document.getElementById('soleus-clearance');
  if (!block) return;
  const clearance = JSON.parse(block.textContent ?? 'null');
  const kept = read();
  if (clearance && !kept.clearances.some(c => c.recordedAt === clearance.recordedAt)) {
    kept.clearances.push(clearance);
    write(kept);
  }
  const shown = document.getElementById('clearance-kept');
  if (shown && read().clearances.some(c => c.recordedAt === clearance?.recordedAt)) shown.hidden = false;
}

/** On the clearance form, ticks the stops this browser keeps, so a person without an account need not look them up. */
function tickKeptStops() {
  const kept = read();
  for (const box of document.querySelectorAll('input[type=checkbox][name=reasons][data-kept-stop]')) {
    const input = /** @type {HTMLInputElement} */ (box);
    if (kept.stops.some(s => `stopped-${s.reason}` === input.value)) input.checked = true;
  }
}

keepRecordedClearance();
tickKeptStops();
fillForms();
document.addEventListener('submit', fillForms, true);
