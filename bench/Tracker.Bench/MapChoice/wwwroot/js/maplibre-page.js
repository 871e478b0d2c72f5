// MapLibre GL 6.17.0 variants: ?variant=geojson-frame|updatedata|custom-layer|custom-layer-report&markers=N
import * as maplibregl from '/node_modules/maplibre-gl/dist/maplibre-gl.mjs';
import { Fleet, reportIntervalMs } from './fleet.js';
import { FleetGlLayer } from './fleet-layer-gl.js';
import { fail, ready, screenUpdated, timed } from './harness.js';
import { loadLand } from './land.js';
import { statusIcons } from './sprites.js';
import { center, coast, land, maplibreZoom, pageOptions, sea, statusColours } from './view.js';

/** The same arrows as the Leaflet sprites: one image per status, rotated by MapLibre. */
const arrowLayer = {
    id: 'fleet',
    type: 'symbol',
    source: 'fleet',
    layout: {
        'icon-image': ['concat', 'arrow-', ['to-string', ['get', 's']]],
        'icon-rotate': ['get', 'h'],
        'icon-rotation-alignment': 'map',
        // Every marker is drawn: no collision hiding, as on the Leaflet canvas.
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
    },
};

/** With ?layer=circle: plain circles coloured by status, to tell symbol layout cost from the rest. */
const circleLayer = {
    id: 'fleet',
    type: 'circle',
    source: 'fleet',
    paint: {
        'circle-radius': 5,
        'circle-color': ['match', ['get', 's'], 0, statusColours[0], 1, statusColours[1], 2, statusColours[2], statusColours[3]],
        'circle-stroke-width': 1,
        'circle-stroke-color': '#333',
    },
};

function fleetLayer() {
    return new URLSearchParams(location.search).get('layer') === 'circle' ? circleLayer : arrowLayer;
}

function point(fleet, i, lon = fleet.lon[i], lat = fleet.lat[i]) {
    return {
        type: 'Feature',
        id: i,
        geometry: { type: 'Point', coordinates: [lon, lat] },
        properties: { h: fleet.heading[i], s: fleet.status[i] },
    };
}

/**
 * Counts the fleet data reaching the screen: a worker update (setData or updateData) counts once
 * the first tile laid out from it has arrived. The promises those calls return are no measure:
 * they settle only when MapLibre's update queue is empty, which under a steady stream of
 * updates it may never be.
 */
function countScreenUpdates(map) {
    let fresh = false;
    map.on('sourcedata', event => {
        if (event.sourceId !== 'fleet') {
            return;
        }
        if (event.sourceDataType === 'content') {
            fresh = true;
        } else if (event.tile && fresh) {
            fresh = false;
            screenUpdated();
        }
    });
}

function collection(fleet) {
    const features = new Array(fleet.count);
    for (let i = 0; i < fleet.count; i++) {
        features[i] = point(fleet, i);
    }
    return { type: 'FeatureCollection', features };
}

/**
 * setData with every marker's interpolated position, once per animation frame. While the worker
 * still processes the previous data the frame skips the call: MapLibre would drop all but the
 * newest pending data anyway, so building it would be wasted work.
 */
function geojsonPerFrame(map, fleet) {
    const n = fleet.count;
    const fromLon = Float64Array.from(fleet.lon);
    const fromLat = Float64Array.from(fleet.lat);
    const toLon = Float64Array.from(fleet.lon);
    const toLat = Float64Array.from(fleet.lat);
    const since = new Float64Array(n);
    map.addSource('fleet', { type: 'geojson', data: collection(fleet) });
    map.addLayer(fleetLayer());
    const source = map.getSource('fleet');

    let pending = false;
    const frame = now => {
        if (!pending) {
            const data = timed(() => {
                const features = new Array(n);
                for (let i = 0; i < n; i++) {
                    const f = Math.min(1, Math.max(0, (now - since[i]) / reportIntervalMs));
                    features[i] = point(fleet, i, fromLon[i] + (toLon[i] - fromLon[i]) * f, fromLat[i] + (toLat[i] - fromLat[i]) * f);
                }
                return { type: 'FeatureCollection', features };
            });
            pending = true;
            timed(() => source.setData(data)).then(() => {
                pending = false;
            }, fail);
        }
        requestAnimationFrame(frame);
    };

    return () => {
        countScreenUpdates(map);
        fleet.start((first, end, now) => timed(() => {
            for (let i = first; i < end; i++) {
                fromLon[i] = toLon[i];
                fromLat[i] = toLat[i];
                toLon[i] = fleet.lon[i];
                toLat[i] = fleet.lat[i];
                since[i] = now;
            }
        }));
        requestAnimationFrame(frame);
    };
}

