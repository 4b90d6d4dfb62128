// What the player shows (Pages/Shared/_PlayerShell.cshtml): the panels, the step in hand, the cue, the countdowns,
// the progress bars, the calf and the stop advice. It only renders the session it is given; main.js decides.

import { areaAt, briefing, clockText, holdLeft, segmentAt, strokes, upward } from './timeline.js';
import { elapsedAt } from './machine.js';
import { placeTool, showArea } from './calf.js';

export const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Writes text only when it changed, so an unchanged cue does not make screen readers speak again. @param {HTMLElement} el @param {string} text */
export function setText(el, text) { if (el.textContent !== text) el.textContent = text; }

const LATE_SECONDS = 1;

/**
 * Writes a safety text with each whole mention of the emergency number as a tap-to-call link.
 * @param {HTMLElement} el @param {string} text @param {string} number
 */
export function linked(el, text, number) {
  const parts = text.split(new RegExp(`(?<![0-9])(${number})(?![0-9])`));
  el.replaceChildren(...parts.map((part, i) => (i % 2 === 0
    ? document.createTextNode(part)
    : Object.assign(document.createElement('a'), { href: `tel:${number}`, className: 'call-link', textContent: part }))));
}

/**
 * Only one of ready, run, finish and saved shows at a time; the stopped advice goes with finish. While the session
 * runs the page is the session: the site's header and footer step aside (session mode).
 * @param {string} panel @param {boolean} [stopped]
 */
export function show(panel, stopped = false) {
  for (const id of ['player-ready', 'player-run', 'player-finish', 'player-saved']) $(id).hidden = id !== panel;
  $('player-stopped').hidden = !(panel === 'player-finish' && stopped);
  $('stop-bar').hidden = panel !== 'player-run';
  document.body.classList.toggle('in-session', panel === 'player-run');
}

/** True once the person opened or closed the How-to panel themselves during this step. */
let howToChosen = false;

/**
 * Opens or closes the How-to panel (the full instructions). It opens by itself during each get-ready and closes as
 * the step starts, unless the person chose otherwise during that step.
 * @param {boolean} open @param {boolean} [chosen] the person pressed the button
 */
export function showHowTo(open, chosen = false) {
  if (chosen) howToChosen = true;
  $('how-to-panel').hidden = !open;
  $('how-to').setAttribute('aria-expanded', String(open));
  document.body.classList.toggle('how-to-open', open);
}

/** A line above the panels, with an optional button-styled link. @param {string} text @param {{href: string, text: string}} [link] */
export function message(text, link) {
  $('player-message').textContent = text;
  $('player-message').hidden = !text;
  if (link) $('player-message').after(Object.assign(document.createElement('a'), { href: link.href, textContent: link.text, className: 'button' }));
}

/** @param {any} session @param {boolean} resumable @param {boolean} replacing a new plan waits beside the kept one */
export function showReady(session, resumable, replacing) {
  const legs = session.labels.legs;
  setText($('ready-legs'), session.legs.map((/** @type {string} */ l) => `${legs[l]} calf`).join(' and '));
  setText($('ready-total'), `${clockText(session.timeline.totalSeconds)} (minutes:seconds), with a short pause before each step to read what comes next`);
  setText($('ready-warm-up'), session.prep.warmUp);
  setText($('ready-direction'), session.prep.direction);
  $('ready-resume').hidden = !resumable;
  $('resume-stored').hidden = !resumable;
  $('restart').hidden = !resumable || replacing;
  $('start').hidden = resumable && !replacing;
  if (resumable) {
    const { segments } = session.timeline;
    const t = elapsedAt(session.machine, session.machine.pausedAt ?? 0) / 1000;
    const i = segmentAt(segments, t);
    const seg = segments[i];
    setText($('ready-resume'), `You have a session in progress in this browser. You were at ${seg.name}, ${legs[seg.leg].toLowerCase()} calf `
      + `(step ${i + 1} of ${segments.length}), ${clockText(t)} into ${clockText(session.timeline.totalSeconds)}.`
      + (replacing ? ' Resume it, or start the new plan instead.' : ' Resume it there, or start again from the beginning.'));
  }
  if (replacing) setText($('start'), 'Start the new session instead');
  show('player-ready');
}

/** The step's name, leg, instructions and what comes next. @param {any} session @param {number} i */
export function showStep(session, i) {
  const { segments, cues } = session.timeline;
  const seg = segments[i];
  const text = session.texts.steps[seg.stepId];
  const legs = session.labels.legs;
  setText($('run-step'), seg.name);
  setText($('session-note'), '');
  howToChosen = false;
  setText($('run-leg'), `${legs[seg.leg]} calf ·`);
  setText($('run-index'), `step ${i + 1} of ${segments.length}`);
  setText($('step-briefing'), briefing(cues, i));
  $('step-instructions').replaceChildren(...text.instructions.map((/** @type {string} */ line) => Object.assign(document.createElement('li'), { textContent: line })));
  setText($('step-feel'), text.feel);
  setText($('step-mistake'), text.commonMistake);
  setText($('step-avoid'), text.avoid.length ? `Keep off: ${text.avoid.join(', ').toLowerCase()}.` : 'Keep off the back of the knee and the bones.');
  $('step-safety').replaceChildren(...text.safetyNotes.map((/** @type {string} */ note) => {
    const item = document.createElement('li');
    linked(item, note, session.texts.emergencyNumber);
    return item;
  }));
  const next = segments[i + 1];
  setText($('next'), next ? `${next.name}, ${legs[next.leg].toLowerCase()} calf${next.leg !== seg.leg ? ' (switch legs)' : ''}` : 'the end of the session, then how your calves feel');
  $('beat').hidden = !strokes(cues, i);
}

