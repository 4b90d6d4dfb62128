import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

/** @type {any[]} what the fake speech engine was asked to say */
const said = [];
const voice = { voiceURI: 'en-local', name: 'Local', lang: 'en-GB', localService: true, default: true };
Object.assign(globalThis, {
  window: {
    speechSynthesis: { speaking: false, pending: false, getVoices: () => [voice], speak: (/** @type {any} */ u) => said.push(u), cancel() {}, addEventListener() {} },
  },
  SpeechSynthesisUtterance: class { constructor(/** @type {string} */ text) { this.text = text; } },
});
const { createSpeech, RATES } = await import('../../src/Soleus.Web/wwwroot/js/player/speech.js');

test('the voice is never slower than the normal rate the plan\'s speech budget is timed for (150 words a minute)', async () => {
  const speech = createSpeech({ onSilent() {} });
  await speech.ready(0);
  const rateOf = (/** @type {number} */ r) => {
    speech.setRate(r);
    speech.say('Stroke.', 'interrupt');
    return said.at(-1).rate;
  };
  assert.deepEqual([0.6, 0.9, 1, 1.3, 1.6, 2].map(rateOf), [1, 1, 1, 1.3, 1.6, 1.6]);
  assert.equal(RATES.min, 1);
});

test('the speed slider offers only the rates the player allows', () => {
  const shell = readFileSync(new URL('../../src/Soleus.Web/Pages/Shared/_PlayerShell.cshtml', import.meta.url), 'utf8');
  const slider = shell.match(/<input type="range" id="rate" min="([0-9.]+)" max="([0-9.]+)"/);
  assert.ok(slider, 'the speed slider is on the ready screen');
  assert.deepEqual([Number(slider[1]), Number(slider[2])], [RATES.min, RATES.max]);
});
