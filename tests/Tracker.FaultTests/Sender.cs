using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;

namespace Tracker.FaultTests;

/// <summary>
/// One gateway sending a consignment's lock fixes, vehicle fixes and terminal events, batch
/// after batch, and remembering which batches the API acknowledged.
/// </summary>
public sealed class Sender(string consignmentId, string[] containers, string[] locks, string vehicle)
{
    private static readonly DateTimeOffset Base = DateTimeOffset.UtcNow.AddHours(-2);

    public string ConsignmentId => consignmentId;

    public string[] Containers => containers;

    public string[] Locks => locks;

    public string Vehicle => vehicle;

    /// <summary>Each batch: (lock, seq) pairs, vehicle seqs, event ids, and whether it was acknowledged.</summary>
    public List<SentBatch> Batches { get; } = [];

    public JsonObject Declaration(string tenant) => new()
    {
        ["id"] = consignmentId,
        ["tenant"] = tenant,
        ["mode"] = "ROAD",
        ["departureOffice"] = "QDCUS",
        ["destinationOffice"] = "JZCUS",
        ["origin"] = new JsonObject { ["unLocode"] = "CNTAO" },
        ["destination"] = new JsonObject { ["unLocode"] = "CNJZO" },
        ["corridor"] = new JsonObject { ["path"] = new JsonArray(new JsonArray(120.3, 36.0), new JsonArray(120.0, 36.3)), ["bufferMeters"] = 500 },
        ["deadline"] = DateTimeOffset.UtcNow.AddHours(6).ToString("O", CultureInfo.InvariantCulture),
        ["containers"] = new JsonArray([.. containers.Select(c => (JsonNode)c)]),
        ["locks"] = new JsonArray([.. containers.Zip(locks, (c, l) => (JsonNode)new JsonObject { ["lockId"] = l, ["container"] = c })]),
        ["vehicleId"] = vehicle,
    };

    public async Task Run(ApiClient api, CancellationToken stop)
    {
        for (var k = 0; !stop.IsCancellationRequested; k++)
        {
            await Send(api, "/api/v1/ingest/lock-fixes", LockFixes(k), new SentBatch(SentKind.LockFixes, k));
            await Send(api, "/api/v1/ingest/vehicle-fixes", VehicleFix(k), new SentBatch(SentKind.VehicleFix, k));
            await Send(api, "/api/v1/events", Event(k), new SentBatch(SentKind.Event, k));
        }
    }

    public static IEnumerable<(string Lock, long Seq)> LockSeqs(string[] locks, int k) =>
        locks.SelectMany(l => Enumerable.Range(0, 5).Select(i => (l, (long)(k * 5) + i)));

    public string EventId(int k) => $"{consignmentId}-ev-{k}";

    public JsonArray LockFixes(int k) => new([.. LockSeqs(locks, k).Select(f => (JsonNode)new JsonObject
    {
        ["lockId"] = f.Lock,
        ["seq"] = f.Seq,
        ["time"] = Base.AddSeconds(f.Seq).ToString("O", CultureInfo.InvariantCulture),
        ["lat"] = 36.0 + (f.Seq * 1e-4),
        ["lon"] = 120.3,
        ["seal"] = "sealed",
    })]);

    /// <summary>Stamped after the declaration: a consignment's vehicle track starts when it was declared.</summary>
    private JsonArray VehicleFix(int k) => new(new JsonObject
    {
        ["vehicleId"] = vehicle,
        ["seq"] = k,
        ["time"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["lat"] = 36.0,
        ["lon"] = 120.3,
    });

    private JsonArray Event(int k) => new(new JsonObject
    {
        ["eventId"] = EventId(k),
        ["eventType"] = "EQUIPMENT",
        ["eventCode"] = k % 2 == 0 ? "GTIN" : "GTOT",
        ["classifier"] = "ACT",
        ["time"] = Base.AddSeconds(k).ToString("O", CultureInfo.InvariantCulture),
        ["equipmentReference"] = containers[k % containers.Length],
        ["location"] = new JsonObject { ["unLocode"] = "CNTAO" },
    });

    private async Task Send(ApiClient api, string path, JsonArray body, SentBatch batch)
    {
        try
        {
            var response = await api.Post(path, body, "device");
            Batches.Add(batch with { Acknowledged = response.StatusCode == HttpStatusCode.Accepted });
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            // The host died under this call: sent, not acknowledged.
            Batches.Add(batch);
        }
    }
}

public enum SentKind
{
    LockFixes,
    VehicleFix,
    Event,
}

public sealed record SentBatch(SentKind Kind, int K, bool Acknowledged = false);