let areaKey = '';

/** The countdowns, progress and calf at active time `t`. @param {any} session @param {number} t */
export function render(session, t) {
  const { segments, cues, totalSeconds } = session.timeline;
  const i = segmentAt(segments, t);
  const seg = segments[i];
  const ready = t < seg.startSeconds;
  const hold = ready ? null : holdLeft(cues, session.nextCue, t);
  setText($('run-phase'), ready ? 'Get ready: starts in' : hold != null ? 'Hold for' : 'Step ends in');
  setText($('count'), ready ? String(Math.ceil(seg.startSeconds - t)) : hold != null ? String(Math.ceil(hold)) : clockText(seg.endSeconds - t));
  if (!howToChosen && $('how-to-panel').hidden === ready) showHowTo(ready);
  const stepBar = /** @type {HTMLProgressElement} */ ($('step-progress'));
  stepBar.value = ready ? 0 : Math.min(1, (t - seg.startSeconds) / seg.durationSeconds);
  setText($('step-left'), `(${clockText(seg.endSeconds - t)} left)`);
  const whole = /** @type {HTMLProgressElement} */ ($('session-progress'));
  whole.value = Math.min(1, t / totalSeconds);
  setText($('session-left'), `${clockText(totalSeconds - t)} left`);
  const area = areaAt(cues, session.nextCue);
  const key = `${i}|${area.zone}|${area.lane}|${ready}`;
  if (key !== areaKey) {
    areaKey = key;
    const step = session.texts.steps[seg.stepId];
    showArea({ leg: seg.leg, zone: area.zone, lane: area.lane, upward: upward(cues, i), active: !ready, shape: step.tool === 'hands' ? step.stroke : step.tool });
  }
  placeTool(session, t);
}

/**
 * Shows the cues raised together: each in the log (marked late when raised more than a second after its time), and
 * the latest instant's text in the cue box. Returns that text and whether it keeps the cadence.
 * @param {any[]} raised @param {number} t @param {number} speed
 */
export function showCues(raised, t, speed) {
  const log = $('cue-log');
  for (const cue of raised) {
    const late = (t - cue.atSeconds) / speed > LATE_SECONDS;
    const item = document.createElement('li');
    item.textContent = late ? `${cue.text} (late)` : cue.text;
    if (late) item.className = 'late';
    log.prepend(item);
  }
  while (log.childElementCount > 40) log.lastElementChild?.remove();
  const at = raised[raised.length - 1].atSeconds;
  const now = raised.filter(c => c.atSeconds === at);
  setText($('cue'), shownLine(now));
  return { now, text: now.map(c => c.text).join(' ') };
}

/**
 * What the cue box shows of the cues of one instant: all of them, said as one line, except the step's briefing and
 * the direction reminder said with a get-ready, which the How-to panel holds, so what shows stays short.
 * @param {any[]} now
 */
function shownLine(now) {
  const getReady = now.some(c => c.kind === 'get-ready');
  return now.filter(c => c.kind !== 'briefing' && !(getReady && c.kind === 'direction')).map(c => c.text).join(' ');
}

/** Shows again the cue box of the last instant raised (after Resume, or on returning to the session). @param {any} session */
export function showLastCue(session) {
  const { cues } = session.timeline;
  const last = cues[session.nextCue - 1];
  if (last) setText($('cue'), shownLine(cues.slice(0, session.nextCue).filter((/** @type {any} */ c) => c.atSeconds === last.atSeconds)));
}

/**
 * The cadence pulse: a visual beat (motion only when reduced motion is not asked for) and a short vibration. The
 * pulse starts again two frames on, once a frame has seen it off, instead of reading the layout in the middle of a
 * wake-up to force that (which made the browser lay out the page while the next cue waited).
 */
export function beat() {
  const el = $('beat');
  el.classList.remove('is-beat');
  requestAnimationFrame(() => requestAnimationFrame(() => el.classList.add('is-beat')));
  navigator.vibrate?.(60);
}

/** The running panel, at the step in hand, with the last cue said again. @param {any} session @param {number} t */
export function showRun(session, t) {
  show('player-run');
  showStep(session, segmentAt(session.timeline.segments, t));
  areaKey = '';
  render(session, t);
  showLastCue(session);
  window.scrollTo(0, 0);
  $('run-step').focus({ preventScroll: true });
}

/** The advice for a stop, with the DVT warning when it calls for it. @param {any} session */
export function showStopped(session) {
  const advice = session.texts.stops[session.machine.stopReason];
  setText($('stop-title'), advice.title);
  linked($('stop-text'), advice.text, session.texts.emergencyNumber);
  $('stop-dvt').hidden = !advice.showDvtWarning;
  linked($('stop-dvt-text'), session.texts.dvtWarning, session.texts.emergencyNumber);
}
