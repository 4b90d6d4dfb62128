// The calf diagram (Pages/Shared/_PlayerCalf.cshtml): lights the zone or lane in hand (the whole calf for strokes over
// all of it), shows the arrow of strokes done ankle to knee, and the step's hand or tool where it works at the session's
// time. Seen from behind, the inner side of the left calf is on the right of the picture, of the right calf on the left.

import { cuesOf, segmentAt } from './timeline.js';

const LANES = /** @type {Record<string, string>} */ ({ inner: 'inner edge', centre: 'centre lane', outer: 'outer edge' });
// Drawing units: the middle of each column and zone; the ankle and knee ends of a stroke.
const X = /** @type {Record<string, number>} */ ({ left: 53, centre: 100, right: 147 });
const Y = /** @type {Record<string, number>} */ ({ upper: 78, mid: 146, lower: 214 });
const ANKLE = 232;
const KNEE = 72;
// Cues that start a stroke or pass from the ankle, with the share of it spent going up; the rest goes back, lifted.
const MOVES = /** @type {Record<string, number>} */ ({ stroke: 0.6, pass: 0.85, lane: 0.85 });

/** The column of the picture a lane is in. @param {string} leg @param {string|null} lane */
export const side = (leg, lane) => (!lane || lane === 'centre' ? 'centre' : (lane === 'inner') === (leg === 'left') ? 'right' : 'left');

/** From the ankle (0) to the knee (1), at fraction `p` of a stroke going up for `share` of it. @param {number} p @param {number} share */
export const along = (p, share) => (p < share ? { up: p / share, lifted: false } : { up: (1 - p) / (1 - share), lifted: true });

/**
 * Where the hand or tool is at `t` in one step's cues, and whether it presses a point (in a hold, or all through a
 * step of holds on no zone or lane). `still` (reduced motion) keeps it where each stroke starts.
 * @param {any[]} cues @param {string} leg @param {number} t @param {boolean} [still]
 */
export function pose(cues, leg, t, still = false) {
  let now = cues[0];
  let move = null;
  let hold = null;
  for (const c of cues) {
    if (c.atSeconds > t) break;
    now = c;
    if (c.kind in MOVES) move = c;
    if (c.kind === 'hold-start') hold = c;
  }
  const x = X[side(leg, now.lane)];
  if (move && t < move.endsAtSeconds) {
    const { up, lifted } = along(still ? 0 : (t - move.atSeconds) / (move.endsAtSeconds - move.atSeconds), MOVES[move.kind]);
    return { x, y: ANKLE - (ANKLE - KNEE) * up, lifted, point: false };
  }
  const holding = hold !== null && t < hold.endsAtSeconds;
  const moves = cues.some(c => c.kind in MOVES);
  const point = holding || (!moves && !now.zone && !now.lane && cues.some(c => c.kind === 'hold-start'));
  return { x, y: now.zone ? Y[now.zone] : moves && !holding ? ANKLE : Y.mid, lifted: false, point };
}

const calm = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
let placed = '';

/** Puts the hand or tool where it is at active time `t`. @param {any} session @param {number} t */
export function placeTool(session, t) {
  const { segments, cues } = session.timeline;
  const seg = segments[segmentAt(segments, t)];
  const { x, y, lifted, point } = pose(cuesOf(cues, seg.index), seg.leg, t, calm?.matches);
  const at = `translate(${x} ${y.toFixed(1)})`;
  const tool = document.getElementById('calf-tool');
  if (!tool || at + lifted + point === placed) return;
  placed = at + lifted + point;
  tool.setAttribute('transform', at);
  tool.classList.toggle('is-lifted', lifted);
  tool.querySelector('#calf-point')?.classList.toggle('is-on', point);
}

/**
 * @param {{leg: string, zone: string|null, lane: string|null, upward: boolean, active: boolean, shape: string}} area
 * `shape`: the stroke of a step done by hand, else the tool (the drawing's data-shape)
 */
export function showArea({ leg, zone, lane, upward, active, shape }) {
  const svg = document.getElementById('calf');
  if (!svg) return;
  const innerOnRight = leg === 'left';
  const x = lane ? side(leg, lane) : null;
  let where = lane ? LANES[lane] : 'a tender spot';
  for (const el of svg.querySelectorAll('.calf-area')) {
    const on = el instanceof SVGElement && (
      (el.dataset.zone != null && el.dataset.zone === zone)
      || (el.dataset.laneX != null && el.dataset.laneX === x)
      || (el.dataset.area === 'whole' && !zone && !lane && upward));
    el.classList.toggle('is-on', on);
    el.classList.toggle('is-next', on && !active);
    if (on && !lane) where = /** @type {SVGElement} */ (el).dataset.words ?? where;
  }
  const arrow = svg.querySelector('#calf-arrow');
  arrow?.classList.toggle('is-hidden', !upward);
  for (const end of ['x1', 'x2']) arrow?.setAttribute(end, String(X[x ?? 'centre']));
  let words = '';
  for (const el of svg.querySelectorAll('.tool-shape')) {
    const on = el instanceof SVGElement && el.dataset.shape === shape;
    el.classList.toggle('is-on', on);
    if (on) words = ` ${/** @type {SVGElement} */ (el).dataset.words}`;
  }
  const left = svg.querySelector('#calf-side-left');
  const right = svg.querySelector('#calf-side-right');
  if (left && right) {
    left.textContent = innerOnRight ? 'outer' : 'inner';
    right.textContent = innerOnRight ? 'inner' : 'outer';
  }
  const text = `${leg === 'left' ? 'Left' : 'Right'} calf, seen from behind: ${active ? 'work' : 'next'} ${where}${words}${upward ? ', strokes upward from the ankle to the knee' : ''}.`;
  const desc = svg.querySelector('#calf-desc');
  if (desc) desc.textContent = text;
  const caption = document.getElementById('calf-caption');
  if (caption) caption.textContent = text;
}
