// Road transit under smart lock: each transit with its corridor drawn, its locks' seals, and how
// far each lock is from its truck (the two tracks customs compares). Deviations and long stops
// are flagged, and the corridor turns red on the map.
import { html } from '../../html.js';
import { useLive } from '../../live/use-live.js';
import { formatMeters, t } from '../../i18n/i18n.js';
import { transitStatus } from '../../components/details-panel.js';
import { Legend } from '../../components/legend.js';

export function RoadPanel({ live, transits, highlighted, onHighlight }) {
  const store = live.store;
  useLive(store);

  const alerts = [...store.alerts.values()];
  return html`
    <section class="panel-section">
      <h1>${t('panel.road.title')}</h1>
      <p class="intro">${t('panel.road.intro')}</p>
      <h2>${t('panel.road.transits')}</h2>
      ${transits.length === 0 && html`<p class="muted">${t('panel.road.none')}</p>`}
      <ul class="plain-list transits">
        ${transits.map(g => html`<${TransitRow} key=${g.consignmentId} transit=${g} store=${store}
          alerts=${alerts.filter(a => a.consignmentId === g.consignmentId)} picked=${highlighted === g.consignmentId}
          onPick=${() => {
            onHighlight(g.consignmentId);
            const truck = g.vehicleId && store.items.get(`vehicle:${g.vehicleId}`);
            if (truck) live.map.panTo(truck.lat, truck.lon, 12);
          }} />`)}
      </ul>
      <${Legend} sprites=${live.map.markers.sprites()} kinds=${['truck', 'lock']} />
    </section>`;
}

function TransitRow({ transit: g, store, alerts, picked, onPick }) {
  const live = store.consignment(g.consignmentId);
  const truck = g.vehicleId ? store.items.get(`vehicle:${g.vehicleId}`) : null;
  const deviating = alerts.some(a => a.type === 'RDEV');
  const stopped = alerts.some(a => a.type === 'LSTP');
  return html`
    <li class="${deviating || stopped ? 'warned' : ''} ${picked ? 'picked' : ''}" data-consignment=${g.consignmentId} onClick=${onPick}>
      <b>${g.consignmentId}</b> <span class="muted">${g.origin.facility ?? g.origin.unLocode} → ${g.destination.facility ?? g.destination.unLocode}</span>
      <br />
      <span>${live ? transitStatus(live) : t(`status.${g.status}`)}</span>
      ${g.vehicleId && html` · <span>${t('kinds.truck')} ${g.vehicleId}</span>`}
      ${deviating && html` <span class="tag danger">${t('panel.road.deviation')}</span>`}
      ${stopped && html` <span class="tag warning">${t('panel.road.longStop')}</span>`}
      <ul class="locks">
        ${g.locks.map(l => {
          const lock = store.items.get(`lock:${l.lockId}`);
          const gap = lock && truck ? meters(lock, truck) : null;
          return html`
            <li data-lock=${l.lockId}>
              ${t('details.lock')} ${l.lockId} · ${l.container} ·
              <span class="seal-${lock?.status ?? 'unknown'}">${t(`seal.${lock?.status ?? 'unknown'}`)}</span>
              ${gap != null && html` · ${t('panel.road.lockTruck')} <b>${formatMeters(gap)}</b>`}
            </li>`;
        })}
      </ul>
    </li>`;
}

/** Great-circle distance between two live items, in metres. */
function meters(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}
