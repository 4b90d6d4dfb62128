// Keeps the screen on while the session runs (Screen Wake Lock). The browser lets go of the lock when the tab is
// hidden; it is taken again when the tab comes back.

/** @type {WakeLockSentinel | null} */
let sentinel = null;
let wanted = false;
/** @type {(text: string) => void} */
let report = () => {};

async function acquire() {
  if (!('wakeLock' in navigator)) { report('Keep the screen on yourself: this browser cannot.'); return; }
  if (sentinel && !sentinel.released) return;
  try {
    sentinel = await navigator.wakeLock.request('screen');
    report('The screen stays on during the session.');
    sentinel.addEventListener('release', () => { sentinel = null; });
  } catch {
    report('Keep the screen on yourself: the browser did not allow it just now.');
  }
}

/** @param {boolean} on @param {(text: string) => void} [status] */
export function keepAwake(on, status) {
  if (status) report = status;
  wanted = on;
  if (on) acquire();
  else { sentinel?.release().catch(() => {}); sentinel = null; }
}

document.addEventListener('visibilitychange', () => {
  if (wanted && document.visibilityState === 'visible') acquire();
});
