// The live map: basemap, region, corridors and markers, driven by one animation-frame loop that
// applies the hub's queued changes, glides the markers and publishes what tests and operators
// read off the map element (data-marker-count, data-updated-at, data-kind-counts, data-snapshot-at).
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { Emitter } from '../events.js';
import { StatusIndex } from '../live/store.js';
import { addBasemap } from './basemap.js';
import { CorridorLayers } from './corridor-layers.js';
import { MarkerLayer } from './marker-layer.js';
import { RegionLayers, escapeHtml } from './region-layers.js';
import { formatMeters, t } from '../i18n/i18n.js';

/** Statuses change with the clock too (a marker goes stale): recomputed at least this often. */
const CLASSIFY_EVERY_MS = 1000;
const COUNTS_EVERY_MS = 500;

/** Where each view opens: the whole region, the feeder lanes, the rail corridors, the road transits around Qingdao. */
export const HOMES = {
  overview: { center: [35.9, 121.2], zoom: 7 },
  water: { center: [34.6, 122.0], zoom: 6.5 },
  rail: { center: [35.5, 119.1], zoom: 8 },
  road: { center: [36.16, 120.12], zoom: 10 },
};

export class LiveMap {
  counts = new Emitter();
  selected = new Emitter();

  #frame = 0;
  #classifiedAt = 0;
  #countedAt = 0;
  #needsClassify = true;
  #hovered = null;
  #attributes = {};

