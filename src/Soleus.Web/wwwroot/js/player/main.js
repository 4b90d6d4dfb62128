// The guided player (Pages/Play.cshtml). It plays the timeline the server computed: cue times are offsets from the
// session start, and the time in hand is always worked out from clock readings against that start (less pauses),
// never by counting ticks. Each cue is raised once, in order; cues missed while the page slept are raised late, once.

import { createClock, speedFrom } from './clock.js';
import { elapsedAt, ended, fresh, InvalidTransition, transition } from './machine.js';
import { areaAt, clockText, cuesOf, holdLeft, segmentAt, soundsOf, strokes, upward } from './timeline.js';
import { createSpeech } from './speech.js';
import { createSound } from './sound.js';
import { showArea } from './calf.js';
import { keepAwake } from './wakelock.js';
import { CURRENT, SESSION, get, put } from './store.js';
import { fileSession } from './record.js';
import { setUpFinish } from './finish.js';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
const query = new URLSearchParams(location.search);
const speed = speedFrom(query);
const hooks = query.has('speed') || query.has('bench');
const clock = createClock(speed);
const sound = createSound();
const speech = createSpeech({ onSilent: () => sound.now('beep') });

/** How the voice treats each kind of cue: cut in, wait its turn, or give way (its sound and text still come). */
const MODE = /** @type {Record<string, import('./speech.js').Mode>} */ ({
  'switch-leg': 'interrupt', 'get-ready': 'interrupt', end: 'interrupt', zone: 'interrupt', lane: 'interrupt', 'hold-start': 'interrupt',
  'step-start': 'queue', direction: 'queue', 'hold-end': 'queue', move: 'queue', circles: 'queue',
  stroke: 'if-idle', pass: 'if-idle', halfway: 'if-idle', countdown: 'if-idle',
});
const STRENGTH = { interrupt: 2, queue: 1, 'if-idle': 0 };
const LATE_SECONDS = 1;
const LEGS = /** @type {Record<string, string>} */ ({ left: 'Left', right: 'Right' });

/** @type {any} the session in hand, as kept in IndexedDB */
let session = null;
/** @type {import('./timeline.js').TimedCue[]} */
let cues = [];
/** @type {import('./timeline.js').SoundEvent[]} */
let sounds = [];
let step = -1;
let timer = 0;
let areaKey = '';
let pausedForStop = false;
/** @type {{index: number, kind: string, at: number, lateMs: number}[]} */
const lateness = [];

/** @param {HTMLElement} el @param {string} text */
function setText(el, text) { if (el.textContent !== text) el.textContent = text; }

/** @param {string} id */
function readJson(id) {
  const el = document.getElementById(id);
  try { return el ? JSON.parse(el.textContent ?? '') : null; } catch { return null; }
}

/** The panels: only one of ready, run, finish and saved shows at a time; the stopped advice goes with finish. */
function show(/** @type {string} */ panel) {
  for (const id of ['player-ready', 'player-run', 'player-finish', 'player-saved']) $(id).hidden = id !== panel;
  $('player-stopped').hidden = !(panel === 'player-finish' && session?.machine.state === 'stopped');
  $('stop-bar').hidden = panel !== 'player-run';
}

function message(/** @type {string} */ text) {
  $('player-message').textContent = text;
  $('player-message').hidden = !text;
}

/** A new kept session from the page's data blocks. */
function sessionFrom(/** @type {any} */ planned, /** @type {any} */ player) {
  return {
    key: CURRENT,
    clientId: player.clientId,
    legs: planned.plan.legs,
    segments: planned.segments,
    finish: planned.finish,
    totalSeconds: planned.totalSeconds,
    prep: { warmUp: planned.preparation.warmUp.text, direction: planned.preparation.directionRule.text },
    texts: { steps: player.steps, stops: player.stops, dvtWarning: player.dvtWarning },
    painRise: player.painRiseThatStops,
    ratingsBefore: player.ratingsBefore,
    machine: fresh(),
    nextCue: 0,
    startedAtEpoch: null,
    endedAtEpoch: null,
    savedAt: clock.now(),
    savedAtEpoch: Date.now(),
  };
}

