import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { along, pose, side } from '../../src/Soleus.Web/wwwroot/js/player/calf.js';
import { cuesOf } from '../../src/Soleus.Web/wwwroot/js/player/timeline.js';

// Timelines as the domain builds them (kept current by SessionScenarioTests): one calf, and both.
const read = (/** @type {string} */ name) => JSON.parse(readFileSync(new URL(`../scenarios/${name}`, import.meta.url), 'utf8')).timeline;
const one = read('01-straight-through.json');
const both = read('06-both-legs.json');
/** The cues of a leg's step. @param {any} timeline @param {string} stepId @param {string} leg */
const step = (timeline, stepId, leg) => cuesOf(timeline.cues, timeline.segments.find((/** @type {any} */ s) => s.stepId === stepId && s.leg === leg).index);

const ANKLE = 232;
const KNEE = 72;

test('seen from behind, the inner side of the left calf is on the right of the picture, of the right calf on the left', () => {
  assert.equal(side('left', 'inner'), 'right');
  assert.equal(side('left', 'outer'), 'left');
  assert.equal(side('right', 'inner'), 'left');
  assert.equal(side('right', 'outer'), 'right');
  assert.equal(side('left', 'centre'), 'centre');
  assert.equal(side('right', null), 'centre');
});

test('through a stroke the hand goes up from the ankle for its share of the time, then back down lifted', () => {
  assert.deepEqual(along(0, 0.6), { up: 0, lifted: false });
  assert.deepEqual(along(0.3, 0.6), { up: 0.5, lifted: false });
  assert.deepEqual(along(0.6, 0.6), { up: 1, lifted: true });
  const back = along(0.8, 0.6);
  assert.ok(back.lifted && Math.abs(back.up - 0.5) < 1e-9);
});

test('the hand follows each stroke at the planned cadence: at the ankle as a stroke begins, at the knee as it lifts off', () => {
  const cues = step(one, 'warm-up', 'left');
  const strokes = cues.filter(c => c.kind === 'stroke');
  assert.ok(strokes.length >= 2);
  for (const s of strokes) {
    const length = s.endsAtSeconds - s.atSeconds;
    assert.deepEqual(pose(cues, 'left', s.atSeconds), { x: 100, y: ANKLE, lifted: false, point: false });
    assert.equal(pose(cues, 'left', s.atSeconds + 0.3 * length).y, (ANKLE + KNEE) / 2);
    assert.ok(Math.abs(pose(cues, 'left', s.atSeconds + 0.6 * length - 1e-6).y - KNEE) < 0.01);
    assert.equal(pose(cues, 'left', s.atSeconds + 0.8 * length).lifted, true);
  }
  // Twice as fast a cadence would be halfway up in half the time: the position comes from the cue's own times.
  const fast = cues.map(c => (c.kind === 'stroke' ? { ...c, endsAtSeconds: c.atSeconds + (c.endsAtSeconds - c.atSeconds) / 2 } : c));
  const first = strokes[0];
  assert.equal(pose(fast, 'left', first.atSeconds + 0.15 * (first.endsAtSeconds - first.atSeconds)).y, (ANKLE + KNEE) / 2);
});

test('in the get-ready pause the hand waits at the ankle; with reduced motion it stays there all through the stroke', () => {
  const cues = step(one, 'warm-up', 'left');
  const first = cues.find(c => c.kind === 'stroke');
  assert.equal(pose(cues, 'left', cues[0].atSeconds).y, ANKLE);
  for (const p of [0.1, 0.4, 0.7]) {
    assert.equal(pose(cues, 'left', first.atSeconds + p * (first.endsAtSeconds - first.atSeconds), true).y, ANKLE);
  }
});

test('stripping a lane moves the knuckles along that lane, mirrored for each leg', () => {
  for (const [leg, inner, outer] of [['left', 147, 53], ['right', 53, 147]]) {
    const cues = step(both, 'strip', leg);
    for (const [lane, x] of [['inner', inner], ['outer', outer], ['centre', 100]]) {
      const pass = cues.find(c => c.kind === 'lane' && c.lane === lane);
      const early = pose(cues, leg, pass.atSeconds + 1);
      const later = pose(cues, leg, pass.atSeconds + 5);
      assert.equal(early.x, x, `${leg} ${lane}`);
      assert.equal(later.x, x, `${leg} ${lane}`);
      assert.ok(later.y < early.y, `${leg} ${lane}: the knuckles move up toward the knee`);
    }
  }
});

test('a trigger-point hold presses one point, not an area; kneading stays on its zone', () => {
  const holds = step(one, 'trigger-points', 'left');
  const hold = holds.find(c => c.kind === 'hold-start');
  assert.deepEqual(pose(holds, 'left', hold.atSeconds + 5), { x: 100, y: 146, lifted: false, point: true });
  assert.equal(pose(holds, 'left', holds[0].atSeconds).point, true);
  const knead = step(one, 'knead', 'left');
  for (const [zone, y] of [['lower', 214], ['mid', 146], ['upper', 78]]) {
    const visit = knead.find(c => c.kind === 'zone' && c.zone === zone);
    assert.deepEqual(pose(knead, 'left', visit.atSeconds + 2), { x: 100, y, lifted: false, point: false });
    assert.deepEqual(pose(knead, 'left', visit.atSeconds + 9), { x: 100, y, lifted: false, point: false });
  }
});
