// A Print button for pages meant to be printed or kept as a PDF (the summary): shown once script runs, it opens the
// browser's own print dialog, which also saves as PDF.

for (const button of document.querySelectorAll('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