/** Keeps the session in the browser: at each step, on pause, on stop, and when the page is hidden or left. */
function persist() {
  if (!session) return Promise.resolve();
  session.savedAt = clock.now();
  session.savedAtEpoch = Date.now();
  return put(SESSION, session).catch(e => console.warn('Soleus could not keep the session in this browser:', e));
}

const elapsed = () => (session ? elapsedAt(session.machine, clock.now()) / 1000 : 0);

/**
 * Applies a command through the one transition function; refused commands change nothing.
 * @param {import('./machine.js').Command} command @param {string|null} [reason]
 */
function apply(command, reason = null) {
  try {
    session.machine = transition(session.machine, command, clock.now(), reason);
  } catch (e) {
    if (e instanceof InvalidTransition) { console.warn(e.message); return false; }
    throw e;
  }
  const state = session.machine.state;
  if (command === 'start') session.startedAtEpoch = Date.now();
  if (ended(session.machine)) session.endedAtEpoch = Date.now();
  if (state !== 'running') {
    clearTimeout(timer);
    sound.cancel();
    if (state === 'paused') speech.cancel();
  }
  keepAwake(state === 'running', text => setText($('wake-status'), text));
  const pause = /** @type {HTMLButtonElement} */ ($('pause'));
  pause.textContent = state === 'paused' ? 'Resume' : 'Pause';
  persist();
  if (state === 'running') {
    sounds = soundsOf(cues, speech.available);
    tick();
  } else if (state === 'paused') {
    setText($('cue'), 'Paused. Press Resume, Space or P to carry on.');
  } else if (ended(session.machine)) {
    finishUp();
  }
  return true;
}

/** Raises the cues that came due together, once each, in order. @param {import('./timeline.js').TimedCue[]} due @param {number} t */
function raise(due, t) {
  const log = $('cue-log');
  for (const cue of due) {
    const lateSeconds = (t - cue.atSeconds) / speed;
    if (hooks) lateness.push({ index: cue.index, kind: cue.kind, at: cue.atSeconds, lateMs: lateSeconds * 1000 });
    const item = document.createElement('li');
    item.textContent = lateSeconds > LATE_SECONDS ? `${cue.text} (late)` : cue.text;
    if (lateSeconds > LATE_SECONDS) item.className = 'late';
    log.prepend(item);
  }
  while (log.childElementCount > 40) log.lastElementChild?.remove();
  // Only the latest instant is said: cues missed while the page slept are shown, not read out in a rush.
  const at = due[due.length - 1].atSeconds;
  const now = due.filter(c => c.atSeconds === at);
  const text = now.map(c => c.text).join(' ');
  setText($('cue'), text);
  const mode = now.map(c => MODE[c.kind] ?? 'queue').reduce((a, b) => (STRENGTH[b] > STRENGTH[a] ? b : a));
  speech.say(text, mode);
  if (now.some(c => c.kind === 'stroke' || c.kind === 'pass')) beat();
}

/** The cadence pulse: a visual beat (motion only when reduced motion is not asked for) and a short vibration. */
function beat() {
  const el = $('beat');
  el.classList.remove('is-beat');
  void el.offsetWidth;
  el.classList.add('is-beat');
  navigator.vibrate?.(60);
}

function tick() {
  clearTimeout(timer);
  if (!session || session.machine.state !== 'running') return;
  const t = elapsed();
  /** @type {import('./timeline.js').TimedCue[]} */
  const due = [];
  while (session.nextCue < cues.length && cues[session.nextCue].atSeconds <= t) due.push(cues[session.nextCue++]);
  if (due.length > 0) raise(due, t);
  const s = segmentAt(session.segments, t);
  if (s !== step) { showStep(s); persist(); }
  if (session.nextCue >= cues.length) { apply('complete'); return; }
  sound.ahead(sounds, t, speed);
  render(t);
  const untilNext = ((cues[session.nextCue].atSeconds - t) * 1000) / speed;
  timer = window.setTimeout(tick, Math.max(0, Math.min(untilNext, 250)));
}

