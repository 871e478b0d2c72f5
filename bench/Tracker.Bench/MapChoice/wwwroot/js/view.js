// The view every variant shows: the Yellow Sea and Bohai, about 114-128E across a 1280 px window.
// Leaflet counts zoom in 256 px tiles and MapLibre in 512 px tiles, so the same scale is one
// zoom level apart.
export const center = { lon: 121, lat: 36.5 };
export const leafletZoom = 7;
export const maplibreZoom = leafletZoom - 1;

export const sea = '#cfe2ec';
export const land = '#ece6d6';
export const coast = '#9b9582';

// Marker status colours: under way, at anchor or berth, overdue, alarm.
export const statusColours = ['#1f6fd1', '#2e9e44', '#e0a100', '#d62728'];

/** Options from the page address: ?variant=...&markers=N */
export function pageOptions() {
    const query = new URLSearchParams(location.search);
    return {
        variant: query.get('variant') ?? '',
        markers: Number(query.get('markers') ?? '10000'),
    };
}
