// The JSON scenarios of tests/scenarios against the browser's player modules: the same files SessionEngine runs in
// xUnit (Soleus.Domain.Tests/Sessions/SessionScenarioTests.cs). At each step's clock reading the player's pure session
// raises what is due, then takes the step's command; what it raised, its state, its active time and its stop reason
// must be what the file says, so the JS and the domain's engine cannot drift apart.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as Session from '../../src/Soleus.Web/wwwroot/js/player/session.js';
import { InvalidTransition } from '../../src/Soleus.Web/wwwroot/js/player/machine.js';

const folder = new URL('../scenarios/', import.meta.url);
const files = readdirSync(folder).filter(f => f.endsWith('.json')).sort();
const seconds = (/** @type {number} */ n) => String(Number(n.toFixed(3)));

/** The player data the /play page would hand over for the scenario. @param {any} scenario */
function dataOf(scenario) {
  return {
    clientId: 'scenario',
    legs: scenario.plan.legs,
    timeline: scenario.timeline,
    preparation: { warmUp: '', direction: '' },
    steps: {},
    stops: {},
    dvtWarning: '',
    limits: scenario.limits,
    labels: { legs: { left: 'Left', right: 'Right' } },
    ratingsBefore: Object.entries(scenario.painBefore).map(([leg, painBefore]) => ({ leg, tightnessBefore: 5, painBefore })),
  };
}

test('there are scenarios to run', () => assert.ok(files.length >= 5, `expected scenarios in ${folder.pathname}`));

for (const file of files) {
  const scenario = JSON.parse(readFileSync(new URL(file, folder), 'utf8'));
  test(`${file}: ${scenario.name}`, () => {
    const zero = 1_000_000;
    let session = Session.create(dataOf(scenario), zero, zero);
    for (const step of scenario.steps) {
      const now = zero + step.at * 1000;
      /** @type {any[]} */
      const raised = [];
      const tick = () => { const next = Session.due(session, now, now); session = next.session; raised.push(...next.raised); };
      tick();
      let refused = false;
      /** @type {string | undefined} */
      let painCheck;
      try {
        switch (step.do) {
          case 'start':
          case 'resume': session = Session.apply(session, step.do, now, now); tick(); break;
          case 'pause': session = Session.apply(session, 'pause', now, now); break;
          case 'stop': session = Session.apply(session, 'stop', now, now, step.reason); break;
          case 'check-in': {
            const check = Session.checkIn(session, step.leg, step.pain);
            if (check === 'stop') session = Session.apply(session, 'stop', now, now, 'pain-worsening');
            painCheck = check;
            break;
          }
          case 'tick': break;
          default: throw new Error(`Unknown command '${step.do}'`);
        }
      } catch (e) {
        if (!(e instanceof InvalidTransition)) throw e;
        refused = true;
      }
      const observed = {
        state: session.machine.state,
        active: Math.round(Session.elapsed(session, now) * 1000) / 1000,
        stopReason: session.machine.stopReason ?? null,
        refused,
        raised: raised.map(c => `${c.kind}@${seconds(c.atSeconds)}`),
        ...(painCheck ? { painCheck } : {}),
      };
      assert.deepEqual(observed, step.expect, `${step.do} at ${step.at}`);
    }
  });
}
