// What a click on a marker opens: the object's details, read from the API when opened and kept
// moving with its live item (position, speed, last report) while open.
import { html, useEffect, useState } from '../html.js';
import { get } from '../api/client.js';
import {
  formatAgo, formatDateTime, formatKnots, formatNumber, formatSpeed, t, tMaybe,
} from '../i18n/i18n.js';
import { markerKind } from '../live/store.js';

export function DetailsPanel({ item: picked, store, onClose }) {
  const [item, setItem] = useState(picked);
  const [details, setDetails] = useState(undefined);
  const kind = markerKind(picked);

  useEffect(() => {
    setItem(picked);
    return store.changed.on(({ changed }) => {
      const fresh = changed.find(i => i.id === picked.id);
      if (fresh) setItem(fresh);
    });
  }, [picked, store]);

  useEffect(() => {
    setDetails(undefined);
    const controller = new AbortController();
    load(picked, controller.signal).then(setDetails, e => !controller.signal.aborted && setDetails(e.status === 404 ? null : { error: e.message }));
    return () => controller.abort();
  }, [picked.id]);

  const rows = details === undefined ? null : rowsFor(kind, item, details, store);
  return html`
    <section class="details" aria-label=${item.label ?? item.id} data-details=${item.id}>
      <header>
        <div>
          <span class="kind">${t(`kinds.${kind}`)}</span>
          <h2>${item.label ?? item.id}</h2>
        </div>
        <button type="button" class="close" aria-label=${t('details.close')} onClick=${onClose}>×</button>
      </header>
      ${details === undefined && html`<p class="muted">${t('details.loading')}</p>`}
      ${details === null && html`<p class="muted">${t('details.notFound')}</p>`}
      ${rows && html`<dl>${rows.filter(Boolean).map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`}
    </section>`;
}

async function load(item, signal) {
  switch (item.kind) {
    case 'VESSEL':
      return { vessel: await get(`/vessels/${item.id.slice('vessel:'.length)}`, { signal }) };
    case 'LOCK': {
      const container = item.containers?.[0];
      return { container: container ? await get(`/containers/${container}`, { signal }).catch(() => null) : null };
    }
    default:
      return { consignment: item.consignmentId ? await get(`/consignments/${encodeURIComponent(item.consignmentId)}`, { signal }).catch(() => null) : null };
  }
}

function rowsFor(kind, item, details, store) {
  const common = [
    [t('details.speed'), kind === 'feeder' || kind === 'mainline' || kind === 'vessel' ? `${formatKnots(item.speedKmh)} (${formatSpeed(item.speedKmh)})` : formatSpeed(item.speedKmh)],
    item.heading != null && [t('details.heading'), t('units.degrees', { v: formatNumber(item.heading, { maximumFractionDigits: 0 }) })],
    [t('details.lastFix'), html`<time datetime=${item.time}>${formatDateTime(item.time)}</time> <span class="muted">(${formatAgo(item.time)})</span>`],
    [t('details.position'), `${item.lat?.toFixed(4)}, ${item.lon?.toFixed(4)}`],
  ];

  if (details?.error) return [[t('details.status'), t('errors.generic', { detail: details.error })], ...common];
  if (item.kind === 'VESSEL') {
    const v = details.vessel;
    return [
      [t('details.name'), v.name ?? '–'],
      [t('details.imo'), v.imo],
      [t('details.mmsi'), v.mmsi ?? '–'],
      v.role && v.role !== 'UNKNOWN' && [t('details.role'), t(`kinds.${v.role.toLowerCase()}`)],
      [t('details.destination'), v.destination ?? '–'],
      [t('details.eta'), formatDateTime(v.eta)],
      [t('details.boxesAboard'), boxes(v.containersAboard)],
      ...common,
    ];
  }

  if (item.kind === 'LOCK') {
    const c = details.container;
    return [
      [t('details.container'), item.containers?.[0] ?? '–'],
      [t('details.consignment'), item.consignmentId ?? '–'],
      [t('details.seal'), t(`seal.${item.status ?? 'unknown'}`)],
      c && [t('details.battery'), c.seal?.batteryPct != null ? t('units.percent', { v: formatNumber(c.seal.batteryPct) }) : '–'],
      c && [t('details.customs'), customs(c)],
      c && [t('details.terminal'), terminal(c)],
      c && [t('details.carrier'), c.carrier ? `${t(`kinds.${c.carrier.kind.toLowerCase()}`)} ${c.carrier.id}` : '–'],
      c?.eta && [t('details.eta'), formatDateTime(c.eta)],
      ...common,
    ];
  }

  const consignment = details.consignment;
  const transit = store.consignment(item.consignmentId);
  return [
    [t('details.consignment'), item.consignmentId ?? '–'],
    transit && [t('details.status'), transitStatus(transit)],
    consignment && [t('details.route'), `${consignment.origin.unLocode}${consignment.origin.facility ? ` ${consignment.origin.facility}` : ''} → ${consignment.destination.unLocode}${consignment.destination.facility ? ` ${consignment.destination.facility}` : ''}`],
    consignment && [t('details.deadline'), formatDateTime(consignment.deadline)],
    [t('details.boxes'), boxes(item.containers)],
    ...common,
  ];
}

export function transitStatus(transit) {
  const status = t(`status.${transit.status}`);
  return transit.held ? `${status} · ${t('status.onHold')}` : status;
}

function customs(container) {
  const summary = t(`customs.${container.customs.summary ?? 'NONE'}`);
  return container.customs.arrivalReported ? `${summary} · ${t('customs.arrivalReported')}` : summary;
}

function terminal(container) {
  const code = container.terminal?.lastCode;
  if (!code) return '–';
  const where = [container.terminal.unLocode, container.terminal.facility].filter(Boolean).join(' ');
  return `${tMaybe(`events.${code}`) ?? code}${where ? ` · ${where}` : ''}`;
}

function boxes(list) {
  if (!list?.length) return t('details.none');
  const shown = list.slice(0, 6).join(', ');
  return html`<b>${formatNumber(list.length)}</b> <span class="muted">${shown}${list.length > 6 ? '…' : ''}</span>`;
}
