// Asks a signed-in person about the sessions this browser kept while no one was signed in. They join the account only
// when the person says they were theirs; "not mine" leaves them in this browser and this account is not asked again.
// So on a shared device one person's sessions never land in another's history unasked.

import { put } from './player/store.js';

const ID = 'kept-sessions';

/**
 * @param {string} tag @param {Record<string, string>} attributes @param {(Node|string)[]} children
 * @returns {HTMLElement}
 */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * Shows the question at the top of the page's main content, or takes it away when nothing is left to ask.
 * @param {{store: string, entry: any}[]} unclaimed sessions kept without an account that this account has not declined
 * @param {string} me the signed-in account
 * @param {() => void} claimed called once the person has added them, to send them
 */
export function offer(unclaimed, me, claimed) {
  const shown = document.getElementById(ID);
  if (shown?.dataset.answered) return;
  shown?.remove();
  const main = document.querySelector('main');
  if (unclaimed.length === 0 || !main) return;
  const one = unclaimed.length === 1;
  const last = new Date(unclaimed.map(u => u.entry.body.startedAt).sort().at(-1))
    .toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
  const add = el('button', { type: 'button', class: 'button' }, 'Add to my history');
  const leave = el('button', { type: 'button', class: 'button button-secondary' }, 'Not mine: leave in this browser');
  const heading = el('h2', { id: `${ID}-title` }, 'Sessions played here without an account');
  const section = el('section', { id: ID, class: 'notice', 'aria-labelledby': `${ID}-title` }, heading,
    el('p', {}, `This browser keeps ${one ? 'one session' : `${unclaimed.length} sessions`} played while no one was signed in, `
      + `the last on ${last}. Add ${one ? 'it' : 'them'} to your history only if ${one ? 'it was' : 'they were'} yours.`),
    el('p', { class: 'actions' }, add, ' ', leave));
  /** @param {(entry: any) => any} mark @param {string} done */
  const answer = async (mark, done) => {
    add.setAttribute('disabled', '');
    leave.setAttribute('disabled', '');
    section.dataset.answered = 'true';
    await Promise.all(unclaimed.map(u => put(u.store, mark(u.entry))));
    section.replaceChildren(heading, el('p', { role: 'status' }, done));
  };
  add.addEventListener('click', async () => {
    await answer(entry => ({ ...entry, claimedBy: me }), 'Added to your history.');
    claimed();
  });
  leave.addEventListener('click', () => answer(entry => ({ ...entry, declinedBy: [...(entry.declinedBy ?? []), me] }),
    `Left in this browser. ${one ? 'It' : 'They'} will not be added to your account.`));
  main.prepend(section);
}