/** @param {number} i */
function showStep(i) {
  step = i;
  const seg = session.segments[i];
  const text = session.texts.steps[seg.stepId];
  setText($('run-step'), seg.name);
  setText($('run-leg'), `${LEGS[seg.leg]} calf ·`);
  setText($('run-index'), `step ${i + 1} of ${session.segments.length}`);
  $('step-instructions').replaceChildren(...text.instructions.map((/** @type {string} */ line) => Object.assign(document.createElement('li'), { textContent: line })));
  setText($('step-feel'), text.feel);
  setText($('step-mistake'), text.commonMistake);
  setText($('step-avoid'), text.avoid.length ? text.avoid.join(', ') : 'Nothing special beyond the usual care.');
  const next = session.segments[i + 1];
  setText($('next'), next ? `${next.name}, ${next.leg} calf${next.leg !== seg.leg ? ' (switch legs)' : ''}` : 'the end of the session, then how your calves feel');
  $('beat').hidden = !strokes(seg);
  areaKey = '';
}

/** @param {number} t */
function render(t) {
  const seg = session.segments[step];
  const end = seg.startSeconds + seg.durationSeconds;
  const ready = t < seg.startSeconds;
  const hold = ready ? null : holdLeft(seg, t);
  setText($('run-phase'), ready ? `Get ready: it starts in ${Math.ceil(seg.startSeconds - t)} s` : hold != null ? 'Hold' : 'Go');
  setText($('count'), ready ? String(Math.ceil(seg.startSeconds - t)) : hold != null ? String(Math.ceil(hold)) : end - t <= 3 ? String(Math.ceil(end - t)) : '');
  const stepBar = /** @type {HTMLProgressElement} */ ($('step-progress'));
  stepBar.value = ready ? 0 : Math.min(1, (t - seg.startSeconds) / seg.durationSeconds);
  setText($('step-left'), `(${clockText(end - t)} left)`);
  const whole = /** @type {HTMLProgressElement} */ ($('session-progress'));
  whole.value = Math.min(1, t / session.totalSeconds);
  setText($('session-left'), `(${clockText(session.totalSeconds - t)} left)`);
  const area = areaAt(seg, t);
  const key = `${step}|${area.zone}|${area.lane}|${ready}`;
  if (key !== areaKey) {
    areaKey = key;
    showArea({ leg: seg.leg, zone: area.zone, lane: area.lane, upward: upward(seg), active: !ready });
  }
}

function showRun() {
  show('player-run');
  const t = elapsed();
  showStep(segmentAt(session.segments, t));
  render(t);
  const last = cues[session.nextCue - 1];
  if (last) setText($('cue'), last.text);
  $('player-title').scrollIntoView();
  $('run-step').focus({ preventScroll: true });
}

function finishUp() {
  clearTimeout(timer);
  sound.cancel();
  keepAwake(false);
  const m = session.machine;
  if (m.state === 'stopped' && m.stopReason) {
    speech.cancel();
    const advice = session.texts.stops[m.stopReason];
    setText($('stop-title'), advice.title);
    setText($('stop-text'), advice.text);
    $('stop-dvt').hidden = !advice.showDvtWarning;
    setText($('stop-dvt-text'), session.texts.dvtWarning);
  }
  setUpFinish(session, show);
  show('player-finish');
  (m.state === 'stopped' ? $('stop-title') : $('finish-heading')).closest('section')?.scrollIntoView();
  $('finish-heading').focus({ preventScroll: m.state === 'stopped' });
}

