// Marker sprites: a 12 px arrow pointing along the heading, filled with the status colour and
// outlined so it stays visible over land and sea.
import { statusColours } from './view.js';

export const spriteSize = 12;
export const headingBuckets = 36; // 10 degrees each: finer steps are invisible at 12 px

/** Draws one arrow, centred in a size x size box, rotated by heading degrees. */
function drawArrow(context, x, y, size, heading, colour) {
    const r = size / 2 - 1;
    context.save();
    context.translate(x + size / 2, y + size / 2);
    context.rotate(heading * Math.PI / 180);
    context.beginPath();
    context.moveTo(0, -r);
    context.lineTo(r * 0.8, r);
    context.lineTo(0, r * 0.45);
    context.lineTo(-r * 0.8, r);
    context.closePath();
    context.fillStyle = colour;
    context.fill();
    context.lineWidth = 1;
    context.strokeStyle = 'rgba(0, 0, 0, 0.7)';
    context.stroke();
    context.restore();
}

/**
 * One atlas canvas: a row per status, a column per heading bucket. Drawing from a single image
 * keeps drawImage on one source, which is what canvas implementations optimise for.
 */
export function spriteAtlas() {
    const canvas = document.createElement('canvas');
    canvas.width = headingBuckets * spriteSize;
    canvas.height = statusColours.length * spriteSize;
    const context = canvas.getContext('2d');
    statusColours.forEach((colour, status) => {
        for (let bucket = 0; bucket < headingBuckets; bucket++) {
            drawArrow(context, bucket * spriteSize, status * spriteSize, spriteSize, bucket * 360 / headingBuckets, colour);
        }
    });
    return canvas;
}

/** One upright arrow per status, as ImageData, for MapLibre's addImage with icon-rotate. */
export function statusIcons() {
    return statusColours.map(colour => {
        const canvas = document.createElement('canvas');
        canvas.width = canvas.height = spriteSize;
        const context = canvas.getContext('2d');
        drawArrow(context, 0, 0, spriteSize, 0, colour);
        return context.getImageData(0, 0, spriteSize, spriteSize);
    });
}

/**
 * The atlas's sprites as lists of opaque pixels, for stamping straight into an ImageData. Without
 * a GPU, Chromium's 2D canvas spends several microseconds on every drawImage call, while copying
 * a hundred pixels from JavaScript takes a fraction of one. Edge pixels under 40 % cover are left
 * out and the rest drawn opaque: no blending, which a 12 px arrow hardly shows.
 */
export class SpritePixels {
    constructor(atlas, rowStride) {
        const pixels = new Uint32Array(atlas.getContext('2d').getImageData(0, 0, atlas.width, atlas.height).data.buffer);
        this.offsets = [];
        this.colours = [];
        for (let status = 0; status < statusColours.length; status++) {
            for (let bucket = 0; bucket < headingBuckets; bucket++) {
                const offsets = [];
                const colours = [];
                for (let y = 0; y < spriteSize; y++) {
                    for (let x = 0; x < spriteSize; x++) {
                        const pixel = pixels[(status * spriteSize + y) * atlas.width + bucket * spriteSize + x];
                        if (pixel >>> 24 >= 100) {
                            offsets.push(y * rowStride + x);
                            colours.push((pixel | 0xff000000) >>> 0);
                        }
                    }
                }
                this.offsets.push(Int32Array.from(offsets));
                this.colours.push(Uint32Array.from(colours));
            }
        }
    }

    /** Stamps sprite (status * headingBuckets + bucket) with its top-left corner at pixel index base. */
    stamp(target, sprite, base) {
        const offsets = this.offsets[sprite];
        const colours = this.colours[sprite];
        for (let j = 0; j < offsets.length; j++) {
            target[base + offsets[j]] = colours[j];
        }
    }
}
