// The corridors of the transits a view watches: the approved path, its buffer drawn to scale, and
// the seal, unseal and rest zones. A transit with an open deviation or long stop is drawn red;
// the one picked from the alert ticker is drawn on top in orange.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { formatMeters, t } from '../i18n/i18n.js';
import { latLng, latLngs } from './region-layers.js';

const ZONE_COLOURS = { SEAL: '#15803d', UNSEAL: '#1d4ed8', REST: '#6b7280' };
const WARNING_TYPES = new Set(['RDEV', 'LSTP', 'TMIS']);

export class CorridorLayers {
  constructor(map, renderer) {
    this.map = map;
    this.renderer = renderer;
    this.group = L.layerGroup().addTo(map);
    this.bands = [];
    this.transits = new Map();
    map.on('zoomend', () => this.#rescale());
  }

  /** Draws these transits' corridors (TransitGeometry from the API), replacing what was drawn. */
  set(transits, { warned = new Set(), highlighted = null } = {}) {
    this.group.clearLayers();
    this.bands = [];
    this.transits = new Map(transits.map(g => [g.consignmentId, g]));
    const ordered = [...transits].sort((a, b) => rank(a) - rank(b));
    for (const transit of ordered) this.#drawTransit(transit, warned.has(transit.consignmentId), transit.consignmentId === highlighted);
    this.#rescale();

    function rank(g) {
      return g.consignmentId === highlighted ? 2 : warned.has(g.consignmentId) ? 1 : 0;
    }
  }

  clear() {
    this.set([]);
  }

  #drawTransit(transit, warned, highlighted) {
    const colour = highlighted ? '#f97316' : warned ? '#dc2626' : transit.mode === 'RAIL' ? '#7c3aed' : '#0f766e';
    const path = latLngs(transit.corridor.path);
    const band = L.polyline(path, {
      renderer: this.renderer, color: colour, opacity: highlighted || warned ? 0.28 : 0.16, lineCap: 'round', lineJoin: 'round', interactive: false,
    }).addTo(this.group);
    this.bands.push({ band, meters: transit.corridor.bufferMeters, lat: path[0]?.[0] ?? 36 });
    L.polyline(path, { renderer: this.renderer, color: colour, weight: highlighted ? 3 : 2, opacity: 0.9, interactive: false })
      .bindTooltip(`${transit.consignmentId} · ${t('map.corridor', { m: formatMeters(transit.corridor.bufferMeters) })}`, { sticky: true })
      .addTo(this.group);
    for (const zone of transit.zones) {
      L.circle(latLng(zone.center), {
        renderer: this.renderer, radius: zone.radiusMeters, color: ZONE_COLOURS[zone.kind] ?? '#334155', weight: 1.5, fillOpacity: 0.15,
      })
        .bindTooltip(`${t(`panel.road.zones.${zone.kind}`)} · ${zone.id}`)
        .addTo(this.group);
    }
  }

  /** A buffer of N metres either side is a line 2N metres wide: its pixel width depends on the zoom and latitude. */
  #rescale() {
    const zoom = this.map.getZoom();
    for (const { band, meters, lat } of this.bands) {
      const metersPerPixel = (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (256 * 2 ** zoom);
      band.setStyle({ weight: Math.max(3, (2 * meters) / metersPerPixel) });
    }
  }
}

export function warnedTransits(alerts) {
  const warned = new Set();
  for (const alert of alerts) if (WARNING_TYPES.has(alert.type)) warned.add(alert.consignmentId);
  return warned;
}
