// Shows every instant the server wrote in UTC (<time datetime="…T…Z">) in the reader's own time zone, with the
// zone's short name, so a person in New York reads 9:30 for a session they began at 9:30. Dates without a time
// are left as they are. The UTC wording stays in the title. Loaded on every page.

const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

for (const time of document.querySelectorAll('time[datetime*="T"]')) {
  const at = new Date(/** @type {string} */ (time.getAttribute('datetime')));
  if (Number.isNaN(at.getTime())) continue;
  time.setAttribute('title', time.textContent ?? '');
  time.textContent = format.format(at);
}