function showReady(/** @type {boolean} */ resumable) {
  setText($('ready-legs'), session.legs.map((/** @type {string} */ l) => `${LEGS[l]} calf`).join(' and '));
  setText($('ready-total'), `${clockText(session.totalSeconds)} (minutes:seconds), with a short pause before each step to read what comes next`);
  setText($('ready-warm-up'), session.prep.warmUp);
  setText($('ready-direction'), session.prep.direction);
  $('ready-resume').hidden = !resumable;
  $('resume-stored').hidden = !resumable;
  show('player-ready');
}

function toggle() {
  if (!session) return;
  if (session.machine.state === 'running') apply('pause');
  else if (session.machine.state === 'paused') { sound.unlock(); apply('resume'); }
}

/** Space and P pause and resume, unless a control that uses the key has the focus or a dialog is open. */
document.addEventListener('keydown', e => {
  if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]') || $('player-run').hidden) return;
  const target = /** @type {HTMLElement} */ (e.target);
  const typing = target.closest('input, textarea, select, [contenteditable]');
  if ((e.key === 'p' || e.key === 'P') && !typing) { e.preventDefault(); toggle(); return; }
  if (e.key === ' ' && !typing && !target.closest('button, a, summary')) { e.preventDefault(); toggle(); }
});

function setUpControls() {
  $('start').addEventListener('click', async () => {
    sound.unlock();
    if (pending) {
      // A new plan replaces a session left in progress: what was done of it is kept as stopped for now.
      const old = session;
      old.machine = transition(old.machine, 'stop', old.machine.pausedAt ?? clock.now(), 'stopped-for-now');
      old.endedAtEpoch = Date.now();
      await fileSession(old).catch(() => {});
      session = pending;
      pending = null;
      cues = cuesOf(session.segments, session.finish);
    }
    showRun();
    apply('start');
  });
  $('resume-stored').addEventListener('click', () => {
    sound.unlock();
    pending = null;
    showRun();
    apply('resume');
  });
  $('pause').addEventListener('click', toggle);

  const stopDialog = /** @type {HTMLDialogElement} */ ($('stop-dialog'));
  $('stop').addEventListener('click', () => {
    pausedForStop = session?.machine.state === 'running' && apply('pause');
    stopDialog.showModal();
  });
  const back = () => {
    if (stopDialog.open) stopDialog.close();
    if (pausedForStop) { pausedForStop = false; apply('resume'); }
  };
  $('stop-cancel').addEventListener('click', back);
  stopDialog.addEventListener('cancel', e => { e.preventDefault(); back(); });
  for (const choice of stopDialog.querySelectorAll('[data-reason]')) {
    choice.addEventListener('click', () => {
      pausedForStop = false;
      stopDialog.close();
      apply('stop', /** @type {HTMLElement} */ (choice).dataset.reason);
    });
  }

  const painDialog = /** @type {HTMLDialogElement} */ ($('pain-dialog'));
  const painNow = /** @type {HTMLInputElement} */ ($('pain-now'));
  const legInHand = () => session.segments[Math.max(step, 0)].leg;
  $('pain-check').addEventListener('click', () => {
    const leg = legInHand();
    setText($('pain-leg'), `${leg} calf`);
    setText($('pain-before'), String(session.ratingsBefore.find((/** @type {any} */ r) => r.leg === leg).painBefore));
    painNow.value = '';
    painNow.removeAttribute('aria-invalid');
    $('pain-error').hidden = true;
    painDialog.showModal();
  });
  $('pain-cancel').addEventListener('click', () => painDialog.close());
  $('pain-submit').addEventListener('click', () => {
    const value = painNow.value.trim();
    if (!/^(?:[0-9]|10)$/.test(value)) {
      painNow.setAttribute('aria-invalid', 'true');
      setText($('pain-error'), 'Enter a whole number from 0 to 10.');
      $('pain-error').hidden = false;
      painNow.focus();
      return;
    }
    painDialog.close();
    const before = session.ratingsBefore.find((/** @type {any} */ r) => r.leg === legInHand()).painBefore;
    // SessionCheckIn: a rise of painRise (2) or more above the rating before stops the session.
    if (Number(value) - before >= session.painRise) apply('stop', 'pain-worsening');
    else setText($('cue'), `Pain ${value} of 10 noted. Carry on gently, and stop if it climbs.`);
  });

  /** @type {HTMLInputElement} */
  const speak = /** @type {any} */ ($('speak'));
  speak.addEventListener('change', () => {
    speech.setEnabled(speak.checked);
    sounds = soundsOf(cues, speech.available);
  });
  const voice = /** @type {HTMLSelectElement} */ ($('voice'));
  voice.addEventListener('change', () => speech.choose(voice.value));
  $('rate').addEventListener('input', e => speech.setRate(Number(/** @type {HTMLInputElement} */ (e.target).value)));
  $('volume').addEventListener('input', e => {
    const v = Number(/** @type {HTMLInputElement} */ (e.target).value);
    speech.setVolume(v);
    sound.setVolume(v);
  });
  $('voice-test').addEventListener('click', () => {
    sound.unlock();
    speech.say('This is how the cues will sound.', 'interrupt');
  });
  speech.ready().then(list => {
    if (list.length === 0) {
      voice.replaceChildren(Object.assign(document.createElement('option'), { textContent: 'No voice on this device: beeps and text' }));
      voice.disabled = true;
      return;
    }
    voice.replaceChildren(...list.map(v => Object.assign(document.createElement('option'), {
      value: v.voiceURI, textContent: `${v.name} (${v.lang})${v.localService ? '' : ', online'}`, selected: v === speech.voice,
    })));
  });
}

