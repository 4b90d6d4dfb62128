import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as Session from '../../src/Soleus.Web/wwwroot/js/player/session.js';

const data = {
  clientId: 'c1', legs: ['left', 'right'], timeline: { segments: [], cues: [], totalSeconds: 0 }, preparation: {}, steps: {}, stops: {}, dvtWarning: '', labels: {},
  limits: { ratingMin: 0, ratingMax: 10, painRiseThatStops: 2, painThatAsks: 7, maxSessionSeconds: 10800 },
  ratingsBefore: [{ leg: 'left', tightnessBefore: 6, painBefore: 2 }, { leg: 'right', tightnessBefore: 4, painBefore: 5 }],
};

test('a new session is kept under the current key, not started, with the data\'s rules', () => {
  const s = Session.create(data, 10, 20);
  assert.deepEqual([s.key, s.machine.state, s.nextCue, s.limits.painRiseThatStops, s.savedAtEpoch], ['current', 'not-started', 0, 2, 20]);
});

test('the pain check compares each leg with its own rating before: a rise of the data\'s size stops, any rise asks', () => {
  const s = Session.create(data, 0, 0);
  assert.equal(Session.checkIn(s, 'left', 2), 'go-on');
  assert.equal(Session.checkIn(s, 'left', 3), 'ask-to-stop');
  assert.equal(Session.checkIn(s, 'left', 4), 'stop');
  assert.equal(Session.checkIn(s, 'right', 6), 'ask-to-stop');
  assert.equal(Session.checkIn(s, 'right', 4), 'go-on');
  assert.equal(Session.checkIn({ ...s, limits: { ...s.limits, painRiseThatStops: 1 } }, 'right', 6), 'stop');
});

test('a high pain rating asks whether to stop even when it has not risen: nothing says carry on to it', () => {
  const s = Session.create({ ...data, ratingsBefore: [{ leg: 'left', tightnessBefore: 6, painBefore: 9 }] }, 0, 0);
  assert.deepEqual([6, 7, 9].map(p => Session.checkIn(s, 'left', p)), ['go-on', 'ask-to-stop', 'ask-to-stop']);
  assert.equal(Session.checkIn(s, 'left', 10), 'ask-to-stop');
  const low = Session.create({ ...data, ratingsBefore: [{ leg: 'left', tightnessBefore: 6, painBefore: 8 }] }, 0, 0);
  assert.equal(Session.checkIn(low, 'left', 10), 'stop');
});

test('a rating is a whole number on the data\'s scale', () => {
  const s = Session.create(data, 0, 0);
  assert.deepEqual(['0', ' 10 ', '7'].map(v => Session.isRating(s, v)), [true, true, true]);
  assert.deepEqual(['', '11', '-1', '2.5', 'x', '1e1'].map(v => Session.isRating(s, v)), [false, false, false, false, false, false]);
});

test('starting again from the beginning gives the same plan as a new session, with its own client id, not started', () => {
  const kept = Session.apply(Session.create(data, 0, 0), 'start', 1000, 5000);
  const again = Session.restart({ ...kept, nextCue: 7 }, 'c2', 9000, 9999);
  assert.deepEqual([again.clientId, again.machine.state, again.nextCue, again.startedAtEpoch, again.savedAt], ['c2', 'not-started', 0, null, 9000]);
  assert.equal(again.timeline, kept.timeline);
  assert.equal(kept.clientId, 'c1');
});
