// Sea-rail: the trains under way with their boxes, and what happens at the port's rail gate: the
// passage that sends the arrival report by itself, and the closure of the transit.
import { html, useEffect, useState } from '../../html.js';
import { useLive } from '../../live/use-live.js';
import { formatNumber, formatSpeed, formatTime, t } from '../../i18n/i18n.js';
import { transitStatus } from '../../components/details-panel.js';
import { Legend } from '../../components/legend.js';

const FEED = 30;

export function RailPanel({ live, highlighted, onHighlight }) {
  const store = live.store;
  const [feed, setFeed] = useState([]);
  useLive(store);

  useEffect(() => {
    const statuses = new Map();
    return store.changed.on(({ changed, reset }) => {
      const events = [];
      for (const item of changed) {
        if (item.kind !== 'CONSIGNMENT' || item.mode !== 'RAIL') continue;
        const before = statuses.get(item.consignmentId);
        statuses.set(item.consignmentId, item.status);
        if (before === item.status) continue;
        // The gate passage is what arrives a train's boxes and, all of them in, closes the transit:
        // often both in one report. A snapshot holds the transits closed in the last minutes.
        if (item.status === 'ARRIVED' || item.status === 'CLOSED') events.push({ kind: 'gate', item });
        if (item.status === 'CLOSED') events.push({ kind: 'closed', item });
      }

      if (events.length > 0 || reset) {
        setFeed(f => [...events.map(e => ({ ...e, key: `${e.kind}:${e.item.consignmentId}` })), ...(reset ? [] : f)]
          .filter((e, i, all) => all.findIndex(o => o.key === e.key) === i)
          .sort((a, b) => (a.item.time < b.item.time ? 1 : -1))
          .slice(0, FEED));
      }
    });
  }, [store]);

  const trains = [...store.items.values()].filter(i => i.kind === 'VEHICLE' && (i.category === 'TRAIN' || i.mode === 'RAIL'));
  const shown = trains.filter(train => live.map.markers.byId.get(train.id)?.visible !== false);

  return html`
    <section class="panel-section">
      <h1>${t('panel.rail.title')}</h1>
      <p class="intro">${t('panel.rail.intro')}</p>
      <h2>${t('panel.rail.trains')}</h2>
      ${shown.length === 0 && html`<p class="muted">${t('panel.rail.none')}</p>`}
      <ul class="plain-list trains">
        ${shown.map(train => {
          const transit = store.consignment(train.consignmentId);
          return html`
            <li key=${train.id} data-train=${train.id} class=${highlighted && highlighted === train.consignmentId ? 'picked' : ''}
              onClick=${() => onHighlight(train.consignmentId)}>
              <b>${train.label ?? train.id}</b>
              <span class="tag">${t('panel.rail.boxes', { n: formatNumber(train.containers?.length ?? 0) })}</span>
              <br />
              <span class="muted">${transit?.label ?? train.consignmentId ?? ''} · ${transit ? transitStatus(transit) : ''} · ${formatSpeed(train.speedKmh)}</span>
            </li>`;
        })}
      </ul>
      <h2>${t('panel.rail.feed')}</h2>
      ${feed.length === 0 && html`<p class="muted">${t('panel.rail.noFeed')}</p>`}
      <ol class="plain-list gate-feed">
        ${feed.map(e => html`
          <li key=${e.key} data-event=${e.kind} data-consignment=${e.item.consignmentId}>
            <time datetime=${e.item.time}>${formatTime(e.item.time)}</time>
            <b>${e.kind === 'gate' ? t('panel.rail.gatePassage') : t('panel.rail.closed')}</b>
            <span class="muted">${e.item.consignmentId} · ${t('panel.rail.boxes', { n: formatNumber(e.item.containers?.length ?? 0) })}</span>
          </li>`)}
      </ol>
      <${Legend} sprites=${live.map.markers.sprites()} kinds=${['train']} />
    </section>`;
}
