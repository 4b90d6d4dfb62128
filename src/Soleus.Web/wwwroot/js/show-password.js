// The show-password button beside each password box: it shows what was typed and hides it again, and a form being
// sent always hides it first. The button is in the page, hidden, and shown only once this script can work it.

for (const button of document.querySelectorAll('button.show-password')) {
  const input = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!(input instanceof HTMLInputElement)) continue;
  const show = (/** @type {boolean} */ visible) => {
    input.type = visible ? 'text' : 'password';
    button.textContent = visible ? 'Hide password' : 'Show password';
  };
  button.addEventListener('click', () => show(input.type === 'password'));
  input.form?.addEventListener('submit', () => show(false));
  /** @type {HTMLButtonElement} */ (button).hidden = false;
}
