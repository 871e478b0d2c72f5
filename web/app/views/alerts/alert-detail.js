// One alert in full: what happened and where (the evidence map), how far off and for how long,
// the summary, the transit and boxes it concerns, its history, and (for customs) the actions.
import { html } from '../../html.js';
import * as session from '../../auth/session.js';
import { alertPointLabel, alertSentence } from '../../components/alert-wording.js';
import { formatDateTime, formatDuration, formatMeters, language, t } from '../../i18n/i18n.js';
import { AlertActions } from './alert-actions.js';
import { EvidenceMapCard } from './evidence-map-card.js';

// The supervision rules raise alerts in the history's name "supervision" (AlertGrain): the system, not a person.
const SYSTEM = 'supervision';

export function AlertDetail({ alert, transit, onChanged, onClose }) {
  const evidence = alert.evidence ?? {};
  const handles = session.claims()?.role === 'customs';
  return html`
    <article class="alert-detail severity-${alert.severity.toLowerCase()}" data-detail=${alert.id} data-status=${alert.status}>
      <header class="detail-head">
        <div>
          <span class="alert-id">${alert.id}</span>
          <h2>${t(`alerts.types.${alert.type}`)}</h2>
          <div class="row-tags">
            <span class="tag severity sev-${alert.severity.toLowerCase()}">${t(`alerts.severity.${alert.severity}`)}</span>
            <span class="tag status-${alert.status.toLowerCase()}" data-detail-status>${t(`alerts.status.${alert.status}`)}</span>
          </div>
        </div>
        <button type="button" class="close" aria-label=${t('details.close')} onClick=${onClose}>×</button>
      </header>
      <p class="summary" data-summary>${alertSentence(alert)}</p>
      ${evidence.summary && language() !== 'en' && html`<p class="summary recorded muted" data-recorded lang="en">${t('alertsPages.sentences.recorded')}: ${evidence.summary}</p>`}
      ${evidence.endedSummary && html`<p class="summary ended muted">${evidence.endedSummary}${evidence.endedAt ? ` · ${formatDateTime(evidence.endedAt)}` : ''}</p>`}
      <div class="measures">
        <div class="measure" data-measure="distance"><span>${t('alertsPages.detail.distance')}</span><b>${evidence.distanceFromCorridorMeters > 0 ? formatMeters(evidence.distanceFromCorridorMeters) : '–'}</b></div>
        <div class="measure" data-measure="duration"><span>${t('alertsPages.detail.duration')}</span><b>${evidence.durationSeconds > 0 ? formatDuration(evidence.durationSeconds) : '–'}</b></div>
        <div class="measure"><span>${t('alertsPages.detail.raisedAt')}</span><b><time datetime=${alert.raisedAt}>${formatDateTime(alert.raisedAt)}</time></b></div>
        ${alert.late && html`<div class="measure" data-measure="late"><span>${t('alertsPages.detail.late')}</span><b>${alert.receivedAt ? html`<time datetime=${alert.receivedAt}>${formatDateTime(alert.receivedAt)}</time>` : '–'}</b></div>`}
      </div>
      <div class="detail-body">
        <div class="evidence">
          <${EvidenceMapCard} alert=${alert} transit=${transit} />
          <p class="map-key muted">
            <span class="key corridor"></span>${t('alertsPages.map.corridor')}${transit?.corridor ? ` (±${formatMeters(transit.corridor.bufferMeters)})` : ''}
            <span class="key track"></span>${t('alertsPages.map.track')}
            <span class="key point"></span>${alertPointLabel(alert)}
          </p>
        </div>
        <div class="record">
          <dl class="facts">
            <dt>${t('details.consignment')}</dt>
            <dd><a href=${`/consignments/${encodeURIComponent(alert.consignmentId)}`} data-link="consignment">${alert.consignmentId}</a>${transit ? html` <span class="tag">${t(`status.${transit.status}`)}</span>` : ''}</dd>
            <dt>${t('details.boxes')}</dt>
            <dd>${alert.containers?.length ? alert.containers.map((c, i) => html`${i > 0 ? ', ' : ''}<a href=${`/containers/${encodeURIComponent(c)}`}>${c}</a>`) : '–'}</dd>
            <dt>${t('details.position')}</dt>
            <dd>${alert.position ? `${alert.position.lat.toFixed(5)}, ${alert.position.lon.toFixed(5)}` : '–'}</dd>
            ${alert.device && html`<dt>${t('alertsPages.detail.device')}</dt><dd>${alert.device}</dd>`}
            ${alert.offices?.length > 0 && html`<dt>${t('details.offices')}</dt><dd>${alert.offices.join(', ')}</dd>`}
          </dl>
          <section class="history">
            <h3>${t('alertsPages.detail.history')}</h3>
            <ol class="history-list" data-count=${alert.history?.length ?? 0}>
              ${(alert.history ?? []).map(h => html`
                <li data-history=${h.status} class="status-${h.status.toLowerCase()}">
                  <span class="dot" aria-hidden="true"></span>
                  <div>
                    <div class="history-head">
                      <b>${t(`alerts.status.${h.status}`)}</b>
                      ${h.disposition && html`<span class="tag disposition" data-disposition=${h.disposition}>${t(`alertsPages.dispositions.${h.disposition}`)}</span>`}
                      <time datetime=${h.at}>${formatDateTime(h.at)}</time>
                    </div>
                    <div class="muted by">${t('alertsPages.detail.by', { who: h.by === SYSTEM ? t('alertsPages.detail.system') : h.by })}</div>
                    ${h.note && html`<p class="note" data-note>${h.note}</p>`}
                  </div>
                </li>`)}
            </ol>
          </section>
          ${handles && html`<${AlertActions} alert=${alert} onDone=${onChanged} />`}
          ${!handles && alert.status !== 'RESOLVED' && html`<p class="muted read-only" data-read-only>${t('alertsPages.actions.readOnly')}</p>`}
        </div>
      </div>
    </article>`;
}
