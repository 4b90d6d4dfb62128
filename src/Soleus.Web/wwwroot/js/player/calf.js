// The calf diagram (Pages/Shared/_PlayerCalf.cshtml): lights the zone (lower, mid, upper) or lane (inner, centre,
// outer) in hand, or the whole calf, and shows the upward arrow for strokes done ankle to knee. Seen from behind,
// the inner side of the left calf is on the right of the picture, and of the right calf on the left.

const ZONES = /** @type {Record<string, string>} */ ({ lower: 'lower calf', mid: 'middle of the calf', upper: 'upper calf' });
const LANES = /** @type {Record<string, string>} */ ({ inner: 'inner edge', centre: 'centre lane', outer: 'outer edge' });

/**
 * @param {{leg: string, zone: string|null, lane: string|null, upward: boolean, active: boolean}} area
 */
export function showArea({ leg, zone, lane, upward, active }) {
  const svg = document.getElementById('calf');
  if (!svg) return;
  const innerOnRight = leg === 'left';
  const x = lane === 'centre' ? 'centre' : lane ? ((lane === 'inner') === innerOnRight ? 'right' : 'left') : null;
  for (const el of svg.querySelectorAll('.calf-area')) {
    const on = el instanceof SVGElement && (
      (el.dataset.zone != null && el.dataset.zone === zone)
      || (el.dataset.laneX != null && el.dataset.laneX === x)
      || (el.dataset.area === 'whole' && !zone && !lane));
    el.classList.toggle('is-on', on);
    el.classList.toggle('is-next', on && !active);
  }
  svg.querySelector('#calf-arrow')?.classList.toggle('is-hidden', !upward);
  const left = svg.querySelector('#calf-side-left');
  const right = svg.querySelector('#calf-side-right');
  if (left && right) {
    left.textContent = innerOnRight ? 'outer' : 'inner';
    right.textContent = innerOnRight ? 'inner' : 'outer';
  }
  const where = zone ? ZONES[zone] ?? zone : lane ? LANES[lane] ?? lane : 'the whole calf';
  const text = `${leg === 'left' ? 'Left' : 'Right'} calf, seen from behind: ${active ? 'work' : 'next'} ${where}${upward ? ', strokes upward from the ankle to the knee' : ''}.`;
  const desc = svg.querySelector('#calf-desc');
  if (desc) desc.textContent = text;
  const caption = document.getElementById('calf-caption');
  if (caption) caption.textContent = text;
}
