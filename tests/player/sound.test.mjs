import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createSound, DRIFT_SECONDS, HORIZON_SECONDS } from '../../src/Soleus.Web/wwwroot/js/player/sound.js';

/**
 * An AudioContext with a clock the test moves by hand. Every oscillator records when it was started and when it was
 * stopped early: a sound "plays" when the clock passes its start without an early stop before it.
 */
function fakeContext() {
  const param = () => ({ value: 0, setValueAtTime() {}, exponentialRampToValueAtTime() {} });
  const node = () => ({ gain: param(), connect: (/** @type {any} */ next) => next });
  const ctx = {
    currentTime: 0,
    state: 'running',
    destination: node(),
    /** @type {{startsAt: number, stoppedEarly: number | null}[]} */
    oscillators: [],
    createGain: node,
    createOscillator() {
      const osc = {
        frequency: param(), connect: (/** @type {any} */ next) => next, disconnect() {},
        startsAt: NaN, stoppedEarly: /** @type {number | null} */ (null),
        /** @param {number} at */
        start(at) { osc.startsAt = at; },
        /** @param {number} at 0 when the sound is taken back */
        stop(at) { if (at === 0) osc.stoppedEarly = ctx.currentTime; },
      };
      ctx.oscillators.push(osc);
      return osc;
    },
    resume: () => Promise.resolve(),
  };
  return ctx;
}

/** The first note of every sound the context will play (started and not stopped before its start). @param {ReturnType<typeof fakeContext>} ctx */
const played = ctx => ctx.oscillators.filter(o => o.stoppedEarly === null || o.stoppedEarly > o.startsAt).map(o => o.startsAt);

/** A tick every 2 s of session time, from 0 to 400 s. */
const ticks = Array.from({ length: 201 }, (_, i) => ({ id: `${i}`, at: i * 2, sound: 'tick' }));

function setUp() {
  const ctx = fakeContext();
  const sound = createSound({ context: () => /** @type {any} */ (ctx) });
  sound.unlock();
  return { ctx, sound };
}

test('a visible page places the sounds of the next 10 s; a hidden one those of the next 90 s', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.visible);
  assert.equal(ctx.oscillators.length, 6); // 0, 2, … 10 s
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.hidden);
  assert.equal(ctx.oscillators.length, 46); // 0 to 90 s
  assert.ok(HORIZON_SECONDS.hidden >= 70, 'covers a hidden page woken once a minute');
});

test('hidden for 400 s with one wake-up a minute, every sound plays once at its time', () => {
  const { ctx, sound } = setUp();
  for (let t = 0; t <= 400; t += 60) {
    ctx.currentTime = t; // the audio clock runs with the session clock
    sound.ahead(ticks, t, 1, HORIZON_SECONDS.hidden);
  }
  ctx.currentTime = 500;
  assert.deepEqual(played(ctx), ticks.map(e => e.at));
});

test('placing again never doubles a sound, and shrinking the horizon keeps what was placed', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.hidden);
  for (let t = 0; t <= 30; t += 0.25) {
    ctx.currentTime = t;
    sound.ahead(ticks, t, 1, HORIZON_SECONDS.visible);
  }
  ctx.currentTime = 200;
  assert.deepEqual(played(ctx), ticks.filter(e => e.at <= 90).map(e => e.at));
});

test('after a freeze the audio clock has stood still: the sounds not yet played are placed anew, those past are dropped', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.visible);
  ctx.currentTime = 5;
  sound.ahead(ticks, 5, 1, HORIZON_SECONDS.visible);
  // Frozen from 5 s to 65 s of session time: the audio clock stays at 5.
  sound.ahead(ticks, 65, 1, HORIZON_SECONDS.visible);
  ctx.currentTime = 30;
  const startsOnTheSessionClock = played(ctx).filter(s => s > 5).map(s => s - 5 + 65);
  assert.deepEqual(startsOnTheSessionClock, [66, 68, 70, 72, 74]);
  assert.deepEqual(played(ctx).filter(s => s <= 5), [0, 2, 4]);
});

test('a drift smaller than the tolerance leaves the sounds where they are; a larger one places them anew', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.visible);
  ctx.currentTime = 1 + DRIFT_SECONDS / 2;
  sound.ahead(ticks, 1, 1, HORIZON_SECONDS.visible);
  assert.equal(ctx.oscillators.length, 6);
  ctx.currentTime = 1.5 + DRIFT_SECONDS * 2;
  sound.ahead(ticks, 1.5, 1, HORIZON_SECONDS.visible);
  assert.equal(ctx.oscillators.length, 11); // 2 … 10 s placed anew, 12 s newly in reach
  ctx.currentTime = 100;
  assert.deepEqual(played(ctx).map(s => Math.round((s - DRIFT_SECONDS * 2) * 1000) / 1000), [-DRIFT_SECONDS * 2, 2, 4, 6, 8, 10]);
});

test('an audio clock running a tenth of a percent slow is measured: after the first wake-up the sounds land on time', () => {
  const { ctx, sound } = setUp();
  for (let t = 0; t <= 400; t += 60) {
    ctx.currentTime = t * 0.999;
    sound.ahead(ticks, t, 1, HORIZON_SECONDS.hidden);
  }
  ctx.currentTime = 500;
  const heardAt = played(ctx).map(s => s / 0.999); // on the session clock
  assert.equal(heardAt.length, ticks.length);
  const off = heardAt.map((s, i) => s - ticks[i].at);
  assert.ok(off.every(d => d > -1e-9 && d <= 0.061), 'off by at most the first minute\'s drift before the rate is known');
  assert.ok(off.filter((_, i) => ticks[i].at > 60).every(d => Math.abs(d) < 0.001), 'on time once the rate is known');
});

test('cancelling takes back everything placed, the whole hidden horizon too, and a resume places from its own time', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 1, HORIZON_SECONDS.hidden);
  ctx.currentTime = 3;
  sound.cancel(); // paused at 3 s of session time
  ctx.currentTime = 20; // 17 s paused: the session clock stands at 3 s
  sound.ahead(ticks, 3, 1, HORIZON_SECONDS.visible);
  ctx.currentTime = 500;
  assert.deepEqual(played(ctx), [0, 2, 20 + 1, 20 + 3, 20 + 5, 20 + 7, 20 + 9]);
});

test('at a sped-up clock the horizon is real time: ten times the session seconds', () => {
  const { ctx, sound } = setUp();
  sound.ahead(ticks, 0, 10, HORIZON_SECONDS.visible);
  assert.equal(ctx.oscillators.length, 51);
  assert.equal(ctx.oscillators[50].startsAt, 10);
});
