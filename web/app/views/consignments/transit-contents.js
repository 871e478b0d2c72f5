// What a transit carries and what went wrong: its containers with their locks' seal states
// (each links to the container's page), and its open alerts (each links to the alerts console).
import { html } from '../../html.js';
import { formatDateTime, t } from '../../i18n/i18n.js';
import { alertLine } from '../../components/alert-wording.js';

export function TransitContainers({ transit }) {
  return html`
    <section class="card">
      <h2>${t('consignmentsPages.containers.title', { n: transit.containers.length })}</h2>
      <table class="grid containers-table">
        <thead><tr><th>${t('consignmentsPages.containers.number')}</th><th>${t('consignmentsPages.containers.lock')}</th><th>${t('consignmentsPages.containers.seal')}</th></tr></thead>
        <tbody>
          ${transit.containers.map(number => {
            const lock = transit.locks.find(l => l.container === number);
            const seal = lock?.seal ?? 'unknown';
            return html`
              <tr data-container=${number}>
                <td><a href=${`/containers/${encodeURIComponent(number)}`}>${number}</a></td>
                <td>${lock?.lockId ?? html`<span class="muted">–</span>`}</td>
                <td>${lock ? html`<span class="seal seal-${seal}" data-seal=${seal}>${t(`seal.${seal}`)}</span>` : html`<span class="muted">${t('consignmentsPages.containers.noLock')}</span>`}</td>
              </tr>`;
          })}
        </tbody>
      </table>
    </section>`;
}

export function TransitAlerts({ alerts, onPick }) {
  return html`
    <section class="card">
      <h2>${t('consignmentsPages.alerts.title', { n: alerts.length })}</h2>
      ${alerts.length === 0 && html`<p class="muted">${t('consignmentsPages.alerts.none')}</p>`}
      <ul class="plain-list transit-alerts">
        ${alerts.map(a => html`
          <li class="severity-${String(a.severity).toLowerCase()}" data-alert=${a.id}>
            <a href=${`/alerts?id=${encodeURIComponent(a.id)}`}><b>${alertLine(a)}</b></a>
            <span class="tag status-${String(a.status).toLowerCase()}">${t(`alerts.status.${a.status}`)}</span>
            <br /><button type="button" class="link-button muted" onClick=${() => onPick(a)}>${formatDateTime(a.raisedAt)} · ${t('consignmentsPages.alerts.jump')}</button>
          </li>`)}
      </ul>
    </section>`;
}
