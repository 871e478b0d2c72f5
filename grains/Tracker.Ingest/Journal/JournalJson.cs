using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tracker.Ingest.Journal;

/// <summary>How journal records are written: JSON with enums by name, so a record outlives code changes.</summary>
public static class JournalJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