/** updateData with the reported markers' new geometry and properties, per report batch; no interpolation. */
function updateDataPerReport(map, fleet) {
    map.addSource('fleet', { type: 'geojson', data: collection(fleet) });
    map.addLayer(fleetLayer());
    const source = map.getSource('fleet');
    countScreenUpdates(map);
    return () => fleet.start((first, end) => {
        const diff = timed(() => {
            const update = new Array(end - first);
            for (let i = first; i < end; i++) {
                update[i - first] = {
                    id: i,
                    newGeometry: { type: 'Point', coordinates: [fleet.lon[i], fleet.lat[i]] },
                    addOrUpdateProperties: [{ key: 'h', value: fleet.heading[i] }, { key: 's', value: fleet.status[i] }],
                };
            }
            return { update };
        });
        timed(() => source.updateData(diff)).catch(fail);
    });
}

/** A custom WebGL layer interpolating on the GPU; MapLibre repaints every frame for it. */
function customLayer(map, fleet) {
    const layer = new FleetGlLayer(fleet, { interpolate: true });
    map.addLayer(layer);
    const frame = () => {
        map.triggerRepaint();
        screenUpdated();
        requestAnimationFrame(frame);
    };
    return () => {
        fleet.start((first, end, now) => timed(() => layer.report(first, end, now)));
        requestAnimationFrame(frame);
    };
}

/**
 * The same custom layer without interpolation: MapLibre repaints only when a report batch
 * arrives, so the cost of a repaint is paid 4 times a second instead of every frame.
 */
function customLayerPerReport(map, fleet) {
    const layer = new FleetGlLayer(fleet, { interpolate: false });
    map.addLayer(layer);
    return () => fleet.start((first, end, now) => {
        timed(() => layer.report(first, end, now));
        map.triggerRepaint();
        requestAnimationFrame(screenUpdated);
    });
}

const variants = {
    'geojson-frame': geojsonPerFrame,
    'updatedata': updateDataPerReport,
    'custom-layer': customLayer,
    'custom-layer-report': customLayerPerReport,
};

async function main() {
    const { variant, markers } = pageOptions();
    const start = variants[variant];
    if (!start) {
        throw new Error(`unknown variant ${variant}; known: ${Object.keys(variants).join(', ')}`);
    }

    const map = new maplibregl.Map({
        container: 'map',
        center: [center.lon, center.lat],
        zoom: maplibreZoom,
        attributionControl: false,
        fadeDuration: 0,
        style: {
            version: 8,
            sources: { land: { type: 'geojson', data: await loadLand() } },
            layers: [
                { id: 'sea', type: 'background', paint: { 'background-color': sea } },
                { id: 'land', type: 'fill', source: 'land', paint: { 'fill-color': land, 'fill-outline-color': coast } },
            ],
        },
    });
    map.on('error', event => fail(event.error ?? event));
    await map.once('load');
    statusIcons().forEach((icon, status) => map.addImage(`arrow-${status}`, icon));

    const bounds = map.getBounds();
    const fleet = new Fleet(markers, { west: bounds.getWest(), south: bounds.getSouth(), east: bounds.getEast(), north: bounds.getNorth() });
    const begin = start(map, fleet);

    // Movement starts once land and the markers' first data are drawn, not merely sent to the worker.
    await map.once('idle');
    begin();
    ready({ library: `MapLibre GL ${maplibregl.getVersion()}`, variant, markers, canvas: map.getCanvas() });
}

main().catch(fail);
