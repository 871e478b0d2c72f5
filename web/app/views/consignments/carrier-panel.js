// The carrier's card: what it is, where it was last, its ETA and, for a feeder with a mainline
// connection, the cut-off and the margin between them (a negative margin is a missed connection
// in the making, shown as at risk).
import { html } from '../../html.js';
import { formatAgo, formatDateTime, formatDuration, formatSpeed, t } from '../../i18n/i18n.js';
import { carrierKind } from './carrier.js';

export function CarrierPanel({ carrier }) {
  if (!carrier) return null;
  const margin = carrier.marginMinutes;
  const atRisk = margin != null && margin < 0;
  const p = carrier.position;
  return html`
    <section class="card carrier-card ${atRisk ? 'at-risk' : ''}" data-carrier=${carrier.kind} data-at-risk=${atRisk}>
      <h2>${t('consignmentsPages.carrier.title')}</h2>
      <div class="carrier-head">
        <span class="kind-dot kind-${carrierKind(carrier)}"></span>
        <b>${carrier.name ?? carrier.id}</b>
        <span class="muted">${t(`consignmentsPages.carrier.kinds.${carrier.kind}`)} · ${carrier.id}</span>
      </div>
      <dl class="facts">
        <dt>${t('consignmentsPages.carrier.position')}</dt>
        <dd data-field="carrier-position">${p
          ? html`${p.lat.toFixed(4)}, ${p.lon.toFixed(4)} <span class="muted">· ${formatSpeed(p.speedKmh)} · ${formatAgo(p.time)}</span>`
          : html`<span class="muted">${t('consignmentsPages.carrier.noPosition')}</span>`}</dd>
        <dt>${t('consignmentsPages.carrier.eta')}</dt><dd data-field="eta">${formatDateTime(carrier.eta)}</dd>
        ${carrier.kind === 'VESSEL' && carrier.cutoff && html`
          <dt>${t('consignmentsPages.carrier.mainline')}</dt><dd>${carrier.mainlineImo ?? '–'}</dd>
          <dt>${t('consignmentsPages.carrier.cutoff')}</dt><dd data-field="cutoff">${formatDateTime(carrier.cutoff)}</dd>
          <dt>${t('consignmentsPages.carrier.margin')}</dt>
          <dd data-field="margin" data-minutes=${margin ?? ''}>
            ${margin == null ? '–' : html`<b>${formatDuration(margin * 60)}</b>`}
            ${margin != null && html` <span class="tag ${atRisk ? 'danger' : 'ok'}">${t(atRisk ? 'consignmentsPages.carrier.atRisk' : 'consignmentsPages.carrier.onTrack')}</span>`}
          </dd>`}
      </dl>
    </section>`;
}
