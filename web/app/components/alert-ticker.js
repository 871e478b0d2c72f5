// Pushed alerts, newest first. A new one flashes; picking one pans the map to it and rings its transit.
// A flow view lists the alerts of its own transits; the overview lists them all.
import { html, useEffect, useState } from '../html.js';
import { formatTime, t } from '../i18n/i18n.js';
import { alertLine, alertSubject } from './alert-wording.js';

const SHOWN = 50;
const FRESH_MS = 4000;

export function AlertTicker({ store, view, highlighted, onPick }) {
  const [alerts, setAlerts] = useState(() => sorted(store, view));
  const [fresh, setFresh] = useState(new Set());

  // Which transits a flow view has is known only once its items arrive.
  useEffect(() => {
    setAlerts(sorted(store, view));
    return store.changed.on(({ changed, reset }) => {
      if (reset || changed.some(i => i.kind === 'CONSIGNMENT')) setAlerts(sorted(store, view));
    });
  }, [store, view]);

  useEffect(() => store.alertChanged.on(alert => {
    setAlerts(sorted(store, view));
    if (alert?.status === 'OPEN') {
      setFresh(f => new Set(f).add(alert.id));
      setTimeout(() => setFresh(f => {
        const next = new Set(f);
        next.delete(alert.id);
        return next;
      }), FRESH_MS);
    }
  }), [store, view]);

  return html`
    <section class="ticker" aria-label=${t('alerts.title')}>
      <h2>${t('alerts.title')} <span class="badge" data-count=${alerts.length}>${alerts.length}</span></h2>
      ${alerts.length === 0 && html`<p class="muted empty">${t('alerts.empty')}</p>`}
      <ol class="alert-list">
        ${alerts.slice(0, SHOWN).map(alert => html`
          <li key=${alert.id}>
            <button type="button" data-alert=${alert.id} data-type=${alert.type}
              class="alert-item severity-${alert.severity.toLowerCase()} ${fresh.has(alert.id) ? 'fresh' : ''} ${highlighted === alert.consignmentId ? 'picked' : ''}"
              title=${t('alerts.showOnMap')} onClick=${() => onPick(alert)}>
              <span class="alert-head">
                <b>${alertLine(alert)}</b>
                <time datetime=${alert.raisedAt}>${formatTime(alert.raisedAt)}</time>
              </span>
              <span class="alert-sub">${alertSubject(alert)}</span>
              <span class="alert-tags">
                <span class="tag severity">${t(`alerts.severity.${alert.severity}`)}</span>
                <span class="tag status-${alert.status.toLowerCase()}">${t(`alerts.status.${alert.status}`)}</span>
              </span>
            </button>
          </li>`)}
      </ol>
      ${alerts.length > SHOWN && html`<p class="muted">${t('alerts.more', { n: alerts.length - SHOWN })}</p>`}
    </section>`;
}

function sorted(store, view) {
  return [...store.alerts.values()].filter(a => view === 'overview' || store.consignment(a.consignmentId)).sort((a, b) => (a.raisedAt < b.raisedAt ? 1 : a.raisedAt > b.raisedAt ? -1 : 0));
}
