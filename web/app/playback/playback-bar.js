// The playback controls under a transit's map: play/pause, speed, a scrub bar over the whole
// transit with its alerts marked on it (a click jumps to the alert's moment), and the playback
// time. Driven by requestAnimationFrame: each frame advances the clock by the real time elapsed
// times the speed and hands the new time to the map (onTime), without re-rendering the page.
import { html, useEffect, useState } from '../html.js';
import { formatDateTime, formatNumber, t } from '../i18n/i18n.js';
import { SPEEDS } from './clock.js';

export function PlaybackBar({ clock, alerts = [], onTime }) {
  const [, setFrame] = useState(0);
  const redraw = () => setFrame(n => n + 1);

  useEffect(() => {
    let frame = requestAnimationFrame(function loop(now) {
      const wasPlaying = clock.playing;
      if (clock.tick(now)) {
        onTime(clock.time);
        redraw();
      } else if (wasPlaying !== clock.playing) {
        redraw();
      }

      frame = requestAnimationFrame(loop);
    });
    onTime(clock.time);
    return () => cancelAnimationFrame(frame);
  }, [clock]);

  const seek = time => {
    clock.seek(time);
    onTime(clock.time);
    redraw();
  };
  const toggle = () => {
    if (clock.playing) clock.pause();
    else clock.play();
    onTime(clock.time);
    redraw();
  };
  const span = clock.end - clock.start || 1;
  const at = time => `${Math.min(100, Math.max(0, ((time - clock.start) / span) * 100))}%`;

  return html`
    <div class="playback" data-time=${clock.time} data-playing=${clock.playing} data-speed=${clock.speed}>
      <button type="button" class="play" data-action="play" onClick=${toggle}
        aria-label=${clock.playing ? t('consignmentsPages.playback.pause') : t('consignmentsPages.playback.play')}>
        <span aria-hidden="true">${clock.playing ? '❚❚' : '▶'}</span>
        ${clock.playing ? t('consignmentsPages.playback.pause') : t('consignmentsPages.playback.play')}
      </button>
      <label class="speed">
        <span>${t('consignmentsPages.playback.speed')}</span>
        <select data-control="speed" value=${clock.speed} onChange=${e => { clock.setSpeed(Number(e.target.value)); redraw(); }}>
          ${SPEEDS.map(s => html`<option value=${s} selected=${s === clock.speed}>${t('consignmentsPages.playback.times', { n: formatNumber(s) })}</option>`)}
        </select>
      </label>
      <div class="scrub">
        <input type="range" min=${clock.start} max=${clock.end} step="1000" value=${clock.time}
          aria-label=${t('consignmentsPages.playback.scrub')} onInput=${e => seek(Number(e.target.value))} />
        <div class="scrub-progress" style=${`width: ${at(clock.time)}`}></div>
        <div class="alert-marks">
          ${alerts.map(a => html`
            <button type="button" class="alert-mark severity-${String(a.severity).toLowerCase()}" data-alert=${a.id} data-raised-at=${a.raisedAt}
              style=${`left: ${at(Date.parse(a.raisedAt))}`} title=${`${t(`alerts.types.${a.type}`)} · ${formatDateTime(a.raisedAt)}`}
              onClick=${() => seek(Date.parse(a.raisedAt))}>
              <span class="sr-only">${t(`alerts.types.${a.type}`)}</span>
            </button>`)}
        </div>
        <div class="scrub-ends muted"><span>${formatDateTime(clock.start)}</span><span>${formatDateTime(clock.end)}</span></div>
      </div>
      <output class="playback-time" data-playback-time=${new Date(clock.time).toISOString()}>
        <span class="muted">${t('consignmentsPages.playback.time')}</span>
        <b>${formatDateTime(clock.time)}</b>
      </output>
    </div>`;
}
