using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Tracker.Domain.Events;

namespace Tracker.Api.Json;

public static class JsonSetup
{
    /// <summary>camelCase, enums as their wire names (IN_TRANSIT, GTIN; seal states in lower case as devices send them).</summary>
    public static void Configure(JsonOptions options)
    {
        var s = options.SerializerOptions;
        s.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        s.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        s.Converters.Add(new JsonStringEnumConverter<SealState>(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
        s.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseUpper, allowIntegerValues: false));
        s.Converters.Add(new CoordinateConverter());
    }
}
