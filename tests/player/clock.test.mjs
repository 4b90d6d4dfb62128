import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClock, speedFrom, wakeDelay } from '../../src/Soleus.Web/wwwroot/js/player/clock.js';

test('the clock runs by the monotonic reading and trusts the wall clock only when that ran ahead by more than a second', () => {
  let perf = 0;
  let wall = 1_000_000;
  const clock = createClock(1, () => perf, () => wall);
  perf += 500; wall += 520;
  assert.equal(clock.now(), 1_000_500);
  perf += 100; wall += 5_000; // the phone slept: performance.now() stood still
  assert.equal(clock.now(), 1_005_520);
  perf += 10; wall += 10;
  assert.equal(clock.now(), 1_005_530);
});

test('the speed hook multiplies the clock and is bounded to 1 to 50', () => {
  let perf = 0;
  const clock = createClock(10, () => perf, () => 0);
  perf = 100;
  assert.equal(clock.now(), 1000);
  assert.deepEqual(['7', '0', '99', 'x', null].map(v => speedFrom(new URLSearchParams(v === null ? '' : `speed=${v}`))), [7, 1, 1, 1, 1]);
});

test('the player wakes at the next cue or the next whole second, whichever is first, and never before it', () => {
  assert.equal(wakeDelay(16.2, 17, 1), 801); // the countdown changes at 17 s, where the cue is too
  assert.equal(wakeDelay(16.2, 16.75, 1), 551);
  assert.equal(wakeDelay(16.2, 40, 1), 801);
  assert.equal(wakeDelay(17, 40, 1), 1001);
  assert.equal(wakeDelay(16.9999, 17, 1), 1); // a wake-up that came a hair early waits for its cue
  assert.equal(wakeDelay(16.2, 16.75, 10), 56);
  assert.equal(wakeDelay(18, 17, 1), 0);
});
