// The live markers: one canvas, redrawn every animation frame, each marker gliding from where it
// is shown to its newest report over about one report interval. Markers are written as pixels
// into one ImageData per frame (see sprites.js for why not drawImage). At regional zooms, markers that
// crowd one screen cell are drawn as one counted bubble, so thousands stay readable.
//
// A Leaflet Renderer (like L.Canvas) so that the canvas pans with the map and is scaled with it
// during zoom animations; what it draws is our own marker list, not Leaflet paths.
import * as L from '/lib/leaflet/leaflet-src.esm.js';
import { markerKind } from '../live/store.js';
import { Sprites, bucketOf } from './sprites.js';

const EARTH_RADIUS = 6378137;
const MERCATOR = 0.5 / (Math.PI * EARTH_RADIUS);
const MAX_LATITUDE = 85.0511287798;

/** Below this zoom, crowded cells become bubbles. */
export const CLUSTER_BELOW_ZOOM = 10;
const CELL_PX = 56;
const CLUSTER_MIN = 5;

/** A glide never takes longer than this, however rare the reports; a longer gap is a jump. */
const MAX_GLIDE_MS = 2500;
const MIN_GLIDE_MS = 200;
const JUMP_METERS = 50_000;

const DRAW_ORDER = { mainline: 0, vessel: 1, feeder: 1, train: 2, truck: 3, lock: 4 };
const STATUS_RANK = { stale: 0, moving: 1, held: 2, alert: 3 };
const CLUSTER_COLOURS = { stale: '#9ca3af', moving: '#334155', held: '#f59e0b', alert: '#dc2626' };

const projectX = lon => (EARTH_RADIUS * lon * Math.PI) / 180;
const projectY = lat => {
  const sin = Math.sin((Math.max(Math.min(MAX_LATITUDE, lat), -MAX_LATITUDE) * Math.PI) / 180);
  return (EARTH_RADIUS * Math.log((1 + sin) / (1 - sin))) / 2;
};

