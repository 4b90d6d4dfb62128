import { test } from 'node:test';
import assert from 'node:assert/strict';
import { choose } from '../../src/Soleus.Web/wwwroot/js/player/resume.js';
import { fresh, transition } from '../../src/Soleus.Web/wwwroot/js/player/machine.js';

const timeline = { segments: [], cues: [], totalSeconds: 0 };
const session = (/** @type {string} */ clientId, /** @type {any} */ machine, savedAt = 5000) => ({ clientId, timeline, machine, savedAt });
const running = transition(fresh(), 'start', 1000);

test('a session left running is offered for resuming, paused at the moment it was last kept', () => {
  const choice = choose(session('a', running, 7000), null);
  assert.equal(choice.kind, 'resume');
  assert.deepEqual([choice.session.machine.state, choice.session.machine.pausedAt], ['paused', 7000]);
});

test('a new plan waits beside a session in progress; the same plan again does not', () => {
  assert.equal(choose(session('a', running), session('b', fresh())).pending.clientId, 'b');
  assert.equal(choose(session('a', running), session('a', fresh())).pending, null);
});

test('an ended session shows its finish again, unless a different new plan arrives, which replaces it once filed', () => {
  const stopped = transition(running, 'stop', 2000, 'sharp-pain');
  assert.equal(choose(session('a', stopped), null).kind, 'finish');
  const replaced = choose(session('a', stopped), session('b', fresh()));
  assert.deepEqual([replaced.kind, replaced.session.clientId, replaced.file.clientId], ['play', 'b', 'a']);
});

test('without a session in progress the new plan plays; with nothing at all there is nothing to play', () => {
  assert.equal(choose(session('a', fresh()), session('b', fresh())).session.clientId, 'b');
  assert.equal(choose(null, session('b', fresh())).kind, 'play');
  assert.equal(choose(null, null).kind, 'nothing');
});

test('a session kept by an earlier player, which has no timeline, is filed, never played', () => {
  const old = { clientId: 'old', machine: running, savedAt: 1 };
  assert.deepEqual([choose(old, null).kind, choose(old, null).file], ['nothing', old]);
  assert.equal(choose(old, session('b', fresh())).file, old);
});
