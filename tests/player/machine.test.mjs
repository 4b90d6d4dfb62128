import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elapsedAt, ended, fresh, InvalidTransition, transition } from '../../src/Soleus.Web/wwwroot/js/player/machine.js';

test('active time runs from the start, stands still while paused and stops at the end', () => {
  let m = transition(fresh(), 'start', 1000);
  assert.equal(elapsedAt(m, 4000), 3000);
  m = transition(m, 'pause', 4000);
  assert.equal(elapsedAt(m, 9000), 3000);
  m = transition(m, 'resume', 9000);
  assert.equal(elapsedAt(m, 10000), 4000);
  m = transition(m, 'stop', 10000, 'numbness');
  assert.deepEqual([m.state, m.stopReason, elapsedAt(m, 99000)], ['stopped', 'numbness', 4000]);
  assert.ok(ended(m));
});

test('a command the state does not allow throws InvalidTransition naming both', () => {
  const m = transition(fresh(), 'start', 0);
  assert.throws(() => transition(m, 'resume', 1), e => e instanceof InvalidTransition && e.state === 'running' && e.command === 'resume');
  assert.throws(() => transition(fresh(), 'complete', 1), InvalidTransition);
});