export const MarkerLayer = L.Renderer.extend({
  options: { padding: 0.1 },

  initialize(options) {
    L.Renderer.prototype.initialize.call(this, options);
    this.markers = [];
    this.byId = new Map();
    this.highlight = null;
    this.selected = null;
    // An idle map is not redrawn: only after a change, while a marker glides, or when the view moved.
    this._dirty = true;
    this._glidingUntil = 0;
    this.drawnCount = 0;
    this._ratio = window.devicePixelRatio > 1 ? 2 : 1;
    this._sprites = new Sprites(this._ratio);
    this._screenX = new Float32Array(0);
    this._screenY = new Float32Array(0);
    this._clusters = [];
    this._alone = new Uint8Array(0);
  },

  sprites() {
    return this._sprites;
  },

  _initContainer() {
    this._container = L.DomUtil.create('canvas', 'live-markers');
    this._ctx = this._container.getContext('2d');
  },

  _destroyContainer() {
    L.DomUtil.remove(this._container);
    delete this._ctx;
    delete this._container;
  },

  _update() {
    if (this._map._animatingZoom && this._bounds) return;
    L.Renderer.prototype._update.call(this);
    const b = this._bounds;
    const size = b.getSize();
    const m = this._ratio;
    L.DomUtil.setPosition(this._container, b.min);
    this._container.width = m * size.x;
    this._container.height = m * size.y;
    this._container.style.width = `${size.x}px`;
    this._container.style.height = `${size.y}px`;
    // Panning keeps the size: the frame buffer is made again only when the map is resized.
    if (this._image?.width !== m * size.x || this._image?.height !== m * size.y) {
      this._image = new ImageData(m * size.x, m * size.y);
      this._pixels = new Uint32Array(this._image.data.buffer);
      this._stamps = this._sprites.stamps(m * size.x);
    }
    this._dirty = true;
    this.fire('update');
  },

  /** Takes new and changed live items; a reset (snapshot) first drops every marker. */
  sync(items, reset, now) {
    this._dirty = true;
    if (reset) {
      this.markers = [];
      this.byId.clear();
    }

    let added = false;
    for (const item of items) {
      const kind = markerKind(item);
      const known = this.byId.get(item.id);
      if (!kind) {
        if (known) this._remove(known);
        continue;
      }

      const x = projectX(item.lon);
      const y = projectY(item.lat);
      if (!known) {
        const marker = {
          id: item.id, kind, item, x0: x, y0: y, x1: x, y1: y, t0: now, t1: now, at: now,
          heading: item.heading ?? 0, time: Date.parse(item.time), status: 'moving', key: `${kind}/moving`, visible: true,
        };
        this.markers.push(marker);
        this.byId.set(item.id, marker);
        added = true;
        continue;
      }

      const [cx, cy] = this._position(known, now);
      const far = Math.hypot(x - cx, y - cy) > JUMP_METERS;
      known.x0 = far ? x : cx;
      known.y0 = far ? y : cy;
      known.x1 = x;
      known.y1 = y;
      known.t0 = now;
      known.t1 = now + Math.min(MAX_GLIDE_MS, Math.max(MIN_GLIDE_MS, now - known.at));
      this._glidingUntil = Math.max(this._glidingUntil, known.t1);
      known.at = now;
      known.heading = item.heading ?? (Math.hypot(x - cx, y - cy) > 1 ? bearing(cx, cy, x, y) : known.heading);
      if (known.kind !== kind) known.key = `${kind}/${known.status}`;
      known.kind = kind;
      known.item = item;
      known.time = Date.parse(item.time);
    }

    if (added) this.markers.sort((a, b) => DRAW_ORDER[a.kind] - DRAW_ORDER[b.kind]);
  },

  /** Recomputes each marker's status and whether it belongs on the map (statuses change with time too). */
  classify(statusIndex, nowMs) {
    for (const marker of this.markers) this._classify(marker, statusIndex, nowMs);
  },

  /** The same for the markers of these items only (a frame's changes). */
  reclassify(items, statusIndex, nowMs) {
    for (const item of items) {
      const marker = this.byId.get(item.id);
      if (marker) this._classify(marker, statusIndex, nowMs);
    }
  },

  _classify(marker, statusIndex, nowMs) {
    const visible = statusIndex.onMap(marker.item, nowMs, marker.time);
    const status = statusIndex.statusOf(marker.item, nowMs, marker.time);
    if (visible === marker.visible && status === marker.status) return;
    marker.visible = visible;
    marker.status = status;
    marker.key = `${marker.kind}/${status}`;
    this._dirty = true;
  },

  /** Rings the selected marker and the highlighted transit's (see _drawRings). */
  mark({ selected = this.selected, highlight = this.highlight }) {
    this.selected = selected;
    this.highlight = highlight;
    this._dirty = true;
  },

  /** Counts of the markers on the map, by kind and by status. */
  counts() {
    const byKind = {};
    const byStatus = { moving: 0, held: 0, alert: 0, stale: 0 };
    for (const m of this.markers) {
      if (!m.visible) continue;
      byKind[m.kind] = (byKind[m.kind] ?? 0) + 1;
      byStatus[m.status]++;
    }

    return { byKind, byStatus };
  },

  draw(now) {
    const map = this._map;
    if (!map || !this._ctx || map._animatingZoom || (!this._dirty && now > this._glidingUntil)) return;
    this._dirty = false;
    const ctx = this._ctx;
    const b = this._bounds;
    const m = this._ratio;
    // putImageData ignores the transform and replaces every pixel; bubbles and rings drawn after it use the transform.
    ctx.setTransform(m, 0, 0, m, -b.min.x * m, -b.min.y * m);

    const scale = 256 * 2 ** map.getZoom();
    const origin = map.getPixelOrigin();
    const ax = MERCATOR * scale;
    const bx = 0.5 * scale - origin.x;
    const by = 0.5 * scale - origin.y;
    const n = this.markers.length;
    if (this._screenX.length < n) {
      this._screenX = new Float32Array(n * 2);
      this._screenY = new Float32Array(n * 2);
    }

    const clustering = map.getZoom() < CLUSTER_BELOW_ZOOM;
    const cells = clustering ? new Map() : null;
    const cellOf = clustering ? new Float64Array(n) : null;
    const minX = b.min.x - 20, minY = b.min.y - 20, maxX = b.max.x + 20, maxY = b.max.y + 20;
    const sx = this._screenX, sy = this._screenY;

    for (let i = 0; i < n; i++) {
      const mk = this.markers[i];
      sx[i] = NaN;
      if (!mk.visible) continue;
      const t = mk.t1 > mk.t0 ? Math.min(1, Math.max(0, (now - mk.t0) / (mk.t1 - mk.t0))) : 1;
      const px = ax * (mk.x0 + (mk.x1 - mk.x0) * t) + bx;
      const py = by - ax * (mk.y0 + (mk.y1 - mk.y0) * t);
      if (px < minX || px > maxX || py < minY || py > maxY) continue;
      sx[i] = px;
      sy[i] = py;
      if (clustering) {
        const key = (Math.floor(px / CELL_PX) + 32768) * 65536 + (Math.floor(py / CELL_PX) + 32768);
        cellOf[i] = key;
        let cell = cells.get(key);
        if (!cell) cells.set(key, (cell = { count: 0, x: 0, y: 0, worst: 'stale' }));
        cell.count++;
        cell.x += px;
        cell.y += py;
        if (STATUS_RANK[mk.status] > STATUS_RANK[cell.worst]) cell.worst = mk.status;
      }
    }

    // Markers as pixels: sprite top-left in device pixels of the canvas, stamped whole or not at all
    // (one crossing the edge would wrap to the other side); the canvas reaches past the view on every side.
    const pixels = this._pixels;
    const width = this._image.width;
    const side = this._sprites.size * m;
    const right = width - side;
    const bottom = this._image.height - side;
    pixels.fill(0);
    let drawn = 0;
    if (this._alone.length < n) this._alone = new Uint8Array(n * 2);
    const alone = this._alone;
    for (let i = 0; i < n; i++) {
      alone[i] = 0;
      if (Number.isNaN(sx[i])) continue;
      if (clustering && cells.get(cellOf[i]).count >= CLUSTER_MIN) continue;
      const x = Math.round((sx[i] - b.min.x) * m - side / 2);
      const y = Math.round((sy[i] - b.min.y) * m - side / 2);
      if (x < 0 || y < 0 || x > right || y > bottom) continue;
      alone[i] = 1;
      const mk = this.markers[i];
      const stamp = this._stamps.get(mk.key)[bucketOf(mk.heading)];
      const base = y * width + x;
      const { offsets, colours } = stamp;
      for (let j = 0; j < offsets.length; j++) pixels[base + offsets[j]] = colours[j];
      drawn++;
    }

    ctx.putImageData(this._image, 0, 0);

    this._clusters = clustering ? bubbles(cells) : [];
    for (const bubble of this._clusters) {
      this._drawCluster(ctx, bubble);
      drawn += bubble.count;
    }

    this._drawRings(ctx);
    this.drawnCount = drawn;
  },

  /** The marker or bubble under a container point, if any (within a finger's width). */
  hitTest(containerPoint) {
    const layer = this._map.containerPointToLayerPoint(containerPoint);
    for (const c of this._clusters) {
      if (Math.hypot(c.x - layer.x, c.y - layer.y) < clusterRadius(c.count) + 3) {
        return { cluster: c, latlng: this._map.layerPointToLatLng([c.x, c.y]) };
      }
    }

    let best = -1;
    let bestDistance = 14;
    for (let i = this.markers.length - 1; i >= 0; i--) {
      if (!this._alone[i]) continue;
      const d = Math.hypot(this._screenX[i] - layer.x, this._screenY[i] - layer.y);
      if (d < bestDistance) {
        bestDistance = d;
        best = i;
      }
    }

    if (best < 0) return null;
    return { marker: this.markers[best], containerPoint: this._map.layerPointToContainerPoint([this._screenX[best], this._screenY[best]]) };
  },

  /** Where a marker is drawn now, in container pixels (for a tooltip), or null when off screen. */
  containerPointOf(id) {
    const i = this.markers.findIndex(m => m.id === id);
    if (i < 0 || Number.isNaN(this._screenX[i])) return null;
    return this._map.layerPointToContainerPoint([this._screenX[i], this._screenY[i]]);
  },

  latLngOf(id) {
    const marker = this.byId.get(id);
    return marker ? [marker.item.lat, marker.item.lon] : null;
  },

  _drawCluster(ctx, { x, y, count, worst }) {
    const r = clusterRadius(count);
    ctx.beginPath();
    ctx.arc(x, y, r, 0, Math.PI * 2);
    ctx.fillStyle = CLUSTER_COLOURS[worst];
    ctx.globalAlpha = 0.88;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 2;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    ctx.fillStyle = '#ffffff';
    ctx.font = '600 12px system-ui, sans-serif';
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.fillText(String(count), x, y + 0.5);
  },

  /** The selected marker, and every marker of the highlighted transit, get a ring. */
  _drawRings(ctx) {
    if (!this.selected && !this.highlight) return;
    for (let i = 0; i < this.markers.length; i++) {
      const mk = this.markers[i];
      if (!this._alone[i]) continue;
      const selected = mk.id === this.selected;
      const highlighted = this.highlight && (mk.item.consignmentId === this.highlight.consignmentId || mk.id === this.highlight.carrier);
      if (!selected && !highlighted) continue;
      ctx.beginPath();
      ctx.arc(this._screenX[i], this._screenY[i], selected ? 15 : 13, 0, Math.PI * 2);
      ctx.lineWidth = selected ? 3 : 2.5;
      ctx.strokeStyle = selected ? '#111827' : '#f97316';
      ctx.stroke();
    }
  },

  _position(marker, now) {
    const t = marker.t1 > marker.t0 ? Math.min(1, Math.max(0, (now - marker.t0) / (marker.t1 - marker.t0))) : 1;
    return [marker.x0 + (marker.x1 - marker.x0) * t, marker.y0 + (marker.y1 - marker.y0) * t];
  },

  _remove(marker) {
    this.byId.delete(marker.id);
    this.markers.splice(this.markers.indexOf(marker), 1);
  },
});

