// After a form comes back with problems, focus goes to its error summary, so a screen reader reads the list and a
// keyboard starts from it; a link in the summary then moves focus to the field it names (the first choice of a group
// of radios or checkboxes, which a plain jump to the fieldset would not focus). Loaded with the summary.

const summary = /** @type {HTMLElement | null} */ (document.querySelector('.error-summary'));
if (summary) {
  summary.focus();
  summary.addEventListener('click', event => {
    const link = /** @type {Element} */ (event.target).closest('a[href^="#"]');
    const target = link && document.getElementById(decodeURIComponent(link.getAttribute('href')?.slice(1) ?? ''));
    if (!target) return;
    const field = target.matches('input, select, textarea') ? target : target.querySelector('input:not([type=hidden]), select, textarea');
    if (!(field instanceof HTMLElement)) return;
    event.preventDefault();
    target.closest('details')?.setAttribute('open', '');
    target.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
  });
}
