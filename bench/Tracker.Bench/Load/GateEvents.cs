using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// The DCSA-style events in the traffic: the origin terminal's gate moves of the transits' containers, a
/// truck's five boxes one after the other, as a terminal system sends them in small batches.
/// </summary>
/// <remarks>
/// The events name the container and the truck, not the consignment: they go to the container grains only, so they
/// never move a transit's lifecycle (a GTIN at the destination naming the consignment would end its supervision,
/// and the deviations and seal alerts the run measures with it). Should a run outlast its boxes, they gate back in
/// and out again: each event has an id of its own, so none is a duplicate.
/// </remarks>
public sealed class GateEvents(Transit[] transits)
{
    /// <summary>
    /// Events of one host are journaled and applied one call at a time (the ingest pipeline keeps them in order),
    /// so a batch is kept small: a large one would hold every other event call behind it.
    /// </summary>
    public const int BatchSize = 20;

    private readonly int _boxes = transits.Length * LoadOptions.LocksPerTransit;

    /// <summary>Writes events number <paramref name="first"/> to first + count - 1 of the run.</summary>
    public void Write(Utf8JsonWriter json, long first, int count)
    {
        var now = DateTimeOffset.UtcNow;
        for (var n = first; n < first + count; n++)
        {
            var round = n / _boxes;
            var box = (int)(n % _boxes);
            var transit = transits[box / LoadOptions.LocksPerTransit];
            var code = round % 2 == 0 ? "GTOT" : "GTIN";
            json.WriteStartObject();
            json.WriteString("eventId", $"{transit.Id}-C{box % LoadOptions.LocksPerTransit}-{code}{round}");
            json.WriteString("eventType", "EQUIPMENT");
            json.WriteString("eventCode", code);
            json.WriteString("classifier", "ACT");
            json.WriteString("time", now);
            json.WriteString("equipmentReference", transit.Containers[box % LoadOptions.LocksPerTransit]);
            json.WriteString("vehicleId", transit.Vehicle);
            json.WriteStartObject("location");
            json.WriteString("unLocode", "CNTAO");
            json.WriteString("facility", "QQCTU");
            json.WriteEndObject();
            json.WriteString("modeOfTransport", "TRUCK");
            json.WriteEndObject();
        }
    }
}
