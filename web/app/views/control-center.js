// The control center and its three flow views: one live map, filtered by the hub view the page
// subscribes to, with the view's own side panel, the counters, the alert ticker and details.
import { html, useEffect, useRef, useState } from '../html.js';
import { endSession } from '../api/client.js';
import { t, useLanguage } from '../i18n/i18n.js';
import { LiveConnection } from '../live/hub.js';
import { LiveStore } from '../live/store.js';
import { LiveMap } from '../map/live-map.js';
import { Header } from '../components/header.js';
import { Counters } from '../components/counters.js';
import { AlertTicker } from '../components/alert-ticker.js';
import { DetailsPanel } from '../components/details-panel.js';
import { useCorridors } from './use-corridors.js';
import { OverviewPanel } from './panels/overview-panel.js';
import { WaterPanel } from './panels/water-panel.js';
import { RailPanel } from './panels/rail-panel.js';
import { RoadPanel } from './panels/road-panel.js';

const PANELS = { overview: OverviewPanel, water: WaterPanel, rail: RailPanel, road: RoadPanel };

export function ControlCenter({ view }) {
  const lang = useLanguage();
  const mapElement = useRef(null);
  const viewRef = useRef(view);
  const [live, setLive] = useState(null);
  const [selection, setSelection] = useState(null);
  const [highlighted, setHighlighted] = useState(null);
  const [error, setError] = useState(null);

  useEffect(() => {
    const store = new LiveStore();
    const connection = new LiveConnection({
      snapshot: (v, items) => (v === 'alerts' ? store.alertSnapshot(items) : v === viewRef.current && store.snapshot(items)),
      deltas: (v, items) => v === viewRef.current && store.deltas(items),
      alert: alert => store.alert(alert),
      refused: reason => endSession(reason),
      failed: (v, e) => setError(`${v}: ${e.message ?? e}`),
    });
    const map = new LiveMap(mapElement.current, store);
    const offState = connection.stateChanged.on(state => (document.body.dataset.connection = state));
    const offSelect = map.selected.on(setSelection);
    connection.start();
    connection.subscribe(viewRef.current);
    connection.subscribe('alerts');
    setLive({ store, connection, map });
    window.tracker = { store, map, connection };
    return () => {
      offState();
      offSelect();
      connection.stop();
      map.destroy();
      delete window.tracker;
    };
  }, []);

  useEffect(() => {
    document.body.dataset.view = view;
    if (!live) return;
    const previous = viewRef.current;
    viewRef.current = view;
    if (previous !== view || !live.homed) {
      live.homed = true;
      live.map.home(view);
    }

    if (previous !== view) {
      // The old view's markers go at once; the new view's snapshot follows its subscription.
      live.store.snapshot([]);
      live.connection.unsubscribe(previous);
      live.connection.subscribe(view);
      setSelection(null);
      live.map.select(null);
    }

    live.map.region.show(view);
  }, [view, live]);

  useEffect(() => {
    live?.map.relabel();
  }, [lang, live]);

  useEffect(() => {
    live?.map.highlight(highlighted);
  }, [highlighted, live]);

  const transits = useCorridors(live, view, highlighted);
  const Panel = PANELS[view];
  const pick = alert => {
    setHighlighted(alert.consignmentId);
    if (alert.position) live.map.panTo(alert.position.lat, alert.position.lon, 10);
  };

  return html`
    <div class="page control-center">
      <${Header} live=${live?.connection} />
      <main class="workspace">
        <section class="map-area">
          <div id="map" class="map" ref=${mapElement} data-marker-count="0" aria-label=${t(`nav.${view}`)}></div>
          ${live && html`<${Counters} map=${live.map} />`}
          ${live && selection && html`<${DetailsPanel} item=${selection} store=${live.store} onClose=${() => { setSelection(null); live.map.select(null); }} />`}
          ${error && html`<p class="map-error" role="alert">${t('errors.generic', { detail: error })}</p>`}
        </section>
        <aside class="side-panel" data-panel=${view}>
          ${live && html`<${Panel} live=${live} transits=${transits} highlighted=${highlighted} onHighlight=${setHighlighted} />`}
          ${live && html`<${AlertTicker} store=${live.store} view=${view} highlighted=${highlighted} onPick=${pick} />`}
        </aside>
      </main>
    </div>`;
}
