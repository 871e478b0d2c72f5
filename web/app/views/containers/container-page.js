// One container (props.number): milestone timeline, customs steps, seal and battery, carrier,
// ETA, and a map of its position with the carrier's and its lock's tracks. While open it watches
// the hub view container:{number} and reloads when a delta says the container changed. Another
// tenant's number and an unknown one read the same (the API answers 404 for both).
import { html, useEffect, useRef, useState } from '../../html.js';
import { ApiError, get } from '../../api/client.js';
import { t, useLanguage } from '../../i18n/i18n.js';
import { usePageConnection } from '../../live/page-connection.js';
import { Header } from '../../components/header.js';
import { ContainerFacts } from './container-facts.js';
import { ContainerMapCard } from './container-map-card.js';
import { CustomsSteps } from './customs-steps.js';
import { MilestoneTimeline } from './milestone-timeline.js';
import { problemText } from './problem-text.js';

/** Deltas come at most every 250 ms; one reload covers a burst of them. */
const RELOAD_AFTER_MS = 300;
/** A new milestone is marked as new for this long. */
const FRESH_MS = 6000;

export function ContainerPage({ number: raw }) {
  useLanguage();
  const number = raw.trim().toUpperCase();
  const live = usePageConnection();
  const [state, setState] = useState({ status: 'loading' });
  const [transit, setTransit] = useState(null);
  const [track, setTrack] = useState(null);
  const [fresh, setFresh] = useState(new Set());
  const known = useRef(null);

  useEffect(() => {
    document.body.dataset.view = 'container';
  }, []);

  // The container, and with it its transit's corridor and tracks (each optional: the page shows what it gets).
  useEffect(() => {
    // The page's connection comes with the first effects: load once it is there, not twice.
    if (!live) return undefined;
    let stopped = false;
    let timer = 0;
    known.current = null;
    setState({ status: 'loading' });
    setTransit(null);
    setTrack(null);

    const load = async () => {
      try {
        const container = await get(`/containers/${encodeURIComponent(number)}`);
        if (stopped) return;
        markFresh(container.timeline ?? []);
        setState({ status: 'found', container });
        const id = consignmentOf(container);
        if (id) {
          const [t1, t2] = await Promise.all([
            get(`/consignments/${encodeURIComponent(id)}`).catch(() => null),
            get(`/consignments/${encodeURIComponent(id)}/track`).catch(() => null),
          ]);
          if (!stopped) {
            setTransit(t1);
            setTrack(t2);
          }
        }
      } catch (e) {
        if (stopped || !(e instanceof ApiError) || e.status === 401) return;
        setState(e.status === 400 ? { status: 'invalid', message: problemText(e) } : e.status === 404 ? { status: 'not-found' } : { status: 'error', message: problemText(e) });
      }
    };

    const markFresh = timeline => {
      const ids = timeline.map(m => m.eventId);
      const before = known.current;
      known.current = new Set(ids);
      if (!before) return;
      const added = ids.filter(id => !before.has(id));
      if (added.length === 0) return;
      setFresh(f => new Set([...f, ...added]));
      setTimeout(() => setFresh(f => new Set([...f].filter(id => !added.includes(id)))), FRESH_MS);
    };

    load();
    const view = `container:${number}`;
    const soon = ({ view: v }) => {
      if (v !== view) return;
      clearTimeout(timer);
      timer = setTimeout(load, RELOAD_AFTER_MS);
    };
    const offSnapshot = live.on('snapshot', soon);
    const offDeltas = live.on('deltas', soon);
    live.subscribe(view);
    return () => {
      stopped = true;
      clearTimeout(timer);
      offSnapshot();
      offDeltas();
      live.unsubscribe(view);
    };
  }, [number, live]);

  const c = state.container;
  const consignmentId = c ? consignmentOf(c) : null;
  return html`
    <div class="page">
      <${Header} live=${live?.connection} />
      <main class="container-page" data-page="container" data-state=${state.status} data-number=${number}>
        ${state.status === 'loading' && html`<p class="muted loading">${t('details.loading')}</p>`}
        ${(state.status === 'not-found' || state.status === 'invalid' || state.status === 'error') && html`
          <section class="card not-found-card" role="alert">
            <h1>${t(state.status === 'not-found' ? 'containersPages.notFound.title' : 'containersPages.invalid.title')}</h1>
            <p data-message>${state.status === 'not-found' ? t('containersPages.notFound.text', { n: number }) : state.message}</p>
            <p><a href="/containers">${t('containersPages.backToList')}</a></p>
          </section>`}
        ${c && html`
          <header class="container-head">
            <div>
              <span class="eyebrow">${t('details.container')}</span>
              <h1 data-number>${c.number}</h1>
              ${transit && html`<p class="route muted">${route(transit)}</p>`}
            </div>
            <a class="back" href="/containers">${t('containersPages.backToList')}</a>
          </header>
          <div class="container-grid">
            <div class="column side">
              <section class="card facts-card">
                <h2>${t('containersPages.sections.status')}</h2>
                <${ContainerFacts} container=${c} transit=${transit} consignmentId=${consignmentId} />
              </section>
              <section class="card timeline-card">
                <h2>${t('containersPages.sections.timeline')} <span class="muted count">${c.timeline?.length ?? 0}</span></h2>
                <p class="legend-line muted">
                  <span class="dot-key act"></span>${t('containersPages.classifier.ACT')}
                  <span class="dot-key est"></span>${t('containersPages.classifier.EST')}
                  <span class="dot-key pln"></span>${t('containersPages.classifier.PLN')}
                </p>
                <${MilestoneTimeline} timeline=${c.timeline} fresh=${fresh} />
              </section>
            </div>
            <div class="column main">
              <section class="card map-card">
                <h2>${t('containersPages.sections.map')}</h2>
                <${ContainerMapCard} position=${c.position} transit=${transit} track=${track} lockId=${c.seal?.lockId} />
                <p class="map-key muted">
                  <span class="key here"></span>${t('containersPages.map.here')}
                  <span class="key lock"></span>${t('containersPages.map.lockTrack')}
                  <span class="key carrier"></span>${t('containersPages.map.carrierTrack')}
                  <span class="key corridor"></span>${t('containersPages.map.corridor')}
                </p>
              </section>
              <section class="card customs-card">
                <h2>${t('containersPages.sections.customs')}</h2>
                <${CustomsSteps} customs=${c.customs} />
              </section>
            </div>
          </div>`}
      </main>
    </div>`;
}

/** The transit the container travels under now: the latest one it was declared in. */
function consignmentOf(container) {
  const links = container.consignments ?? [];
  return links.length ? [...links].sort((a, b) => (a.declaredAt < b.declaredAt ? 1 : -1))[0].consignmentId : null;
}

function route(transit) {
  const place = p => [p.unLocode, p.facility].filter(Boolean).join(' ');
  return `${t(`modes.${transit.mode}`)} · ${place(transit.origin)} → ${place(transit.destination)}`;
}
