// Shows every instant the server wrote in UTC (<time datetime="…T…Z">) in the reader's own time zone, with the
// zone's short name, so a person in New York reads 9:30 for a session they began at 9:30. Dates without a time
// are left as they are. The server's wording stays in the title. It also fills each form's hidden time-zone field
// (data-time-zone) with the browser's zone, which the server keeps for a signed-in person, so the dates it writes
// itself are in that zone too. Loaded on every page.

const format = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' });

for (const time of document.querySelectorAll('time[datetime*="T"]')) {
  const at = new Date(/** @type {string} */ (time.getAttribute('datetime')));
  if (Number.isNaN(at.getTime())) continue;
  time.setAttribute('title', time.textContent ?? '');
  time.textContent = format.format(at);
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
for (const field of document.querySelectorAll('input[data-time-zone]')) /** @type {HTMLInputElement} */ (field).value = zone ?? '';
