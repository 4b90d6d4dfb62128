import { test } from 'node:test';
import assert from 'node:assert/strict';
import { abandoned, bodyOf } from '../../src/Soleus.Web/wwwroot/js/player/record.js';
import * as Session from '../../src/Soleus.Web/wwwroot/js/player/session.js';

const timeline = {
  segments: [{ index: 0, stepId: 'warm-up', name: 'Warm up', leg: 'left', readyAtSeconds: 0, startSeconds: 8, durationSeconds: 60, endSeconds: 68 }],
  cues: [{ index: 0, segment: 0, atSeconds: 0, endsAtSeconds: 8, kind: 'get-ready', text: '', voice: 'interrupt' }],
  totalSeconds: 68,
};
const data = {
  clientId: 'c1', legs: ['left'], timeline, preparation: {}, steps: {}, stops: {}, dvtWarning: '', labels: {},
  limits: { ratingMin: 0, ratingMax: 10, painRiseThatStops: 2, maxSessionSeconds: 3 * 3600 },
  ratingsBefore: [{ leg: 'left', tightnessBefore: 6, painBefore: 2 }],
};
const epoch = Date.UTC(2026, 5, 1, 7, 0, 0);

test('the record of a stopped session: its times, ratings with the after-answers, spots, notes and steps done', () => {
  let s = Session.create(data, 0, epoch);
  s = Session.apply(s, 'start', 0, epoch);
  s = Session.apply(s, 'stop', 38_000, epoch + 38_000, 'numbness');
  const body = bodyOf(s, { after: { left: { tightnessAfter: 3 } }, spots: [{ leg: 'left', zone: 'mid', lane: 'inner' }], notes: '  Better.  ' });
  assert.deepEqual(body, {
    clientId: 'c1',
    startedAt: new Date(epoch).toISOString(),
    endedAt: new Date(epoch + 38_000).toISOString(),
    legs: ['left'],
    ratings: [{ leg: 'left', tightnessBefore: 6, painBefore: 2, tightnessAfter: 3 }],
    tenderSpots: [{ leg: 'left', zone: 'mid', lane: 'inner' }],
    stopReason: 'numbness',
    notes: 'Better.',
    steps: [{ stepId: 'warm-up', leg: 'left', seconds: 30 }],
  });
});

test('a record never spans more than the data\'s longest session', () => {
  let s = Session.create(data, 0, epoch);
  s = Session.apply(s, 'start', 0, epoch);
  s = { ...Session.apply(s, 'stop', 1000, epoch + 9 * 3600 * 1000, 'stopped-for-now') };
  assert.equal(bodyOf(s).endedAt, new Date(epoch + 3 * 3600 * 1000).toISOString());
});

test('a session left running is filed as stopped for now, ended when it was last kept', () => {
  let s = Session.create(data, 0, epoch);
  s = { ...Session.apply(s, 'start', 0, epoch), savedAt: 20_000, savedAtEpoch: epoch + 20_000 };
  const filed = abandoned(s);
  assert.deepEqual([filed.machine.state, filed.machine.stopReason, filed.endedAtEpoch], ['stopped', 'stopped-for-now', epoch + 20_000]);
  assert.equal(bodyOf(filed).steps[0].seconds, 12);
});
