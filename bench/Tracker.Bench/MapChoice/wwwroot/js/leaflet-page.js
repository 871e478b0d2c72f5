// Leaflet 1.9.4 variants: ?variant=canvas-layer|canvas-imagedata|circlemarker&markers=N
import * as L from '/node_modules/leaflet/dist/leaflet-src.esm.js';
import { Fleet, mercatorX, mercatorY, reportIntervalMs } from './fleet.js';
import { fail, ready, screenUpdated, timed } from './harness.js';
import { loadLand } from './land.js';
import { headingBuckets, spriteAtlas, spriteSize, SpritePixels } from './sprites.js';
import { center, coast, land, leafletZoom, pageOptions, sea, statusColours } from './view.js';

/**
 * The approach the app would use: one canvas owned by a layer, redrawn every animation frame,
 * each marker interpolated between its last two reports and stamped from a sprite atlas, with
 * drawImage or, with options.stamp, by writing the sprites' pixels into an ImageData.
 */
const FleetCanvasLayer = L.Layer.extend({
    initialize(fleet, options = {}) {
        this._stamp = options.stamp === true;
        this._fleet = fleet;
        const n = fleet.count;
        // Reports are projected once, on arrival; a frame only interpolates and offsets.
        this._fromX = new Float64Array(n);
        this._fromY = new Float64Array(n);
        this._toX = new Float64Array(n);
        this._toY = new Float64Array(n);
        this._since = new Float64Array(n);
        for (let i = 0; i < n; i++) {
            this._fromX[i] = this._toX[i] = mercatorX(fleet.lon[i]);
            this._fromY[i] = this._toY[i] = mercatorY(fleet.lat[i]);
        }
        this._atlas = spriteAtlas();
        this._draw = this._draw.bind(this);
    },

    onAdd(map) {
        this._canvas = L.DomUtil.create('canvas', 'leaflet-zoom-hide');
        this._context = this._canvas.getContext('2d');
        this.getPane().appendChild(this._canvas);
        map.on('moveend resize', this._reset, this);
        this._reset();
        this._frame = requestAnimationFrame(this._draw);
    },

    onRemove(map) {
        cancelAnimationFrame(this._frame);
        map.off('moveend resize', this._reset, this);
        this._canvas.remove();
    },

    /** Markers [first, end) reported new positions at time now. */
    report(first, end, now) {
        const fleet = this._fleet;
        for (let i = first; i < end; i++) {
            this._fromX[i] = this._toX[i];
            this._fromY[i] = this._toY[i];
            this._toX[i] = mercatorX(fleet.lon[i]);
            this._toY[i] = mercatorY(fleet.lat[i]);
            this._since[i] = now;
        }
    },

    /** The canvas covers the map's container; its pixels are world pixels minus the top-left corner. */
    _reset() {
        const map = this._map;
        const size = map.getSize();
        this._canvas.width = size.x;
        this._canvas.height = size.y;
        if (this._stamp) {
            this._image = new ImageData(size.x, size.y);
            this._pixels = new Uint32Array(this._image.data.buffer);
            this._sprites = new SpritePixels(this._atlas, size.x);
        }
        L.DomUtil.setPosition(this._canvas, map.containerPointToLayerPoint([0, 0]));
        const topLeft = map.getPixelBounds().min;
        this._scale = 256 * 2 ** map.getZoom();
        this._originX = topLeft.x + spriteSize / 2;
        this._originY = topLeft.y + spriteSize / 2;
    },

    _draw(now) {
        timed(() => (this._stamp ? this._stampAll(now) : this._drawAll(now)));
        screenUpdated();
        this._frame = requestAnimationFrame(this._draw);
    },

    /** Where marker i is at time now, between its last two reports: the sprite's top-left pixel. */
    _x(i, now) {
        const f = Math.min(1, Math.max(0, (now - this._since[i]) / reportIntervalMs));
        // Whole pixels: sub-pixel drawImage resamples every sprite.
        return Math.round((this._fromX[i] + (this._toX[i] - this._fromX[i]) * f) * this._scale - this._originX);
    },

    _y(i, now) {
        const f = Math.min(1, Math.max(0, (now - this._since[i]) / reportIntervalMs));
        return Math.round((this._fromY[i] + (this._toY[i] - this._fromY[i]) * f) * this._scale - this._originY);
    },

    _sprite(i) {
        const bucket = Math.round(this._fleet.heading[i] / (360 / headingBuckets)) % headingBuckets;
        return this._fleet.status[i] * headingBuckets + bucket;
    },

    _drawAll(now) {
        const context = this._context;
        context.clearRect(0, 0, this._canvas.width, this._canvas.height);
        for (let i = 0; i < this._fleet.count; i++) {
            const sprite = this._sprite(i);
            context.drawImage(this._atlas, (sprite % headingBuckets) * spriteSize, Math.floor(sprite / headingBuckets) * spriteSize,
                spriteSize, spriteSize, this._x(i, now), this._y(i, now), spriteSize, spriteSize);
        }
    },

    _stampAll(now) {
        const { _pixels: pixels, _sprites: sprites } = this;
        const width = this._canvas.width;
        const right = width - spriteSize;
        const bottom = this._canvas.height - spriteSize;
        pixels.fill(0);
        for (let i = 0; i < this._fleet.count; i++) {
            const x = this._x(i, now);
            const y = this._y(i, now);
            // A sprite is stamped whole or not at all: one crossing the edge would wrap to the other side.
            if (x >= 0 && y >= 0 && x <= right && y <= bottom) {
                sprites.stamp(pixels, this._sprite(i), y * width + x);
            }
        }
        this._context.putImageData(this._image, 0, 0);
    },
});

