import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { areaAt, briefing, clockText, doneSteps, holdLeft, segmentAt, soundsOf, strokes, upward } from '../../src/Soleus.Web/wwwroot/js/player/timeline.js';

// A timeline as the domain builds it (kept current by SessionScenarioTests).
const { segments, cues } = JSON.parse(readFileSync(new URL('../scenarios/01-straight-through.json', import.meta.url), 'utf8')).timeline;
const indexOf = (/** @type {(c: any) => boolean} */ find) => cues.findIndex(find);

test('the segment in hand includes its get-ready pause, and the last one holds past the end', () => {
  assert.equal(segmentAt(segments, 0), 0);
  assert.equal(segmentAt(segments, segments[1].readyAtSeconds), 1);
  assert.equal(segmentAt(segments, segments[1].startSeconds - 0.1), 1);
  assert.equal(segmentAt(segments, 10_000), segments.length - 1);
});

test('the area in hand is the last raised cue\'s, and the get-ready names the step\'s first area', () => {
  const kneadReady = indexOf(c => c.kind === 'get-ready' && segments[c.segment].stepId === 'knead');
  assert.deepEqual(areaAt(cues, kneadReady + 1), { zone: 'lower', lane: null });
  const secondZone = cues.filter(c => c.kind === 'zone')[1];
  assert.deepEqual(areaAt(cues, secondZone.index + 1), { zone: secondZone.zone, lane: null });
  assert.deepEqual(areaAt(cues, 0), { zone: null, lane: null });
});

test('each step has its briefing, raised with its get-ready; every cue from the step\'s start is short', () => {
  segments.forEach((s, i) => {
    const brief = cues.find(c => c.segment === i && c.kind === 'briefing');
    assert.equal(briefing(cues, i), brief.text);
    assert.equal(brief.atSeconds, s.readyAtSeconds);
    assert.ok(brief.text.split(' ').length > 5);
  });
  assert.equal(briefing([], 0), '');
  for (const c of cues.filter(c => c.atSeconds >= segments[c.segment].startSeconds)) assert.ok(c.text.split(' ').length <= 12, c.text);
});

test('a hold counts down from its own end, and only while it lasts', () => {
  const hold = cues.find(c => c.kind === 'hold-start');
  assert.ok(hold.holdSeconds >= 20);
  assert.equal(holdLeft(cues, hold.index + 1, hold.atSeconds + 5), hold.holdSeconds - 5);
  assert.equal(holdLeft(cues, hold.index + 1, hold.endsAtSeconds + 0.5), null);
  assert.equal(holdLeft(cues, 1, 1), null);
});

test('strokes keep a cadence and go upward; the trigger-point step does neither', () => {
  const at = (/** @type {string} */ id) => segments.findIndex(s => s.stepId === id);
  assert.deepEqual([strokes(cues, at('warm-up')), upward(cues, at('warm-up'))], [true, true]);
  assert.deepEqual([strokes(cues, at('trigger-points')), upward(cues, at('trigger-points'))], [false, false]);
});

test('sounds: each cue\'s own tone, a beep for the rest when not speaking, one sound an instant', () => {
  const speaking = soundsOf(cues, true);
  const silent = soundsOf(cues, false);
  assert.ok(speaking.every(e => e.sound !== 'beep'));
  assert.ok(silent.some(e => e.sound === 'beep'));
  assert.equal(new Set(silent.map(e => e.at)).size, silent.length);
  assert.equal(silent.find(e => e.at === segments[0].startSeconds)?.sound, 'go');
});

test('done steps count whole seconds of each step, none before it starts', () => {
  const t = segments[1].startSeconds + 10.7;
  assert.deepEqual(doneSteps(segments, t), [
    { stepId: segments[0].stepId, leg: 'left', seconds: segments[0].durationSeconds },
    { stepId: segments[1].stepId, leg: 'left', seconds: 10 },
  ]);
});

test('clock text rounds up to whole seconds', () => {
  assert.deepEqual([clockText(0), clockText(59.2), clockText(65), clockText(-3)], ['0:00', '1:00', '1:05', '0:00']);
});
