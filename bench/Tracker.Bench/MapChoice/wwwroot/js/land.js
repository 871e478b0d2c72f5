// The basemap every variant draws: Natural Earth 1:50m land polygons from world-atlas, turned
// into GeoJSON with topojson-client. Served locally, so the page needs no network.
import { feature } from '/node_modules/topojson-client/src/index.js';

export async function loadLand() {
    const response = await fetch('/node_modules/world-atlas/land-50m.json');
    if (!response.ok) {
        throw new Error(`land-50m.json: HTTP ${response.status}`);
    }
    const topology = await response.json();
    return feature(topology, topology.objects.land);
}
