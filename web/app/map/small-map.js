// A page's own small map (the container page, the alert detail): the offline basemap and zoom
// buttons in the chosen language, with no live markers. The live map is too heavy for a card
// and would draw every object of the region.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { formatMeters, t } from '../i18n/i18n.js';
import { addBasemap } from './basemap.js';

/** Where a map opens before it knows what to show: Qingdao's port area. */
const QINGDAO = [36.07, 120.2];

export function createSmallMap(element) {
  const map = L.map(element, {
    preferCanvas: true, minZoom: 4, maxZoom: 16, zoomSnap: 0.5, zoomControl: false, attributionControl: true,
    maxBounds: [[5, 90], [58, 155]], maxBoundsViscosity: 0.8,
  }).setView(QINGDAO, 9);
  map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
  map.createPane('basemapPane').style.zIndex = 200;
  map.createPane('corridorPane').style.zIndex = 380;
  const renderer = L.canvas({ padding: 0.2 });
  const corridorRenderer = L.canvas({ padding: 0.2, pane: 'corridorPane' });
  let zoom = L.control.zoom({ zoomInTitle: t('map.zoomInButton'), zoomOutTitle: t('map.zoomOutButton') }).addTo(map);
  const scale = new LocalScale({ imperial: false, position: 'bottomleft' }).addTo(map);
  const ready = addBasemap(map, L.canvas({ padding: 0.2, pane: 'basemapPane' })).catch(() => {});
  return {
    map,
    renderer,
    corridorRenderer,
    ready,
    /** The zoom buttons' titles in the chosen language. */
    relabel() {
      zoom.remove();
      zoom = L.control.zoom({ zoomInTitle: t('map.zoomInButton'), zoomOutTitle: t('map.zoomOutButton') }).addTo(map);
      scale._update();
    },
    /** Frames these [lat, lon] points; a single point is shown close up. Room on the right is for a label. */
    frame(points, maxZoom = 13, roomRight = 28) {
      const valid = points.filter(p => p && Number.isFinite(p[0]) && Number.isFinite(p[1]));
      if (valid.length === 0) return;
      if (valid.length === 1) map.setView(valid[0], Math.min(maxZoom, 12), { animate: false });
      else map.fitBounds(L.latLngBounds(valid), { paddingTopLeft: [28, 28], paddingBottomRight: [roomRight, 28], maxZoom, animate: false });
    },
    destroy() {
      map.remove();
    },
  };
}

/** Leaflet's scale bar with its distance in the chosen language (as the live map's). */
const LocalScale = L.Control.Scale.extend({
  _updateMetric(maxMeters) {
    const meters = this._getRoundNum(maxMeters);
    this._updateScale(this._mScale, formatMeters(meters), meters / maxMeters);
  },
});
