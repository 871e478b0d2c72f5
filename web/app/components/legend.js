// The map's key: a swatch per kind of marker and per status colour.
import { html } from '../html.js';
import { t } from '../i18n/i18n.js';
import { STATUS_COLOURS } from '../map/sprites.js';

export function Legend({ sprites, kinds }) {
  return html`
    <details class="legend" open>
      <summary>${t('map.legend')}</summary>
      <ul>
        ${kinds.map(kind => html`<li><img src=${sprites.swatch(kind)} alt="" width="18" height="18" />${t(`kinds.${kind}`)}</li>`)}
        ${['held', 'alert', 'stale'].map(status => html`<li><span class="swatch" style=${`background:${STATUS_COLOURS[status]}`}></span>${t(`markerStatus.${status}`)}</li>`)}
      </ul>
    </details>`;
}
