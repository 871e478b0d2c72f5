using System.Text.Json;
using System.Text.Json.Serialization;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Json;

/// <summary>Coordinates go out as they come in: [lon, lat], the GeoJSON order.</summary>
public sealed class CoordinateConverter : JsonConverter<Coordinate>
{
    public override Coordinate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var pair = JsonSerializer.Deserialize<double[]>(ref reader, options);
        return pair is { Length: 2 } ? new Coordinate(pair[0], pair[1]) : throw new JsonException("a coordinate is a [lon, lat] pair");
    }

    public override void Write(Utf8JsonWriter writer, Coordinate value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Lon);
        writer.WriteNumberValue(value.Lat);
        writer.WriteEndArray();
    }
}
