// Marker images drawn once and reused every frame: a shape per kind, a colour per status, and a
// copy per 10° of heading, so a frame is plain pixel copies with no path filling or rotation.
//
// Without a GPU, Chromium's 2D canvas spends 5-9 µs on every drawImage call: 10,000 markers took
// 50-90 ms a frame (bench: map-choice). So a frame does not draw the images: it copies each one's
// opaque pixels straight into an ImageData (see stamps()), a few milliseconds for all of them.
import { MARKER_KINDS, MARKER_STATUSES } from '../live/store.js';

export const HEADINGS = 36;
const SIZE = 30;

export const KIND_COLOURS = {
  feeder: '#2563eb', mainline: '#1e3a8a', vessel: '#2563eb', train: '#7c3aed', truck: '#0f766e', lock: '#0891b2',
};

export const STATUS_COLOURS = { held: '#f59e0b', alert: '#dc2626', stale: '#9ca3af' };

/** Each shape points north (up) and is drawn around (0, 0). */
const SHAPES = {
  // A hull with a pointed bow.
  feeder: ctx => hull(ctx, 5, 11),
  vessel: ctx => hull(ctx, 5, 11),
  mainline: ctx => hull(ctx, 6.5, 14),
  // A long carriage with a notch at the front.
  train: ctx => {
    ctx.beginPath();
    ctx.moveTo(0, -11); ctx.lineTo(4.5, -7); ctx.lineTo(4.5, 10); ctx.lineTo(-4.5, 10); ctx.lineTo(-4.5, -7);
    ctx.closePath();
  },
  // An arrowhead.
  truck: ctx => {
    ctx.beginPath();
    ctx.moveTo(0, -9); ctx.lineTo(7, 8); ctx.lineTo(0, 4); ctx.lineTo(-7, 8);
    ctx.closePath();
  },
  // A small disc with a heading tick.
  lock: ctx => {
    ctx.beginPath();
    ctx.arc(0, 1, 4.5, 0, Math.PI * 2);
    ctx.moveTo(-2.5, -3); ctx.lineTo(0, -8); ctx.lineTo(2.5, -3);
    ctx.closePath();
  },
};

function hull(ctx, halfWidth, halfLength) {
  ctx.beginPath();
  ctx.moveTo(0, -halfLength);
  ctx.quadraticCurveTo(halfWidth, -halfLength / 3, halfWidth, halfLength * 0.55);
  ctx.lineTo(halfWidth * 0.7, halfLength);
  ctx.lineTo(-halfWidth * 0.7, halfLength);
  ctx.lineTo(-halfWidth, halfLength * 0.55);
  ctx.quadraticCurveTo(-halfWidth, -halfLength / 3, 0, -halfLength);
  ctx.closePath();
}

export class Sprites {
  #stamps = null;

  /** @param ratio device pixels per CSS pixel */
  constructor(ratio = 1) {
    this.ratio = ratio;
    this.size = SIZE;
    this.images = new Map();
    for (const kind of MARKER_KINDS) {
      for (const status of MARKER_STATUSES) {
        const frames = [];
        for (let h = 0; h < HEADINGS; h++) frames.push(this.#draw(kind, status, (h * 360) / HEADINGS));
        this.images.set(`${kind}/${status}`, frames);
      }
    }
  }

  get(kind, status, heading) {
    return this.images.get(`${kind}/${status}`)[bucketOf(heading)];
  }

  /**
   * Each image as the list of its opaque pixels, as offsets into an image of this row width and
   * their colours. Edge pixels under 40 % cover are left out and the rest written opaque: no
   * blending, which the white outline of a 10 px marker hides.
   */
  stamps(rowStride) {
    if (this.#stamps?.stride === rowStride) return this.#stamps.byKey;
    const side = SIZE * this.ratio;
    const byKey = new Map();
    for (const [key, frames] of this.images) {
      byKey.set(key, frames.map(canvas => {
        const pixels = new Uint32Array(canvas.getContext('2d').getImageData(0, 0, side, side).data.buffer);
        const offsets = [];
        const colours = [];
        for (let y = 0; y < side; y++) {
          for (let x = 0; x < side; x++) {
            const pixel = pixels[y * side + x];
            if (pixel >>> 24 >= 100) {
              offsets.push(y * rowStride + x);
              colours.push((pixel | 0xff000000) >>> 0);
            }
          }
        }

        return { offsets: Int32Array.from(offsets), colours: Uint32Array.from(colours) };
      }));
    }

    this.#stamps = { stride: rowStride, byKey };
    return byKey;
  }

  /** A swatch for legends and lists: the north-pointing image as a data URL. */
  swatch(kind, status = 'moving') {
    return this.get(kind, status, 0).toDataURL();
  }

  #draw(kind, status, heading) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = SIZE * this.ratio;
    const ctx = canvas.getContext('2d');
    ctx.scale(this.ratio, this.ratio);
    ctx.translate(SIZE / 2, SIZE / 2);
    ctx.rotate((heading * Math.PI) / 180);
    SHAPES[kind](ctx);
    ctx.fillStyle = status === 'moving' ? KIND_COLOURS[kind] : STATUS_COLOURS[status];
    ctx.globalAlpha = status === 'stale' ? 0.75 : 1;
    ctx.fill();
    ctx.globalAlpha = 1;
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = '#ffffff';
    ctx.stroke();
    return canvas;
  }
}

/** The heading's 10° step, 0 (north) to 35. */
export function bucketOf(heading) {
  return Math.round(((((heading ?? 0) % 360) + 360) % 360) / (360 / HEADINGS)) % HEADINGS;
}
