// The region's fixed geography over the basemap: feeder lanes, rail and road corridors, and the
// ports, terminals and gates with their names in both languages.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { get } from '../api/client.js';
import { localName, t } from '../i18n/i18n.js';

const FACILITY_LABELS_FROM_ZOOM = 10;
const FACILITY_COLOURS = {
  TERMINAL: '#1e3a8a', RAIL_GATE: '#7c3aed', RAIL_YARD: '#7c3aed', PORT_AREA: '#1e3a8a', AIRPORT: '#475569',
  BONDED_ZONE: '#b45309', SUPERVISION_CENTER: '#b45309', MULTIMODAL_CENTER: '#7c3aed',
};

export class RegionLayers {
  constructor(map, renderer) {
    this.map = map;
    this.renderer = renderer;
    this.lanes = L.layerGroup();
    this.railways = L.layerGroup();
    this.roads = L.layerGroup();
    this.places = L.layerGroup();
    this.facilityLabels = [];
    this.labelled = [];
    this.region = null;
  }

  async load() {
    this.region = await get('/map/region');
    this.#draw();
    this.places.addTo(this.map);
    this.map.on('zoomend', () => this.#facilityLabels());
    this.map.on('moveend', () => this.#declutter());
    this.#facilityLabels();
    this.#declutter();
  }

  /** Which line layers a flow view shows; the ports and gates show in every view. */
  show(view) {
    const wanted = {
      overview: [this.lanes, this.railways, this.roads],
      water: [this.lanes],
      rail: [this.railways],
      road: [this.roads],
    }[view] ?? [];
    for (const layer of [this.lanes, this.railways, this.roads]) {
      if (wanted.includes(layer)) layer.addTo(this.map);
      else layer.remove();
    }
  }

  /** Names follow the language switch. */
  relabel() {
    for (const { layer, name, kind, rank } of this.labelled) {
      // A port names its kind only when it is the hub; a facility names it when its label shows on hover.
      const withKind = rank < 2 ? kind !== null : !layer.getTooltip().options.permanent;
      layer.setTooltipContent(label(name, kind, withKind));
    }

    this.#declutter();
  }

  /** A port's bilingual name by UN/LOCODE, or the code itself. */
  portName(unLocode) {
    return this.region?.ports.find(p => p.unLocode === unLocode)?.name ?? null;
  }

  facilityName(unLocode, code) {
    return this.region?.ports.find(p => p.unLocode === unLocode)?.facilities.find(f => f.code === code)?.name ?? null;
  }

  #draw() {
    const r = this.renderer;
    const seen = new Set();
    for (const lane of this.region.seaLanes) {
      // Each pair of ports has a lane each way along the same water: draw it once.
      const pair = [lane.from, lane.to].sort().join('-');
      if (seen.has(pair)) continue;
      seen.add(pair);
      L.polyline(latLngs(lane.path), { renderer: r, color: '#3b82f6', weight: 1.5, opacity: 0.7, dashArray: '6 6', interactive: false })
        .addTo(this.lanes);
    }

    for (const route of this.region.routes) {
      const path = latLngs(route.path);
      if (route.mode === 'RAIL') {
        L.polyline(path, { renderer: r, color: '#4c1d95', weight: 4, opacity: 0.55, interactive: false }).addTo(this.railways);
        L.polyline(path, { renderer: r, color: '#ffffff', weight: 1.5, opacity: 0.9, dashArray: '5 7', interactive: false }).addTo(this.railways);
      } else {
        L.polyline(path, { renderer: r, color: '#92400e', weight: 2, opacity: 0.45, interactive: false }).addTo(this.roads);
      }
    }

    const hub = this.region.ports.find(p => p.hub);
    for (const port of this.region.ports) {
      // Ports inland of the hub are labelled on their west side, so that names around Qingdao do not overlap.
      const direction = hub && port !== hub && port.position[0] < hub.position[0] && port.position[1] > hub.position[1] - 0.1 ? 'left' : 'right';
      const marker = L.circleMarker(latLng(port.position), {
        renderer: r, radius: port.hub ? 8 : 5.5, color: '#ffffff', weight: 2, fillColor: port.hub ? '#b91c1c' : '#0f172a', fillOpacity: 1,
      }).addTo(this.places);
      const kind = port.hub ? 'hub' : null;
      marker.bindTooltip(label(port.name, kind, kind !== null), { permanent: true, direction, offset: [direction === 'left' ? -8 : 8, 0], className: `place-label port${port.hub ? ' hub' : ''}` });
      this.labelled.push({ layer: marker, name: port.name, kind, rank: port.hub ? 0 : 1 });

      for (const facility of port.facilities) {
        const square = L.circleMarker(latLng(facility.position), {
          renderer: r, radius: 3.5, color: '#ffffff', weight: 1.5, fillColor: FACILITY_COLOURS[facility.kind] ?? '#334155', fillOpacity: 1,
        }).addTo(this.places);
        square.bindTooltip(label(facility.name, facility.kind, true), { direction: 'right', offset: [6, 0], className: 'place-label facility' });
        this.labelled.push({ layer: square, name: facility.name, kind: facility.kind, rank: 2 });
        this.facilityLabels.push(square);
      }
    }

    this.labelled.sort((a, b) => a.rank - b.rank);
  }

  /** Terminal and gate names stay up when zoomed in on a port; further out they show on hover (decluttered on the moveend that follows). */
  #facilityLabels() {
    const permanent = this.map.getZoom() >= FACILITY_LABELS_FROM_ZOOM;
    for (const layer of this.facilityLabels) {
      const tooltip = layer.getTooltip();
      if (tooltip.options.permanent === permanent) continue;
      const { name, kind } = this.labelled.find(l => l.layer === layer);
      layer.unbindTooltip();
      // A label that stays up names the place only; the kind shows when hovering.
      layer.bindTooltip(label(name, kind, !permanent), { permanent, direction: 'right', offset: [6, 0], className: 'place-label facility' });
      if (permanent) layer.openTooltip();
    }
  }

  /**
   * Labels that would overlap are hidden, the hub first, then ports, then facilities keeping
   * theirs, so names stay readable at every zoom (Leaflet places tooltips without looking around).
   */
  #declutter() {
    const placed = [];
    for (const { layer } of this.labelled) {
      const element = layer.getTooltip()?.getElement();
      if (!element || !layer.getTooltip().options.permanent || !this.map.hasLayer(layer)) continue;
      element.classList.remove('crowded');
      const box = element.getBoundingClientRect();
      if (placed.some(other => box.left < other.right && box.right > other.left && box.top < other.bottom && box.bottom > other.top)) {
        element.classList.add('crowded');
      } else {
        placed.push(box);
      }
    }
  }
}

function label(name, kind, withKind) {
  const { primary, secondary } = localName(name);
  const what = kind && withKind ? `<span class="place-kind">${escapeHtml(t(`places.${kind}`))}</span>` : '';
  return `<strong>${escapeHtml(primary)}</strong> <span class="place-alt">${escapeHtml(secondary)}</span>${what}`;
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

export const latLng = ([lon, lat]) => [lat, lon];
export const latLngs = path => path.map(latLng);
