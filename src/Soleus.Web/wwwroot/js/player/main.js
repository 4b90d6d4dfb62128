// The guided player (Pages/Play.cshtml): it wires the pure session (session.js) to the clock, the page, the voice and
// the sounds. Times always come from clock readings against the session start (less pauses), never from counting
// ticks; each cue is raised once, in order, and cues missed while the page slept are raised late, once. The page
// wakes at each cue and whole second, reckoned from a reading taken after its own work.

import { createClock, speedFrom, wakeDelay } from './clock.js';
import { ended, InvalidTransition } from './machine.js';
import { segmentAt, soundsOf } from './timeline.js';
import * as Session from './session.js';
import { choose } from './resume.js';
import { createSpeech } from './speech.js';
import { createSound, HORIZON_SECONDS } from './sound.js';
import { keepAwake } from './wakelock.js';
import { CURRENT, SESSION, get, put, remove } from './store.js';
import { abandoned, fileSession } from './record.js';
import { setUpFinish } from './finish.js';
import { placeTool } from './calf.js';
import { $, beat, message, render, setText, show, showCues, showLastCue, showReady, showRun, showStep, showStopped } from './view.js';
import { wireControls, wireVoice } from './controls.js';
import { keepStop } from '../safety.js';

const query = new URLSearchParams(location.search);
const speed = speedFrom(query);
const hooks = query.has('speed') || query.has('bench');
const clock = createClock(speed);
/** @type {import('./sound.js').SoundLog | null} */
const soundLog = query.has('bench') ? { placed: [], samples: [] } : null;
const sound = createSound({ log: soundLog });
const speech = createSpeech({ onSilent: () => sound.now('beep') });
const STRENGTH = { interrupt: 2, queue: 1, 'if-idle': 0 };

/** @type {any} the session in hand, as kept in IndexedDB */
let session = null;
/** @type {any} a new plan waiting while a kept session in progress is offered for resuming */
let pending = null;
/** @type {import('./timeline.js').SoundEvent[]} */
let sounds = [];
let step = -1;
let timer = 0;
/** @type {{index: number, kind: string, at: number, lateMs: number}[]} */
const lateness = [];

const cues = () => session.timeline.cues;
const elapsed = () => (session ? Session.elapsed(session, clock.now()) : 0);

/** Keeps the session in the browser: at each step, on every command, and when the page is hidden or left. */
function persist() {
  if (!session || leaving) return Promise.resolve();
  session = { ...session, savedAt: clock.now(), savedAtEpoch: Date.now() };
  return put(SESSION, session).catch(e => console.warn('Soleus could not keep the session in this browser:', e));
}

/**
 * Applies a command through the one transition function; a refused command changes nothing.
 * @param {import('./machine.js').Command} command @param {string|null} [reason]
 */
function apply(command, reason = null) {
  try {
    session = Session.apply(session, command, clock.now(), Date.now(), reason);
  } catch (e) {
    if (e instanceof InvalidTransition) { console.warn(e.message); return false; }
    throw e;
  }
  const state = session.machine.state;
  if (state !== 'running') {
    clearTimeout(timer);
    sound.cancel();
    if (state === 'paused') speech.cancel();
  }
  keepAwake(state === 'running', text => setText($('wake-status'), text));
  $('pause').textContent = state === 'paused' ? 'Resume' : 'Pause';
  persist();
  if (state === 'running') {
    sounds = soundsOf(cues(), speech.available);
    if (command === 'resume') showLastCue(session);
    tick();
  } else if (state === 'paused') {
    setText($('cue'), 'Paused. Press Resume, Space or P to carry on.');
  } else if (ended(session.machine)) {
    if (command === 'stop' && reason) keepStop(reason, new Date());
    finishUp();
  }
  return true;
}

/** Shows and says the cues that came due together; only the latest instant is said. @param {any[]} raised @param {number} t */
function raise(raised, t) {
  if (hooks) for (const cue of raised) lateness.push({ index: cue.index, kind: cue.kind, at: cue.atSeconds, lateMs: ((t - cue.atSeconds) / speed) * 1000 });
  const { now, text } = showCues(raised, t, speed);
  const voice = now.map(c => c.voice).reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));
  // Without a voice the schedule beeps for the cue (soundsOf): no second beep.
  if (speech.available) speech.say(text, voice);
  if (now.some(c => c.sound === 'tick')) beat();
}

function tick() {
  clearTimeout(timer);
  if (!session || session.machine.state !== 'running') return;
  const now = clock.now();
  const t = Session.elapsed(session, now);
  const { session: next, raised } = Session.due(session, now, Date.now());
  session = next;
  if (raised.length > 0) raise(raised, t);
  if (ended(session.machine)) {
    persist();
    finishUp();
    return;
  }
  sound.ahead(sounds, elapsed(), speed, HORIZON_SECONDS[document.visibilityState === 'hidden' ? 'hidden' : 'visible']);
  const s = segmentAt(session.timeline.segments, t);
  if (s !== step) {
    step = s;
    showStep(session, s);
    persist();
  }
  render(session, t);
  timer = window.setTimeout(tick, wakeDelay(elapsed(), cues()[session.nextCue].atSeconds, speed));
}

function run() {
  const t = elapsed();
  step = segmentAt(session.timeline.segments, t);
  showRun(session, t);
}

/** A stop has cancelled the sounds; a completed session lets its closing chime play out. */
function finishUp() {
  clearTimeout(timer);
  keepAwake(false);
  const stopped = session.machine.state === 'stopped';
  if (stopped && session.machine.stopReason) {
    speech.cancel();
    showStopped(session);
  }
  setUpFinish(session, show);
  show('player-finish', stopped);
  (stopped ? $('stop-title') : $('finish-heading')).closest('section')?.scrollIntoView();
  $(stopped ? 'finish-heading' : 'done-heading').focus({ preventScroll: stopped });
}

