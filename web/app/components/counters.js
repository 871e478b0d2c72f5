// How many objects the map shows, by kind and by status, updated live (twice a second at most).
import { html, useEffect, useState } from '../html.js';
import { formatNumber, t } from '../i18n/i18n.js';
import { MARKER_KINDS, MARKER_STATUSES } from '../live/store.js';
import { STATUS_COLOURS } from '../map/sprites.js';

export function Counters({ map }) {
  const [counts, setCounts] = useState({ byKind: {}, byStatus: {} });
  useEffect(() => map.counts.on(setCounts), [map]);
  const sprites = map.markers.sprites();
  const total = Object.values(counts.byKind).reduce((a, b) => a + b, 0);
  const kinds = MARKER_KINDS.filter(k => counts.byKind[k] > 0);

  return html`
    <section class="counters" aria-label=${t('counters.title')} data-total=${total}>
      <div class="counter-group">
        <h3>${t('counters.byKind')}</h3>
        ${kinds.length === 0 && html`<span class="muted">0</span>`}
        ${kinds.map(kind => html`
          <div class="counter" data-kind=${kind}>
            <img src=${sprites.swatch(kind)} alt="" width="18" height="18" />
            <span class="label">${t(`kinds.${kind}s`)}</span>
            <b>${formatNumber(counts.byKind[kind])}</b>
          </div>`)}
      </div>
      <div class="counter-group">
        <h3>${t('counters.byStatus')}</h3>
        ${MARKER_STATUSES.map(status => html`
          <div class="counter" data-status=${status}>
            <span class="swatch" style=${`background:${STATUS_COLOURS[status] ?? '#334155'}`}></span>
            <span class="label">${t(`markerStatus.${status}`)}</span>
            <b>${formatNumber(counts.byStatus[status] ?? 0)}</b>
          </div>`)}
      </div>
    </section>`;
}
