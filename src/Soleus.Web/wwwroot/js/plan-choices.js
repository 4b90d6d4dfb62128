// Without an account, this browser remembers the choices of the last plan (localStorage "soleus.plan", never sent
// anywhere on its own): when a plan is shown, its choices are kept; on the questions page they are offered again,
// ticked in the folded session choices, as "Same as last time". A signed-in person's choices are kept by the server
// instead. Loaded by the questions page and the plan.

const KEY = 'soleus.plan';
const LISTS = ['legs', 'equipment', 'activities'];
const SINGLES = ['minutesPerCalf', 'emphasis', 'position', 'handsTired'];

const signedIn = Boolean(document.body.dataset.account);

/** The choices a plan's hand-off to the player carries. @param {HTMLFormElement} form */
function choicesOf(form) {
  const data = new FormData(form);
  /** @type {Record<string, string | string[]>} */
  const choices = {};
  for (const name of LISTS) choices[name] = data.getAll(name).map(String);
  for (const name of SINGLES) choices[name] = String(data.get(name) ?? '');
  return choices;
}

/** Ticks the kept choices on the questions form. @param {HTMLFormElement} form @param {Record<string, any>} kept */
function offer(form, kept) {
  for (const input of form.querySelectorAll('input[type=checkbox], input[type=radio]')) {
    const box = /** @type {HTMLInputElement} */ (input);
    const value = kept[box.name];
    if (LISTS.includes(box.name) && Array.isArray(value)) box.checked = value.includes(box.value);
    else if (SINGLES.includes(box.name) && typeof value === 'string') box.checked = value === box.value;
  }
  const minutes = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=minutesPerCalf]'));
  if (minutes && /^[0-9]{1,2}$/.test(kept.minutesPerCalf ?? '')) minutes.value = kept.minutesPerCalf;
  const label = form.querySelector('[data-choices-label]');
  if (label) label.textContent = 'Same as last time';
}

/** Writes the folded choices in a line, as the server does: "Your hands · 8 minutes per calf · Sitting on a chair". @param {HTMLFormElement} form */
function summarise(form) {
  const summary = form.querySelector('[data-choices-summary]');
  if (!summary) return;
  const named = (/** @type {string} */ selector) => [...form.querySelectorAll(selector)].map(input => input.closest('label')?.querySelector('span')?.textContent?.trim() ?? '');
  const minutes = /** @type {HTMLInputElement | null} */ (form.querySelector('input[name=minutesPerCalf]'))?.value ?? '';
  summary.textContent = [named('input[name=equipment]:checked').join(', '), minutes && `${minutes} minutes per calf`, ...named('input[name=position]:checked')]
    .filter(part => part).join(' · ');
}

function read() {
  try {
    const kept = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    return kept && typeof kept === 'object' ? kept : null;
  } catch {
    return null;
  }
}

const handOff = /** @type {HTMLFormElement | null} */ (document.querySelector('form.hand-off'));
const questions = /** @type {HTMLFormElement | null} */ (document.querySelector('form.questions'));
if (!signedIn && handOff) {
  try {
    localStorage.setItem(KEY, JSON.stringify(choicesOf(handOff)));
  } catch {
    // Storage full or switched off: the defaults are offered next time.
  }
}
if (questions) {
  // Only on a fresh form: after a failed send, the form shows what the person just chose.
  const kept = signedIn || questions.querySelector('.error-summary') ? null : read();
  if (kept) {
    offer(questions, kept);
    summarise(questions);
  }
  questions.querySelector('.session-choices')?.addEventListener('change', () => summarise(questions));
}