function toggle() {
  if (session?.machine.state === 'running') apply('pause');
  else if (session?.machine.state === 'paused') { sound.unlock(); apply('resume'); }
}

wireControls({
  async start() {
    sound.unlock();
    if (pending) {
      // A new plan replaces a session left in progress: what was done of it is kept as stopped for now.
      await fileSession(Session.apply(session, 'stop', session.machine.pausedAt ?? clock.now(), Date.now(), 'stopped-for-now')).catch(() => {});
      session = pending;
      pending = null;
    }
    run();
    apply('start');
  },
  resumeStored() {
    sound.unlock();
    pending = null;
    run();
    apply('resume');
  },
  async restart() {
    sound.unlock();
    // What was done of the kept session is filed as stopped for now; the same plan starts again from its beginning.
    await fileSession(Session.apply(session, 'stop', session.machine.pausedAt ?? clock.now(), Date.now(), 'stopped-for-now')).catch(() => {});
    session = Session.restart(session, crypto.randomUUID(), clock.now(), Date.now());
    pending = null;
    run();
    apply('start');
  },
  toggle,
  holdForDialog: () => session?.machine.state === 'running' && apply('pause'),
  releaseDialog: () => { apply('resume'); },
  stop: reason => { apply('stop', reason); },
  painLeg() {
    const leg = session.timeline.segments[Math.max(step, 0)].leg;
    return { leg, label: session.labels.legs[leg], painBefore: session.ratingsBefore.find((/** @type {any} */ r) => r.leg === leg).painBefore };
  },
  pain(value, leg) {
    const check = Session.checkIn(session, leg, value);
    if (check === 'stop') apply('stop', 'pain-worsening');
    else if (check === 'go-on') setText($('session-note'), `Pain ${value} of ${session.limits.ratingMax} noted. Stop at once if it climbs or turns sharp.`);
    return check;
  },
  playing: () => !$('player-run').hidden,
});
// The hand or tool on the calf moves with the session clock, frame by frame, while the session runs.
requestAnimationFrame(function follow() { if (session?.machine.state === 'running') placeTool(session, elapsed()); requestAnimationFrame(follow); });
wireVoice(speech, sound, () => { if (session) sounds = soundsOf(cues(), speech.available); });

/** @param {string} id */
function readJson(id) {
  const el = document.getElementById(id);
  try { return el ? JSON.parse(el.textContent ?? '') : null; } catch { return null; }
}

/** Files a kept session that will not be played: as it ended, or stopped for now; a plan never started is dropped. @param {any} kept */
function fileKept(kept) {
  if (kept.machine.state === 'not-started') return remove(SESSION, CURRENT).catch(() => {});
  return fileSession(ended(kept.machine) ? kept : abandoned(kept)).catch(() => {});
}

async function main() {
  const data = readJson('soleus-player');
  const fromPage = data ? Session.create(data, clock.now(), Date.now()) : null;
  // A reload is then a GET, which resumes from what the browser keeps, instead of sending the form again.
  if (fromPage) history.replaceState(null, '', location.pathname + location.search);
  /** @type {any} */
  let kept = null;
  try { kept = await get(SESSION, CURRENT); } catch { message('This browser cannot keep the session: it plays, but a reload starts it again.'); }

  const choice = choose(kept, fromPage);
  if ('file' in choice && choice.file) await fileKept(choice.file);
  switch (choice.kind) {
    case 'resume':
      session = choice.session;
      pending = choice.pending;
      showReady(session, true, pending !== null);
      return;
    case 'finish':
      session = choice.session;
      finishUp();
      return;
    case 'play':
      session = choice.session;
      if (session === fromPage) await persist();
      showReady(session, false, false);
      return;
    case 'nothing':
      message('No session is waiting in this browser. Answer the safety questions and build a plan first.', { href: '/screening', text: 'Go to the safety questions' });
  }
}

// Hidden, the page places the hidden horizon's sounds before its timers slow down; shown or resumed, it catches up with
// the session clock. Frozen, its audio clock stands still: the sounds placed are taken back, `resume` places them anew.
function catchUp() {
  if (session?.machine.state !== 'running') return;
  sound.unlock();
  tick();
}
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'visible') { catchUp(); return; }
  persist();
  tick();
});
document.addEventListener('freeze', () => {
  if (soundLog) sound.mark(elapsed());
  sound.cancel();
});
document.addEventListener('resume', catchUp);
window.addEventListener('pagehide', () => { if (session && !ended(session.machine)) persist(); });
// Leaving mid-session asks first; the session is kept either way and is offered for resuming on return.
// It is kept as it stood when the person chose to leave: the time the question stays open is not session time, so
// the saves on the way out (pagehide, hidden) do not move it; staying clears the mark at the next tick.
let leaving = false;
window.addEventListener('beforeunload', event => {
  const state = session?.machine.state;
  if (state !== 'running' && state !== 'paused') return;
  persist();
  leaving = true;
  setTimeout(() => { leaving = false; }, 0);
  event.preventDefault();
});

if (hooks) {
  /** Test and benchmark hooks, only with ?speed or ?bench. */
  Object.assign(window, {
    soleusPlayer: {
      lateness,
      elapsed,
      state: () => session?.machine.state,
      nextCue: () => session?.nextCue,
      clientId: () => session?.clientId,
      timeline: () => session?.timeline,
      soundEvents: () => sounds,
      sounds: soundLog,
    },
  });
}

if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
main();
