// The evidence of an alert on a map: the transit's approved corridor with its buffer to scale and
// its zones, the track excerpt of the episode, and the point where the deviation or stop was
// found, so an officer sees at a glance how far off and where.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { formatDateTime, formatMeters, t } from '../i18n/i18n.js';
import { alertPointLabel } from '../components/alert-wording.js';
import { CorridorLayers } from './corridor-layers.js';
import { createSmallMap } from './small-map.js';

const TRACK_COLOUR = '#7c3aed';
const POINT_COLOUR = '#dc2626';

export class EvidenceMap {
  constructor(element) {
    this.element = element;
    this.small = createSmallMap(element);
    this.corridors = new CorridorLayers(this.small.map, this.small.corridorRenderer);
    this.group = L.layerGroup().addTo(this.small.map);
  }

  /** Draws one alert (and its transit, when known), replacing what was drawn, and frames it. */
  show(alert, transit) {
    const r = this.small.renderer;
    this.group.clearLayers();
    const corridor = transit?.corridor;
    this.corridors.set(corridor ? [{ consignmentId: transit.id, mode: transit.mode, corridor, zones: transit.zones ?? [] }] : [], { warned: new Set([transit?.id]) });

    const track = (alert.evidence?.track ?? []).map(p => [p.lat, p.lon]);
    if (track.length > 1) {
      L.polyline(track, { renderer: r, color: TRACK_COLOUR, weight: 3, opacity: 0.9 })
        .bindTooltip(t('alertsPages.map.track'), { sticky: true })
        .addTo(this.group);
    }

    for (const p of alert.evidence?.track ?? []) {
      L.circleMarker([p.lat, p.lon], { renderer: r, radius: 3, color: TRACK_COLOUR, weight: 1, fillColor: '#fff', fillOpacity: 1 })
        .bindTooltip(formatDateTime(p.time))
        .addTo(this.group);
    }

    const at = alert.position;
    if (at) {
      L.circleMarker([at.lat, at.lon], { renderer: r, radius: 15, stroke: false, fillColor: POINT_COLOUR, fillOpacity: 0.22, interactive: false }).addTo(this.group);
      const distance = alert.evidence?.distanceFromCorridorMeters;
      L.circleMarker([at.lat, at.lon], { renderer: r, radius: 7, color: '#fff', weight: 2, fillColor: POINT_COLOUR, fillOpacity: 1 })
        .bindTooltip(`${alertPointLabel(alert)}${distance > 0 ? ` · ${formatMeters(distance)}` : ''}`, { permanent: true, direction: 'right', offset: [10, 0], className: 'evidence-label' })
        .addTo(this.group);
    }

    this.element.dataset.evidencePoints = String(track.length);
    this.element.dataset.alert = alert.id;
    // The episode is framed with the nearest point of the corridor, so the gap between the route
    // and the deviation shows (the whole corridor may run hundreds of kilometres).
    const context = corridor?.path?.map(([lon, lat]) => [lat, lon]) ?? [];
    const focus = [...track, ...(at ? [[at.lat, at.lon]] : [])];
    const anchor = at ? nearestOnPath(context, [at.lat, at.lon]) : null;
    if (anchor) {
      L.polyline([[at.lat, at.lon], anchor], { renderer: this.small.renderer, color: POINT_COLOUR, weight: 1.5, dashArray: '4 5', opacity: 0.9, interactive: false }).addTo(this.group);
    }

    // The point's label is drawn to its right: room is kept for it.
    this.small.frame(focus.length > 0 ? [...focus, ...(anchor ? [anchor] : [])] : context, 14, 190);
  }

  relabel() {
    this.small.relabel();
  }

  destroy() {
    this.small.destroy();
  }
}


/** The point of a path (as [lat, lon]) nearest to a point, on flat coordinates scaled for latitude. */
export function nearestOnPath(path, [lat, lon]) {
  const k = Math.cos((lat * Math.PI) / 180);
  let best = null;
  let bestDistance = Infinity;
  for (let i = 0; i + 1 < path.length; i++) {
    const [ay, ax] = path[i];
    const [by, bx] = path[i + 1];
    const dx = (bx - ax) * k;
    const dy = by - ay;
    const length = dx * dx + dy * dy;
    const u = length === 0 ? 0 : Math.max(0, Math.min(1, (((lon - ax) * k) * dx + (lat - ay) * dy) / length));
    const point = [ay + u * (by - ay), ax + u * (bx - ax)];
    const distance = Math.hypot((point[1] - lon) * k, point[0] - lat);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = point;
    }
  }

  return best ?? path[0] ?? null;
}
