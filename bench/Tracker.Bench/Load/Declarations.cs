using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Tracker.Bench.Load;

/// <summary>Declares transits through POST /api/v1/consignments, several callers at once, and times it.</summary>
public static class Declarations
{
    public const string Office = "BENCH-DEP";

    /// <summary>
    /// The deviation rule's tolerance for these transits, declared as customs may approve it: the road default
    /// (minutes outside before an alert) would not fire within a benchmark window of seconds.
    /// </summary>
    public const double DeviationToleranceSeconds = 2;

    public static async Task<(double PerSecond, int Failed)> Declare(LoadApi api, IReadOnlyList<Transit> transits, int declarers)
    {
        var next = -1;
        var failed = 0;
        var done = 0;
        var tenth = Math.Max(1, transits.Count / 10);
        string? firstProblem = null;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, declarers).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < transits.Count; i = Interlocked.Increment(ref next))
            {
                using var content = new StringContent(Body(transits[i]).ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await api.Post("/api/v1/consignments", content, api.Admin);
                if (Interlocked.Increment(ref done) % tenth == 0)
                {
                    // A long declaration phase shows its pace as it goes: at scale the pace is the finding.
                    RunLog.Say($"declared {done:N0} of {transits.Count:N0} in {clock.Elapsed.TotalSeconds:0} s");
                }

                if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstProblem, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}", null);
                }
            }
        }));
        clock.Stop();
        if (firstProblem is not null)
        {
            Console.Error.WriteLine($"  {failed} declarations failed; the first: {firstProblem}");
        }

        return ((transits.Count - failed) / clock.Elapsed.TotalSeconds, failed);
    }

    public static JsonObject Body(Transit t) => new()
    {
        ["id"] = t.Id,
        ["tenant"] = "bench",
        ["mode"] = "ROAD",
        ["departureOffice"] = Office,
        ["destinationOffice"] = "BENCH-DST",
        ["origin"] = new JsonObject { ["unLocode"] = "CNTAO", ["facility"] = "QQCTU" },
        ["destination"] = new JsonObject { ["unLocode"] = "CNXIA" },
        ["corridor"] = new JsonObject { ["path"] = new JsonArray(Point(t.Start), Point(t.End)), ["bufferMeters"] = 2000.0 },
        ["zones"] = new JsonArray(
            new JsonObject { ["id"] = "seal-yard", ["kind"] = "SEAL", ["center"] = Point(t.Start), ["radiusMeters"] = 500.0 },
            new JsonObject { ["id"] = "unseal-yard", ["kind"] = "UNSEAL", ["center"] = Point(t.End), ["radiusMeters"] = 500.0 }),
        ["deadline"] = DateTimeOffset.UtcNow.AddDays(3).ToString("O", CultureInfo.InvariantCulture),
        ["containers"] = new JsonArray([.. t.Containers.Select(c => (JsonNode?)c)]),
        ["locks"] = new JsonArray([.. t.Locks.Select((l, i) => (JsonNode?)new JsonObject { ["lockId"] = l, ["container"] = t.Containers[i] })]),
        ["vehicleId"] = t.Vehicle,
        ["rules"] = new JsonObject { ["deviationToleranceSeconds"] = DeviationToleranceSeconds },
    };

    private static JsonArray Point((double Lon, double Lat) p) => new(p.Lon, p.Lat);
}
