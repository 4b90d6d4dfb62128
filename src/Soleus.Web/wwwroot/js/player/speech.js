// Spoken cues through the Web Speech API. A voice on the device (localService) is preferred, English first. When
// there is no speech, no voice, or the voice does not start within a short time, `onSilent` is called (the player
// beeps instead); the cue is always shown as text as well. The plan gives each spoken cue the time it takes at 150
// words a minute, taken as the normal rate (1); a slower rate would run a cue into the next one, so the speed can be
// raised but never set below it.

const START_WAIT_MS = 1200;

/** The speaking rates allowed: the normal rate, which the plan's timing assumes, up to 1.6 times it. */
export const RATES = { min: 1, max: 1.6 };

/** @typedef {'interrupt' | 'queue' | 'if-idle'} Mode */

/** @param {{onSilent: () => void}} options */
export function createSpeech({ onSilent }) {
  const synth = 'speechSynthesis' in window ? window.speechSynthesis : null;
  /** @type {SpeechSynthesisVoice[]} */
  let voices = [];
  /** @type {SpeechSynthesisVoice | null} */
  let voice = null;
  let rate = 1;
  let volume = 1;
  let enabled = true;

  /** Local English voices first, then other local ones, then the rest. @param {SpeechSynthesisVoice} v */
  const rank = v => (v.localService ? 0 : 2) + (v.lang.toLowerCase().startsWith('en') ? 0 : 1);

  function load() {
    voices = (synth?.getVoices() ?? []).slice().sort((a, b) => rank(a) - rank(b));
    if (!voice || !voices.some(v => v.voiceURI === voice?.voiceURI)) voice = voices.find(v => v.default && rank(v) === 0) ?? voices[0] ?? null;
  }

  /** Resolves once voices are known, or after `waitMs` without any. @param {number} waitMs @returns {Promise<SpeechSynthesisVoice[]>} */
  function ready(waitMs = 2000) {
    return new Promise(resolve => {
      if (!synth) { resolve([]); return; }
      const started = performance.now();
      const poll = () => {
        load();
        if (voices.length > 0 || performance.now() - started > waitMs) resolve(voices);
        else setTimeout(poll, 150);
      };
      synth.addEventListener?.('voiceschanged', load);
      poll();
    });
  }

  return {
    ready,
    get voices() { return voices; },
    get voice() { return voice; },
    get enabled() { return enabled; },
    /** True when cues can be spoken at all. */
    get available() { return enabled && !!synth && !!voice; },
    /** @param {string} uri */
    choose(uri) { voice = voices.find(v => v.voiceURI === uri) ?? voice; },
    /** @param {number} r kept within RATES */
    setRate(r) { rate = Math.min(Math.max(r, RATES.min), RATES.max); },
    /** @param {number} v */
    setVolume(v) { volume = v; },
    /** @param {boolean} on */
    setEnabled(on) { enabled = on; if (!on) synth?.cancel(); },
    /**
     * Says `text`: 'interrupt' cuts off what is being said, 'queue' waits its turn, 'if-idle' is dropped while
     * something else is being said (its sound and text still come).
     * @param {string} text @param {Mode} [mode]
     */
    say(text, mode = 'queue') {
      if (!enabled) return;
      if (!synth || !voice) { onSilent(); return; }
      if (mode === 'if-idle' && (synth.speaking || synth.pending)) return;
      if (mode === 'interrupt') synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.voice = voice;
      u.lang = voice.lang;
      u.rate = rate;
      u.volume = volume;
      let started = false;
      u.onstart = () => { started = true; };
      u.onerror = e => { if (!started && e.error !== 'interrupted' && e.error !== 'canceled') onSilent(); };
      // A queued utterance starts late on purpose; only one said at once must answer in time.
      const queued = synth.speaking || synth.pending;
      if (!queued) setTimeout(() => { if (!started && !synth.speaking) onSilent(); }, START_WAIT_MS);
      synth.speak(u);
    },
    cancel() { synth?.cancel(); },
  };
}
