// The finish (Pages/Shared/_PlayerFinish.cshtml): after a session played to its end, what was done; then the form:
// ratings after per leg beside the ones before, tender spots tapped on the calf map,
// notes, and the root-cause questions with the guidance for each answered yes or not sure (the rule of the
// domain's RootCauses.For). Saving files the record: to the outbox and on to the server when signed in, to the
// browser's records when not; then the referral advice when signed in.

import { fileSession, signedIn } from './record.js';
import { isRating } from './session.js';
import { OUTBOX, get } from './store.js';
import { clockText, doneSteps } from './timeline.js';
import { elapsedAt } from './machine.js';
import { $, setText } from './view.js';
import { flush } from '../sync.js';

/** @param {any} session @param {string} value @returns {number | undefined | null} the rating, undefined when blank, null when invalid */
function rating(session, value) {
  if (value.trim() === '') return undefined;
  return isRating(session, value) ? Number(value.trim()) : null;
}

/**
 * The session's time (pauses not counted), each calf's steps done and seconds worked as the record counts them, and
 * the ratings before. @param {any} session
 */
function showDone(session) {
  const m = session.machine;
  const { segments, totalSeconds } = session.timeline;
  const t = Math.min(elapsedAt(m, m.endedAt ?? session.savedAt) / 1000, totalSeconds);
  $('finish-done').hidden = m.state !== 'completed';
  setText($('done-time'), clockText(t));
  for (const item of /** @type {NodeListOf<HTMLElement>} */ ($('done-legs').querySelectorAll('li'))) {
    const steps = segments.filter((/** @type {any} */ s) => s.leg === item.dataset.leg);
    const seconds = doneSteps(steps, t).reduce((sum, s) => sum + s.seconds, 0);
    item.hidden = !session.legs.includes(item.dataset.leg);
    item.lastChild.textContent = `${steps.filter((/** @type {any} */ s) => t >= s.endSeconds).length} of ${steps.length} steps done, ${clockText(seconds)} of massage`;
  }
  for (const r of session.ratingsBefore) {
    for (const name of ['tightness', 'pain']) $(`${name}-before-${r.leg}`).lastChild.textContent = r[`${name}Before`];
  }
}

/** @param {any} session @param {(panel: string) => void} show */
export function setUpFinish(session, show) {
  showDone(session);
  const form = /** @type {HTMLFormElement} */ ($('finish-form'));
  for (const fieldset of form.querySelectorAll('.finish-leg')) {
    fieldset.toggleAttribute('hidden', !session.legs.includes(/** @type {HTMLElement} */ (fieldset).dataset.leg));
  }
  if (form.dataset.ready) return;
  form.dataset.ready = 'true';

  for (const spot of form.querySelectorAll('button.spot')) {
    spot.addEventListener('click', () => spot.setAttribute('aria-pressed', String(spot.getAttribute('aria-pressed') !== 'true')));
  }
  form.addEventListener('change', e => {
    const input = /** @type {HTMLInputElement} */ (e.target);
    const group = input.closest('[data-root-cause]');
    if (!group || input.type !== 'radio') return;
    group.querySelector('[data-guidance]')?.toggleAttribute('hidden', input.value === 'no');
  });

  form.addEventListener('submit', async e => {
    e.preventDefault();
    /** @type {string[]} */
    const problems = [];
    /** @type {Record<string, {tightnessAfter?: number, painAfter?: number}>} */
    const after = {};
    for (const leg of session.legs) {
      after[leg] = {};
      for (const [name, key, label] of [['tightness-after', 'tightnessAfter', 'Tightness'], ['pain-after', 'painAfter', 'Pain']]) {
        const input = /** @type {HTMLInputElement} */ ($(`${name}-${leg}`));
        const value = rating(session, input.value);
        if (value === null) input.setAttribute('aria-invalid', 'true');
        else input.removeAttribute('aria-invalid');
        if (value === null) problems.push(`${label} now, ${session.labels.legs[leg].toLowerCase()} calf: a whole number from ${session.limits.ratingMin} to ${session.limits.ratingMax}, or leave it empty.`);
        else if (value !== undefined) /** @type {any} */ (after[leg])[key] = value;
      }
    }
    if (problems.length > 0) {
      const list = $('finish-error-list');
      list.replaceChildren(...problems.map(p => Object.assign(document.createElement('li'), { textContent: p })));
      $('finish-errors').hidden = false;
      $('finish-errors').focus();
      return;
    }
    $('finish-errors').hidden = true;
    const spots = [...form.querySelectorAll('button.spot[aria-pressed="true"]')]
      .map(b => /** @type {HTMLElement} */ (b).dataset)
      .filter(d => session.legs.includes(d.leg))
      .map(d => ({ leg: d.leg, zone: d.zone, lane: d.lane }));
    const notes = /** @type {HTMLTextAreaElement} */ ($('notes')).value;
    /** @type {HTMLButtonElement} */ ($('save')).disabled = true;
    try {
      await fileSession(session, { after, spots, notes });
    } catch {
      /** @type {HTMLButtonElement} */ ($('save')).disabled = false;
      $('finish-error-list').replaceChildren(Object.assign(document.createElement('li'), { textContent: 'This browser could not keep the session. Please try Save again.' }));
      $('finish-errors').hidden = false;
      return;
    }
    show('player-saved');
    $('saved-heading').focus();
    if (signedIn()) {
      $('saved-text').textContent = 'Sending the session to your history…';
      const done = async () => {
        if (await get(OUTBOX, session.clientId)) {
          $('saved-text').textContent = 'Saved in this browser. It goes to your history as soon as the connection allows; you can close this page.';
          return false;
        }
        $('saved-text').textContent = 'Saved to your history.';
        showReferrals(session.labels);
        return true;
      };
      await flush();
      if (!(await done())) {
        /** @param {Event} e */
        const sent = async e => {
          if (/** @type {CustomEvent} */ (e).detail === session.clientId && await done()) window.removeEventListener('soleus:sent', sent);
        };
        window.addEventListener('soleus:sent', sent);
      }
    } else {
      $('saved-text').textContent = 'Kept in this browser only.';
      $('saved-account').hidden = false;
    }
  });
}

/** @param {{severities: Record<string, string>, noReferral: string}} labels */
async function showReferrals(labels) {
  try {
    const response = await fetch('/api/progress', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (!response.ok) return;
    const report = await response.json();
    $('saved-referrals').hidden = false;
    if (!report.referrals?.length) {
      $('referral-list').replaceChildren(Object.assign(document.createElement('li'), { className: 'referral-none', textContent: labels.noReferral }));
      return;
    }
    $('referral-list').replaceChildren(...report.referrals.map((/** @type {any} */ r) => {
      const item = document.createElement('li');
      item.className = `referral referral-${r.severity === 'professional-first' ? 'first' : 'see'}`;
      const strong = document.createElement('strong');
      strong.textContent = `${labels.severities[r.severity]}: `;
      item.append(strong, r.message);
      return item;
    }));
  } catch { /* offline: the history page shows the advice later */ }
}
