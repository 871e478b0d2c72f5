// One transit (props.id): its map (corridor, buffer, zones, tracks) with playback, the carrier,
// the lifecycle, the containers with their seals, and its alerts. Refreshed every 15 s; the
// playback keeps its place and grows with the track.
import { html, useEffect, useMemo, useRef, useState } from '../../html.js';
import { get } from '../../api/client.js';
import { refresher } from '../../api/refresher.js';
import * as session from '../../auth/session.js';
import { Header } from '../../components/header.js';
import { formatDateTime, t, useLanguage } from '../../i18n/i18n.js';
import { PlaybackClock } from '../../playback/clock.js';
import { PlaybackBar } from '../../playback/playback-bar.js';
import { prepare, span } from '../../playback/interpolate.js';
import { carrierKind } from './carrier.js';
import { CarrierPanel } from './carrier-panel.js';
import { Lifecycle } from './lifecycle.js';
import { TransitMap } from './transit-map.js';
import { TransitAlerts, TransitContainers } from './transit-contents.js';

const REFRESH_MS = 15_000;
const WARNING_TYPES = new Set(['RDEV', 'LSTP', 'TMIS']);

export function ConsignmentPage({ id }) {
  useLanguage();
  const [data, setData] = useState(null);
  const [error, setError] = useState(null);
  const mapRef = useRef(null);
  const clockRef = useRef(null);

  useEffect(() => {
    document.body.dataset.view = 'consignment';
    const path = `/consignments/${encodeURIComponent(id)}`;
    const list = refresher(async () => {
      try {
        const [transit, track] = await Promise.all([get(path), get(`${path}/track`)]);
        setError(null);
        // The host names the carrier (feeder, train or truck) with its position, ETA and margin.
        return { transit, track, carrier: transit.carrier ?? null };
      } catch (e) {
        setError(e);
        throw e;
      }
    }, setData, REFRESH_MS);
    return () => list.stop();
  }, [id]);

  const tracks = useMemo(() => (data ? tracksOf(data) : []), [data]);

  // One clock for the page; a refresh stretches its end to the newest point and keeps its place.
  const clock = useMemo(() => {
    const covered = span(tracks.map(t => t.points));
    if (!covered) return null;
    const known = clockRef.current;
    if (known) {
      const atEnd = !known.playing && known.time >= known.end;
      known.end = Math.max(known.end, covered.last);
      if (atEnd) known.seek(known.end);
      return known;
    }

    const fresh = new PlaybackClock(covered.first, covered.last);
    fresh.seek(fresh.end);
    clockRef.current = fresh;
    return fresh;
  }, [tracks]);

  if (!data) {
    return html`<div class="page"><${Header} />
      <main class="message-page" data-page="consignment">
        ${error ? html`<p class="error" role="alert">${error.status === 404 ? t('consignmentsPages.detail.notFound', { id }) : t('errors.generic', { detail: error.message })}</p>`
          : html`<p class="muted">${t('details.loading')}</p>`}
      </main></div>`;
  }

  const { transit, carrier } = data;
  const alerts = transit.openAlerts ?? [];
  const jump = alert => {
    if (!clock) return;
    clock.seek(Date.parse(alert.raisedAt));
    mapRef.current?.showAt(clock.time);
  };

  return html`
    <div class="page">
      <${Header} />
      <main class="transit-page" data-page="consignment" data-consignment=${transit.id}>
        <section class="transit-main">
          <${TransitSummary} transit=${transit} />
          <div class="transit-map-wrap">
            <${TransitMap} transit=${transit} tracks=${tracks} carrierNow=${carrier} alerts=${alerts} mapRef=${mapRef} timeNow=${() => clock?.time}
              warned=${alerts.some(a => WARNING_TYPES.has(a.type))} />
            <${TrackLegend} tracks=${tracks} />
          </div>
          ${clock
            ? html`<${PlaybackBar} key=${transit.id} clock=${clock} alerts=${alerts} onTime=${time => mapRef.current?.showAt(time)} />`
            : html`<p class="playback empty muted">${t('consignmentsPages.playback.noTrack')}</p>`}
        </section>
        <aside class="transit-side">
          <${CarrierPanel} carrier=${carrier} />
          <${Lifecycle} history=${transit.history ?? []} />
          <${TransitContainers} transit=${transit} />
          <${TransitAlerts} alerts=${alerts} onPick=${jump} />
        </aside>
      </main>
    </div>`;
}

