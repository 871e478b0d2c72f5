// The map of one transit: the corridor with its buffer and zones, every device's track, and
// where each was at the playback time. The page hands it the playback time through the ref's
// showAt(time), once per frame, without re-rendering.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { html, useEffect, useRef } from '../../html.js';
import { formatDateTime, t, useLanguage } from '../../i18n/i18n.js';
import { CorridorLayers } from '../../map/corridor-layers.js';
import { RegionLayers, latLngs } from '../../map/region-layers.js';
import { createSmallMap } from '../../map/small-map.js';
import { TrackLayers, trackColour } from '../../map/track-layers.js';

export function TransitMap({ transit, tracks, carrierNow, alerts = [], warned, mapRef, timeNow }) {
  const element = useRef(null);
  const lang = useLanguage();
  const state = useRef(null);

  useEffect(() => {
    // The small maps' base (offline basemap, zoom buttons and scale in the chosen language), with the region's places on it.
    const small = createSmallMap(element.current);
    const { map, renderer: vectors, corridorRenderer: below } = small;
    const region = new RegionLayers(map, vectors);
    const corridors = new CorridorLayers(map, below);
    const trackLayers = new TrackLayers(map, vectors);
    const now = L.layerGroup().addTo(map);
    region.load().catch(() => {});
    state.current = { map, small, region, corridors, trackLayers, now, below, fitted: false };
    mapRef.current = { showAt: time => trackLayers.showAt(time) };
    return () => {
      mapRef.current = null;
      small.destroy();
    };
  }, []);

  useEffect(() => {
    state.current?.region.relabel();
    state.current?.small.relabel();
  }, [lang]);

  // The corridor and tracks are drawn again when they change (the page refreshes them now and then).
  useEffect(() => {
    const s = state.current;
    if (!s || !transit) return;
    s.corridors.set([{ ...transit, consignmentId: transit.id }], { warned: warned ? new Set([transit.id]) : new Set() });
    s.trackLayers.set(tracks);
    // Freshly drawn tracks show the playback's moment at once, not only at its next frame.
    s.trackLayers.showAt(timeNow?.() ?? Infinity);
    s.now.clearLayers();
    if (carrierNow?.position) {
      // The carrier's latest report, ringed: during playback its moving marker may be elsewhere in time.
      L.circleMarker([carrierNow.position.lat, carrierNow.position.lon], {
        radius: 11, color: trackColour(carrierNow.kind), weight: 2.5, fill: false, dashArray: '3 3', interactive: false,
      }).addTo(s.now);
    }

    // Where each open alert was raised, as a red dot naming its type and time.
    for (const alert of alerts) {
      if (!alert.position) continue;
      // Drawn under the tracks, so that playback's moving markers pass over it.
      L.circleMarker([alert.position.lat, alert.position.lon], { renderer: s.below, radius: 7, color: '#ffffff', weight: 2, fillColor: '#dc2626', fillOpacity: 1 })
        .bindTooltip(`${t(`alerts.types.${alert.type}`)} · ${formatDateTime(alert.raisedAt)}`, { direction: 'top', offset: [0, -6] })
        .addTo(s.now);
    }

    if (!s.fitted) {
      s.fitted = true;
      const bounds = L.latLngBounds(latLngs(transit.corridor.path));
      const covered = s.trackLayers.bounds();
      if (covered) bounds.extend(covered);
      if (carrierNow?.position) bounds.extend([carrierNow.position.lat, carrierNow.position.lon]);
      s.map.fitBounds(bounds.pad(0.15), { animate: false, maxZoom: 13 });
    }

    element.current.dataset.layers = JSON.stringify({
      corridor: transit.corridor.path.length, zones: transit.zones.length,
      tracks: Object.fromEntries(tracks.map(t => [t.key, t.points.length])), carrierNow: !!carrierNow?.position,
    });
  }, [transit, tracks, carrierNow, alerts, warned]);

  return html`<div class="transit-map" id="transit-map" ref=${element}></div>`;
}