/**
 * The bubbles of the crowded cells. A crowd that straddles a cell edge fills two cells whose
 * bubbles would overlap and hide each other: the smaller is merged into the larger (weighted
 * centre, summed count, the worse status), biggest first.
 */
function bubbles(cells) {
  const crowded = [...cells.values()]
    .filter(cell => cell.count >= CLUSTER_MIN)
    .map(cell => ({ x: cell.x / cell.count, y: cell.y / cell.count, count: cell.count, worst: cell.worst }))
    .sort((a, b) => b.count - a.count);
  const kept = [];
  for (const bubble of crowded) {
    const into = kept.find(k => Math.hypot(k.x - bubble.x, k.y - bubble.y) < clusterRadius(k.count) + clusterRadius(bubble.count));
    if (!into) {
      kept.push(bubble);
      continue;
    }

    const count = into.count + bubble.count;
    into.x = (into.x * into.count + bubble.x * bubble.count) / count;
    into.y = (into.y * into.count + bubble.y * bubble.count) / count;
    into.count = count;
    if (STATUS_RANK[bubble.worst] > STATUS_RANK[into.worst]) into.worst = bubble.worst;
  }

  return kept;
}

function clusterRadius(count) {
  return Math.min(26, 11 + Math.log2(count) * 2.5);
}

function bearing(x0, y0, x1, y1) {
  return ((Math.atan2(x1 - x0, y1 - y0) * 180) / Math.PI + 360) % 360;
}