function canvasLayer(map, fleet, options) {
    const layer = new FleetCanvasLayer(fleet, options).addTo(map);
    fleet.start((first, end, now) => timed(() => layer.report(first, end, now)));
}

/** Leaflet's own canvas renderer (preferCanvas): one L.circleMarker per marker, moved with setLatLng. */
function circleMarkers(map, fleet) {
    const markers = [];
    const statuses = Uint8Array.from(fleet.status);
    const group = L.layerGroup().addTo(map);
    for (let i = 0; i < fleet.count; i++) {
        markers.push(L.circleMarker([fleet.lat[i], fleet.lon[i]], {
            radius: 5, weight: 1, color: '#333', fillColor: statusColours[fleet.status[i]], fillOpacity: 1, interactive: false,
        }).addTo(group));
    }
    fleet.start((first, end) => {
        timed(() => {
            for (let i = first; i < end; i++) {
                markers[i].setLatLng([fleet.lat[i], fleet.lon[i]]);
                if (statuses[i] !== fleet.status[i]) {
                    statuses[i] = fleet.status[i];
                    markers[i].setStyle({ fillColor: statusColours[statuses[i]] });
                }
            }
        });
        // Leaflet redraws in its own animation frame callback, requested by setLatLng; this one runs after it.
        requestAnimationFrame(screenUpdated);
    });
}

const variants = {
    'canvas-layer': canvasLayer,
    'canvas-imagedata': (map, fleet) => canvasLayer(map, fleet, { stamp: true }),
    'circlemarker': circleMarkers,
};

async function main() {
    const { variant, markers } = pageOptions();
    const start = variants[variant];
    if (!start) {
        throw new Error(`unknown variant ${variant}; known: ${Object.keys(variants).join(', ')}`);
    }

    const container = document.getElementById('map');
    container.style.background = sea;
    const map = L.map(container, {
        center: [center.lat, center.lon],
        zoom: leafletZoom,
        zoomControl: false,
        attributionControl: false,
        preferCanvas: variant === 'circlemarker',
        fadeAnimation: false,
        zoomAnimation: false,
    });

    // Land in its own pane and canvas, so redrawing markers never repaints the coastline.
    map.createPane('land').style.zIndex = 350;
    L.geoJSON(await loadLand(), {
        renderer: L.canvas({ pane: 'land' }),
        interactive: false,
        style: { color: coast, weight: 1, fillColor: land, fillOpacity: 1 },
    }).addTo(map);

    const bounds = map.getBounds();
    const fleet = new Fleet(markers, { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() });
    start(map, fleet);

    // Two frames, so the first drawing of land and markers is on screen.
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    ready({ library: `Leaflet ${L.version}`, variant, markers });
}

main().catch(fail);
