// The player's controls: the buttons, the keys (Space and P pause and resume), the stop dialog and the pain check.
// They only call the handlers main.js gives them; what a command does is decided there and in session.js.

import { $, setText, showHowTo } from './view.js';

/**
 * @typedef {object} Handlers
 * @property {() => void} start
 * @property {() => void} resumeStored
 * @property {() => void} restart start the kept session's plan again from its beginning
 * @property {() => void} toggle pause or resume
 * @property {() => boolean} holdForDialog pause a running session while a dialog is open; true when it did
 * @property {() => void} releaseDialog resume what holdForDialog paused
 * @property {(reason: string) => void} stop
 * @property {() => {leg: string, label: string, painBefore: number}} painLeg the leg in hand and its pain before
 * @property {(pain: number, leg: string) => 'stop' | 'ask-to-stop' | 'go-on'} pain a valid rating given for the leg, and what it calls for
 * @property {() => boolean} playing the run panel is showing
 */

/** @param {Handlers} h */
export function wireControls(h) {
  $('start').addEventListener('click', h.start);
  $('resume-stored').addEventListener('click', h.resumeStored);
  $('restart').addEventListener('click', h.restart);
  $('pause').addEventListener('click', h.toggle);
  $('how-to').addEventListener('click', () => showHowTo($('how-to-panel').hidden, true));
  $('how-to-close').addEventListener('click', () => showHowTo(false, true));

  document.addEventListener('keydown', e => {
    if (e.ctrlKey || e.metaKey || e.altKey || document.querySelector('dialog[open]') || !h.playing()) return;
    const target = /** @type {HTMLElement} */ (e.target);
    const typing = target.closest('input, textarea, select, [contenteditable]');
    if ((e.key === 'p' || e.key === 'P') && !typing) { e.preventDefault(); h.toggle(); return; }
    if (e.key === ' ' && !typing && !target.closest('button, a, summary')) { e.preventDefault(); h.toggle(); }
  });

  const stopDialog = /** @type {HTMLDialogElement} */ ($('stop-dialog'));
  let held = false;
  $('stop').addEventListener('click', () => {
    held = h.holdForDialog();
    stopDialog.showModal();
  });
  const back = () => {
    if (stopDialog.open) stopDialog.close();
    if (held) { held = false; h.releaseDialog(); }
  };
  $('stop-cancel').addEventListener('click', back);
  stopDialog.addEventListener('cancel', e => { e.preventDefault(); back(); });
  for (const choice of stopDialog.querySelectorAll('[data-reason]')) {
    choice.addEventListener('click', () => {
      held = false;
      stopDialog.close();
      h.stop(/** @type {string} */ (/** @type {HTMLElement} */ (choice).dataset.reason));
    });
  }

  // The pain check: a 0–10 tap scale; the session waits while it is open.
  const askDialog = /** @type {HTMLDialogElement} */ ($('pain-ask-dialog'));
  const painDialog = /** @type {HTMLDialogElement} */ ($('pain-dialog'));
  /** @type {string} */
  let leg = '';
  const release = () => { if (held) { held = false; h.releaseDialog(); } };
  $('pain-check').addEventListener('click', () => {
    const inHand = h.painLeg();
    leg = inHand.leg;
    setText($('pain-leg'), `${inHand.label.toLowerCase()} calf`);
    setText($('pain-before'), String(inHand.painBefore));
    held = h.holdForDialog();
    painDialog.showModal();
  });
  $('pain-cancel').addEventListener('click', () => { painDialog.close(); release(); });
  painDialog.addEventListener('cancel', e => { e.preventDefault(); painDialog.close(); release(); });
  for (const choice of painDialog.querySelectorAll('[data-pain]')) {
    choice.addEventListener('click', () => {
      painDialog.close();
      const pain = Number(/** @type {HTMLElement} */ (choice).dataset.pain);
      const check = h.pain(pain, leg);
      if (check === 'ask-to-stop') {
        setText($('pain-ask-value'), String(pain));
        askDialog.showModal();
      } else if (check === 'go-on') {
        release();
      } else {
        held = false;
      }
    });
  }

  // Pain that has risen, or is high, asks whether to stop; the session waits, and stopping is the first choice.
  const goOn = () => {
    if (askDialog.open) askDialog.close();
    release();
  };
  $('pain-ask-stop').addEventListener('click', () => {
    held = false;
    askDialog.close();
    h.stop('pain-worsening');
  });
  $('pain-ask-go-on').addEventListener('click', goOn);
  askDialog.addEventListener('cancel', e => { e.preventDefault(); goOn(); });
}

/**
 * The voice settings: speaking on or off, which voice, speed and volume, and a try-out.
 * @param {ReturnType<typeof import('./speech.js').createSpeech>} speech
 * @param {{setVolume: (v: number) => void, unlock: () => void}} sound
 * @param {() => void} changed the speaking setting changed
 */
export function wireVoice(speech, sound, changed) {
  const speak = /** @type {HTMLInputElement} */ ($('speak'));
  speak.addEventListener('change', () => { speech.setEnabled(speak.checked); changed(); });
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
