// The container page's map: its transit's corridor, the carrier's track (vessel, train or truck),
// the container's own lock track, and where the container is now. Each draw replaces the last,
// so a live update redraws from the freshest data.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { formatDateTime, t } from '../i18n/i18n.js';
import { CorridorLayers } from './corridor-layers.js';
import { createSmallMap } from './small-map.js';

const CARRIER_COLOUR = '#2563eb';
const LOCK_COLOUR = '#0f766e';
const HERE_COLOUR = '#f97316';

export class ContainerMap {
  #framed = false;

  constructor(element) {
    this.small = createSmallMap(element);
    this.corridors = new CorridorLayers(this.small.map, this.small.corridorRenderer);
    this.group = L.layerGroup().addTo(this.small.map);
    this.element = element;
  }

  /**
   * @param position {lat, lon, time} or null
   * @param transit the consignment (corridor, zones) or null
   * @param track {carrier?: {kind, id, points}, locks: [{id, points}]} or null
   * @param lockId the container's own lock, whose track is drawn
   */
  draw({ position, transit, track, lockId }) {
    const r = this.small.renderer;
    this.group.clearLayers();
    this.corridors.set(transit?.corridor ? [{ consignmentId: transit.id, mode: transit.mode, corridor: transit.corridor, zones: transit.zones ?? [] }] : []);
    const seen = [];

    const carrier = track?.carrier;
    if (carrier?.points?.length) {
      const path = carrier.points.map(p => [p.lat, p.lon]);
      seen.push(...path);
      L.polyline(path, { renderer: r, color: CARRIER_COLOUR, weight: 3, opacity: 0.85, dashArray: '8 6' })
        .bindTooltip(`${t(`kinds.${carrier.kind.toLowerCase()}`)} ${carrier.id}`, { sticky: true })
        .addTo(this.group);
    }

    const lock = track?.locks?.find(l => l.id === lockId) ?? (track?.locks?.length === 1 ? track.locks[0] : null);
    if (lock?.points?.length) {
      const path = lock.points.map(p => [p.lat, p.lon]);
      seen.push(...path);
      L.polyline(path, { renderer: r, color: LOCK_COLOUR, weight: 3, opacity: 0.95 })
        .bindTooltip(`${t('kinds.lock')} ${lock.id}`, { sticky: true })
        .addTo(this.group);
    }

    if (position?.lat != null) {
      const here = [position.lat, position.lon];
      seen.push(here);
      // A halo under the dot, so the position stands out over the tracks.
      L.circleMarker(here, { renderer: r, radius: 13, stroke: false, fillColor: HERE_COLOUR, fillOpacity: 0.25, interactive: false }).addTo(this.group);
      L.circleMarker(here, { renderer: r, radius: 7, color: '#fff', weight: 2, fillColor: HERE_COLOUR, fillOpacity: 1 })
        .bindTooltip(`${t('containersPages.map.here')} · ${formatDateTime(position.time)}`)
        .addTo(this.group);
    }

    this.element.dataset.trackPoints = String(seen.length);
    this.element.dataset.hasPosition = String(position?.lat != null);
    // Framed once, so that a live update does not undo the user's own pan and zoom.
    if (!this.#framed && seen.length > 0) {
      this.#framed = true;
      this.small.frame(seen.length > 1 ? seen : seen.concat(transit?.corridor?.path?.map(([lon, lat]) => [lat, lon]) ?? []));
    } else if (!this.#framed && transit?.corridor?.path?.length) {
      this.small.frame(transit.corridor.path.map(([lon, lat]) => [lat, lon]));
    }
  }

  relabel() {
    this.small.relabel();
  }

  destroy() {
    this.small.destroy();
  }
}
