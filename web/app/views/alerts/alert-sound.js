// An audible cue for new high-severity alerts: off by default, the choice remembered in
// localStorage. The tone is made with WebAudio (no audio file). Browsers let audio start only
// after a user gesture, so the context is made when the user turns the sound on.
import { html, useState } from '../../html.js';
import { t } from '../../i18n/i18n.js';

const KEY = 'tracker.alertSound';
let context = null;

export function soundOn() {
  return localStorage.getItem(KEY) === 'on';
}

/** Two short tones for a critical alert, one for a high one. */
export function chime(severity) {
  if (!soundOn()) return;
  context ??= makeContext();
  if (!context) return;
  if (context.state === 'suspended') context.resume().catch(() => {});
  const beeps = severity === 'CRITICAL' ? 2 : 1;
  for (let i = 0; i < beeps; i++) tone(context.currentTime + i * 0.22, severity === 'CRITICAL' ? 988 : 880);
}

function tone(at, frequency) {
  const oscillator = context.createOscillator();
  const gain = context.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = frequency;
  // A quick attack and decay: a click-free blip rather than a square beep.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18);
  oscillator.connect(gain).connect(context.destination);
  oscillator.start(at);
  oscillator.stop(at + 0.2);
}

function makeContext() {
  const Context = window.AudioContext ?? window.webkitAudioContext;
  try {
    return Context ? new Context() : null;
  } catch {
    return null;
  }
}

export function SoundToggle() {
  const [on, setOn] = useState(soundOn());
  const toggle = () => {
    const next = !on;
    localStorage.setItem(KEY, next ? 'on' : 'off');
    setOn(next);
    if (next) {
      context ??= makeContext();
      context?.resume().catch(() => {});
    }
  };

  return html`
    <button type="button" class="sound-toggle ${on ? 'on' : ''}" aria-pressed=${on ? 'true' : 'false'} data-action="sound" onClick=${toggle}
      title=${t('alertsPages.sound.hint')}>
      <span class="switch" aria-hidden="true"></span> ${t('alertsPages.sound.label')}
    </button>`;
}