function TransitSummary({ transit }) {
  const place = p => (p.facility ? `${p.facility} · ${p.unLocode}` : p.unLocode);
  // The list is for those who watch the flows; an enterprise comes here from its container.
  const listed = session.watchesFlows();
  return html`
    <header class="transit-summary">
      <div>
        ${listed && html`<a class="muted back" href="/consignments">← ${t('consignmentsPages.list.title')}</a>`}
        <h1>${t('consignmentsPages.detail.title', { id: transit.id })}
          <span class="tag mode-${transit.mode}">${t(`modes.${transit.mode}`)}</span>
          <span class="tag status" data-status=${transit.status}>${t(`status.${transit.status}`)}</span>
          ${transit.onHold && html`<span class="tag warning">${t('status.onHold')}</span>`}
        </h1>
        <p class="route">${place(transit.origin)} → ${place(transit.destination)}</p>
      </div>
      <dl class="facts inline">
        <dt>${t('consignmentsPages.detail.offices')}</dt>
        <dd>${[transit.departureOffice, transit.destinationOffice, transit.supervisingOffice].filter(Boolean).join(' → ')}</dd>
        <dt>${t('consignmentsPages.detail.deadline')}</dt><dd>${formatDateTime(transit.deadline)}</dd>
        <dt>${t('consignmentsPages.detail.tenant')}</dt><dd>${transit.tenant}</dd>
      </dl>
    </header>`;
}

function TrackLegend({ tracks }) {
  const kinds = [...new Set(tracks.map(t => t.kind))];
  return html`
    <ul class="track-legend">
      <li><span class="line corridor"></span>${t('consignmentsPages.legend.corridor')}</li>
      ${kinds.map(kind => html`<li><span class=${`line kind-${kind}`}></span>${t(`consignmentsPages.legend.${kind}`)}</li>`)}
    </ul>`;
}

/** The tracks to draw: each lock, the vehicle, and the carrier (unless the carrier is the vehicle). */
function tracksOf({ transit, track, carrier }) {
  const result = [];
  for (const lock of track.locks ?? []) {
    const container = transit.locks.find(l => l.lockId === lock.id)?.container;
    result.push({ key: `lock:${lock.id}`, kind: 'lock', label: `${t('details.lock')} ${lock.id}${container ? ` · ${container}` : ''}`, points: prepare(lock.points) });
  }

  // A truck or train is both the vehicle and the carrier: drawn once, as the vehicle unless the carrier's track
  // has more of it (both are clamped to the transit's own time, so they normally match).
  const same = track.vehicle && track.carrier && track.vehicle.id === track.carrier.id;
  const carrierTrack = same && track.carrier.points.length <= track.vehicle.points.length ? null : track.carrier;
  if (track.vehicle && !(same && carrierTrack)) {
    const kind = transit.mode === 'RAIL' ? 'train' : 'truck';
    result.push({ key: `vehicle:${track.vehicle.id}`, kind, label: `${t(`kinds.${kind}`)} ${track.vehicle.id}`, points: prepare(track.vehicle.points) });
  }

  if (carrierTrack) {
    const kind = carrierKind(carrierTrack);
    result.push({ key: `carrier:${carrierTrack.id}`, kind, label: `${t(`kinds.${kind}`)} ${carrier?.name ?? carrierTrack.id}`, points: prepare(carrierTrack.points) });
  }

  return result.filter(r => r.points.length > 0);
}
