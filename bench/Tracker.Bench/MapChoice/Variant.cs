namespace Tracker.Bench.MapChoice;

/// <summary>One way of drawing the fleet: a page and the variant it runs.</summary>
public sealed record Variant(string Name, string Page, string PageVariant, string Description)
{
    public static readonly Variant[] All =
    [
        new("leaflet-canvas-layer", "leaflet.html", "canvas-layer",
            "Leaflet, own L.Layer canvas redrawn every frame, interpolated, sprites by drawImage"),
        new("leaflet-canvas-imagedata", "leaflet.html", "canvas-imagedata",
            "extra: the same layer writing the sprites' pixels into one ImageData (putImageData) instead of drawImage"),
        new("leaflet-circlemarker", "leaflet.html", "circlemarker",
            "Leaflet L.circleMarker with preferCanvas, setLatLng per report"),
        new("maplibre-geojson-frame", "maplibre.html", "geojson-frame",
            "MapLibre GeoJSON source + symbol layer (icon-rotate), setData per frame, interpolated"),
        new("maplibre-updatedata", "maplibre.html", "updatedata",
            "MapLibre GeoJSON source + symbol layer (icon-rotate), updateData per report batch"),
        new("maplibre-custom-layer", "maplibre.html", "custom-layer",
            "extra: MapLibre custom WebGL layer, GL points interpolated in the vertex shader, repainted every frame"),
        new("maplibre-custom-layer-report", "maplibre.html", "custom-layer-report",
            "extra: the same custom layer without interpolation, repainted only per report batch"),
    ];

    public Uri Address(Uri server, int markers) => new(server, $"{Page}?variant={PageVariant}&markers={markers}");
}
