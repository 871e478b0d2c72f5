// The offline basemap: Natural Earth land from world-atlas, drawn as vectors (no tile server).
// The whole world at 1:50m when zoomed out; the coast of the Bohai, Yellow Sea and East China
// Sea at 1:10m from zoom 7, where harbours and islands matter.
import * as L from '/lib/leaflet/leaflet-src.esm.js';

const DETAILED_FROM_ZOOM = 7;
const LAND = { stroke: true, color: '#8fa7bd', weight: 1, fillColor: '#f3efe6', fillOpacity: 1, interactive: false };

export async function addBasemap(map, renderer) {
  const [world, region] = await Promise.all([json('/lib/world-atlas/land-50m.json'), json('/lib/world-atlas/land-10m-region.json')]);
  const topojson = window.topojson;
  const coarse = L.geoJSON(topojson.feature(world, world.objects.land), { ...LAND, renderer });
  const detailed = L.geoJSON(topojson.feature(region, region.objects.land), { ...LAND, renderer, smoothFactor: 0.6 });

  const choose = () => {
    const wantDetailed = map.getZoom() >= DETAILED_FROM_ZOOM;
    swap(map, wantDetailed ? detailed : coarse, wantDetailed ? coarse : detailed);
  };

  map.on('zoomend', choose);
  choose();
}

function swap(map, show, hide) {
  if (map.hasLayer(hide)) map.removeLayer(hide);
  if (!map.hasLayer(show)) {
    show.addTo(map);
    show.bringToBack();
  }
}

async function json(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return response.json();
}