  constructor(element, store) {
    this.element = element;
    this.store = store;
    this.status = new StatusIndex(store);
    const map = (this.map = L.map(element, {
      preferCanvas: true, minZoom: 4, maxZoom: 16, zoomSnap: 0.5, worldCopyJump: false, zoomControl: false,
      maxBounds: [[5, 90], [58, 155]], maxBoundsViscosity: 0.8, attributionControl: true,
    }).setView(HOMES.overview.center, HOMES.overview.zoom));
    map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
    this.scale = new LocalScale({ imperial: false, position: 'bottomleft' }).addTo(map);
    // Land at the bottom, then transit corridors, then the region's lines and places, then the live markers.
    map.createPane('basemapPane').style.zIndex = 200;
    map.createPane('corridorPane').style.zIndex = 380;
    map.createPane('livePane').style.zIndex = 610;

    this.land = L.canvas({ padding: 0.2, pane: 'basemapPane' });
    this.vectors = L.canvas({ padding: 0.2 });
    this.corridorRenderer = L.canvas({ padding: 0.2, pane: 'corridorPane' });
    this.region = new RegionLayers(map, this.vectors);
    this.corridors = new CorridorLayers(map, this.corridorRenderer);
    this.markers = new MarkerLayer({ pane: 'livePane' }).addTo(map);
    this.tooltip = L.DomUtil.create('div', 'marker-tooltip', element);
    this.relabel();

    this.ready = Promise.all([addBasemap(map, this.land), this.region.load()]);
    map.on('mousemove', e => this.#hover(e.containerPoint));
    map.on('mouseout', () => this.#hover(null));
    map.on('click', e => this.#click(e.containerPoint));
    store.alertChanged.on(() => (this.#needsClassify = true));
    this.#frame = requestAnimationFrame(now => this.#tick(now));
  }

  destroy() {
    cancelAnimationFrame(this.#frame);
    this.map.remove();
  }

  /** Rings the markers of a transit (and its carrier), as when an alert is picked. */
  highlight(consignmentId) {
    const carrier = this.store.consignment(consignmentId)?.carrier ?? null;
    this.markers.mark({ highlight: consignmentId ? { consignmentId, carrier } : null });
  }

  /** The map's own controls in the chosen language (the region's labels relabel themselves). */
  relabel() {
    this.zoom?.remove();
    this.zoom = L.control.zoom({ zoomInTitle: t('map.zoomInButton'), zoomOutTitle: t('map.zoomOutButton') }).addTo(this.map);
    this.scale._update();
    this.region.relabel();
  }

  /** Shows the view's home area. */
  home(view) {
    const home = HOMES[view] ?? HOMES.overview;
    this.map.setView(home.center, home.zoom, { animate: false });
  }

  select(id) {
    this.markers.mark({ selected: id });
  }

  panTo(lat, lon, zoom) {
    this.map.setView([lat, lon], Math.max(this.map.getZoom(), zoom ?? 11));
  }

  #tick(now) {
    this.#frame = requestAnimationFrame(next => this.#tick(next));
    const wall = Date.now();
    const batch = this.store.flush();
    if (batch) {
      this.markers.sync(batch.changed, batch.reset, now);
      if (batch.reset) this.#attribute('snapshotAt', this.store.updatedAt);
      if (batch.reset || batch.changed.some(i => i.kind === 'CONSIGNMENT')) this.#needsClassify = true;
      else this.markers.reclassify(batch.changed, this.status, wall);
    }

    if (this.#needsClassify || wall - this.#classifiedAt > CLASSIFY_EVERY_MS) {
      this.status.rebuild();
      this.markers.classify(this.status, wall);
      this.#classifiedAt = wall;
      this.#needsClassify = false;
    }

    this.markers.draw(now);
    if (this.#hovered) this.#placeTooltip();
    if (wall - this.#countedAt > COUNTS_EVERY_MS || batch) this.#publish(wall);
  }

  #publish(wall) {
    const counts = this.markers.counts();
    const total = Object.values(counts.byKind).reduce((a, b) => a + b, 0);
    this.#attribute('markerCount', String(total));
    this.#attribute('kindCounts', JSON.stringify(counts.byKind));
    if (this.store.updatedAt) this.#attribute('updatedAt', this.store.updatedAt);
    if (wall - this.#countedAt > COUNTS_EVERY_MS) {
      this.#countedAt = wall;
      this.counts.emit(counts);
    }
  }

  #attribute(name, value) {
    if (this.#attributes[name] === value) return;
    this.#attributes[name] = value;
    this.element.dataset[name] = value;
  }

  #hover(point) {
    const hit = point ? this.markers.hitTest(point) : null;
    this.map.getContainer().style.cursor = hit ? 'pointer' : '';
    if (!hit) {
      this.#hovered = null;
      this.tooltip.classList.remove('shown');
      return;
    }

    this.#hovered = hit;
    this.tooltip.innerHTML = hit.cluster
      ? `<strong>${escapeHtml(t('map.clusterOf', { n: hit.cluster.count }))}</strong><span>${escapeHtml(t('map.zoomIn'))}</span>`
      : `<strong>${escapeHtml(hit.marker.item.label ?? hit.marker.id)}</strong><span>${escapeHtml(t(`kinds.${hit.marker.kind}`))}</span>`;
    this.tooltip.classList.add('shown');
    this.#placeTooltip();
  }

  /** The tooltip follows its marker as it glides. */
  #placeTooltip() {
    const hit = this.#hovered;
    const point = hit.marker ? this.markers.containerPointOf(hit.marker.id) : this.map.latLngToContainerPoint(hit.latlng);
    if (!point) return;
    this.tooltip.style.transform = `translate(${Math.round(point.x + 14)}px, ${Math.round(point.y - 12)}px)`;
  }

  #click(point) {
    const hit = this.markers.hitTest(point);
    if (hit?.cluster) {
      this.map.setView(hit.latlng, Math.min(this.map.getZoom() + 2, 12));
      return;
    }

    this.markers.mark({ selected: hit?.marker.id ?? null });
    this.selected.emit(hit?.marker.item ?? null);
  }
}

/** Leaflet's scale bar, with its distance in the chosen language. */
const LocalScale = L.Control.Scale.extend({
  _updateMetric(maxMeters) {
    const meters = this._getRoundNum(maxMeters);
    this._updateScale(this._mScale, formatMeters(meters), meters / maxMeters);
  },
});