/** @type {any} a new plan waiting while a kept session in progress is offered for resuming */
let pending = null;

async function main() {
  setUpControls();
  const planned = readJson('soleus-session');
  const player = readJson('soleus-player');
  const fromPage = planned && player ? sessionFrom(planned, player) : null;
  // A reload is then a GET, which resumes from what the browser keeps, instead of sending the form again.
  if (fromPage) history.replaceState(null, '', location.pathname + location.search);
  /** @type {any} */
  let kept = null;
  try { kept = await get(SESSION, CURRENT); } catch { message('This browser cannot keep the session: it plays, but a reload starts it again.'); }

  if (kept && (kept.machine.state === 'running' || kept.machine.state === 'paused')) {
    // A session that was running when its page went away carries on from that moment, once the person is ready.
    if (kept.machine.state === 'running') kept.machine = transition(kept.machine, 'pause', kept.savedAt);
    session = kept;
    pending = fromPage && fromPage.clientId !== kept.clientId ? fromPage : null;
    cues = cuesOf(session.segments, session.finish);
    showReady(true);
    if (pending) setText($('start'), 'Start the new session instead');
    else $('start').hidden = true;
    return;
  }
  if (kept && ended(kept.machine)) {
    if (!fromPage || fromPage.clientId === kept.clientId) {
      session = kept;
      cues = cuesOf(session.segments, session.finish);
      finishUp();
      return;
    }
    await fileSession(kept).catch(() => {});
  }
  session = fromPage ?? kept;
  if (!session) {
    message('No session is waiting in this browser. Answer the safety questions and build a plan first.');
    const link = Object.assign(document.createElement('a'), { href: '/screening', textContent: 'Go to the safety questions', className: 'button' });
    $('player-message').after(link);
    return;
  }
  cues = cuesOf(session.segments, session.finish);
  if (fromPage) await persist();
  showReady(false);
}

document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') persist();
  else if (session?.machine.state === 'running') { sound.unlock(); tick(); }
});
window.addEventListener('pagehide', () => { if (session && !ended(session.machine)) persist(); });

if (hooks) {
  /** Test and benchmark hooks, only with ?speed or ?bench. */
  Object.assign(window, {
    soleusPlayer: {
      lateness,
      elapsed,
      state: () => session?.machine.state,
      nextCue: () => session?.nextCue,
      clientId: () => session?.clientId,
    },
  });
}

if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
main();
