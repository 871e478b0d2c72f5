// One transit's tracks on its map, for the consignment page and its playback: each track drawn
// whole and faint (where the device went), its trail up to the playback time drawn bold, and a
// marker where the device was at that time. Locks, the vehicle or train, and the carrier (feeder
// AIS, train GNSS) each have their own colour, the same as the live map's markers.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { positionAt, trailUntil } from '../playback/interpolate.js';
import { KIND_COLOURS } from './sprites.js';

/** The colour of each track's kind ("lock", "truck", "train", "feeder", "vessel"). */
export function trackColour(kind) {
  return KIND_COLOURS[kind] ?? '#334155';
}

export class TrackLayers {
  constructor(map, renderer) {
    this.map = map;
    this.renderer = renderer;
    this.group = L.layerGroup().addTo(map);
    this.tracks = [];
  }

  /** @param tracks [{key, kind, label, points}] with points from interpolate.prepare(), oldest first */
  set(tracks) {
    this.group.clearLayers();
    this.tracks = tracks.map(track => {
      const colour = trackColour(track.kind);
      const whole = track.points.map(p => [p.lat, p.lon]);
      const line = L.polyline(whole, { renderer: this.renderer, color: colour, weight: 2, opacity: 0.35, dashArray: '4 5', interactive: false })
        .addTo(this.group);
      const trail = L.polyline([], { renderer: this.renderer, color: colour, weight: track.kind === 'lock' ? 3 : 4, opacity: 0.9, interactive: false })
        .addTo(this.group);
      const marker = L.circleMarker([0, 0], {
        renderer: this.renderer, radius: track.kind === 'lock' ? 5 : 7, color: '#ffffff', weight: 2, fillColor: colour, fillOpacity: 1,
      }).bindTooltip(track.label, { direction: 'top', offset: [0, -6] });
      return { ...track, line, trail, marker };
    });
  }

  /** Trails and markers as they were at this moment (ms); a device not yet reporting shows no marker. */
  showAt(time) {
    for (const track of this.tracks) {
      track.trail.setLatLngs(trailUntil(track.points, time));
      const here = positionAt(track.points, time);
      if (!here) {
        track.marker.remove();
        continue;
      }

      track.marker.setLatLng([here.lat, here.lon]);
      if (!this.group.hasLayer(track.marker)) track.marker.addTo(this.group);
    }
  }

  /** The area every track covers, for fitting the map; null when no track has a point. */
  bounds() {
    const all = this.tracks.flatMap(t => t.points.map(p => [p.lat, p.lon]));
    return all.length ? L.latLngBounds(all) : null;
  }
}
