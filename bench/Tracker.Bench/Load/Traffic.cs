using System.Buffers;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// The reports of one host's fleet, a pass at a time: in each pass every lock (in batches of 500, the five
/// locks of a truck together, as one gateway would send them) and every truck reports once, a little further
/// along its corridor than in the pass before, stamped with the current time and the pass number as seq.
/// Senders share one cursor per target, so passes follow each other whatever the number of senders, and
/// each device's seq grows on the real ingest whatever the baselines sent in between.
/// </summary>
public sealed class Traffic
{
    /// <summary>Each pass moves a truck this share of its corridor (about 50 m); it parks short of the unsealing zone.</summary>
    private const double StepFraction = 0.0004;
    private const double LastFraction = 0.9;

    /// <summary>About 5 km beside the corridor: past its 2 km buffer and the rule's 500 m deviation distance.</summary>
    private const double DeviationDegrees = 0.045;

    /// <summary>Deviating transits leave their corridor from this pass on, so their first reports are inside.</summary>
    private const int DeviateFromPass = 3;

    private readonly Transit[] _transits;
    private readonly (BatchKind Kind, int First, int Count)[] _ingestPass;
    private readonly (BatchKind Kind, int First, int Count)[] _locksPass;
    private readonly long[] _cursors = [-1, -1, -1];

    public Traffic(Transit[] transits)
    {
        _transits = transits;
        var transitsPerLockBatch = LoadOptions.BatchSize / LoadOptions.LocksPerTransit;
        var lockBatches = Chunks(transits.Length, transitsPerLockBatch).Select(c => (BatchKind.Locks, c.First, c.Count)).ToArray();
        var vehicleBatches = Chunks(transits.Length, LoadOptions.BatchSize).Select(c => (BatchKind.Vehicles, c.First, c.Count)).ToArray();

        // Truck batches spread between the lock batches, as a gateway's traffic mixes them.
        var every = Math.Max(1, lockBatches.Length / Math.Max(1, vehicleBatches.Length));
        var pass = new List<(BatchKind, int, int)>();
        for (int l = 0, v = 0; l < lockBatches.Length || v < vehicleBatches.Length;)
        {
            for (var k = 0; k < every && l < lockBatches.Length; k++)
            {
                pass.Add(lockBatches[l++]);
            }

            if (v < vehicleBatches.Length)
            {
                pass.Add(vehicleBatches[v++]);
            }
        }

        _ingestPass = [.. pass];
        _locksPass = lockBatches;
    }

    /// <summary>Reports in one pass of the given target.</summary>
    public int FixesPerPass(Target target) => target == Target.Ingest ? _transits.Length * (LoadOptions.LocksPerTransit + 1) : _transits.Length * LoadOptions.LocksPerTransit;

    public int BatchesPerPass(Target target) => Pass(target).Length;

    /// <summary>The next batch to send: its kind, its fix count and its JSON body.</summary>
    public (BatchKind Kind, int Fixes, byte[] Body) Next(Target target)
    {
        var batches = Pass(target);
        var index = Interlocked.Increment(ref _cursors[(int)target]);
        var (kind, first, count) = batches[(int)(index % batches.Length)];
        var pass = (int)(index / batches.Length);
        return (kind, kind == BatchKind.Locks ? count * LoadOptions.LocksPerTransit : count, Write(kind, first, count, pass));
    }

    private (BatchKind Kind, int First, int Count)[] Pass(Target target) => target == Target.Ingest ? _ingestPass : _locksPass;

    private byte[] Write(BatchKind kind, int first, int count, int pass)
    {
        var buffer = new ArrayBufferWriter<byte>(count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var now = DateTimeOffset.UtcNow;
            json.WriteStartArray();
            for (var i = first; i < first + count; i++)
            {
                var t = _transits[i];
                var (lon, lat, heading) = Position(t, pass);
                if (kind == BatchKind.Vehicles)
                {
                    Fix(json, "vehicleId", t.Vehicle, pass, now, lat, lon, heading, seal: false);
                    continue;
                }

                for (var k = 0; k < t.Locks.Length; k++)
                {
                    // The locks ride on one truck: a few metres apart.
                    Fix(json, "lockId", t.Locks[k], pass, now, lat + (k * 0.00002), lon, heading, seal: true);
                }
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Fix(Utf8JsonWriter json, string idName, string id, int pass, DateTimeOffset now, double lat, double lon, double heading, bool seal)
    {
        json.WriteStartObject();
        json.WriteString(idName, id);
        json.WriteNumber("seq", pass + 1);
        json.WriteString("time", now);
        json.WriteNumber("lat", Math.Round(lat, 6));
        json.WriteNumber("lon", Math.Round(lon, 6));
        json.WriteNumber("speedKmh", 60);
        json.WriteNumber("heading", Math.Round(heading, 1));
        if (seal)
        {
            json.WriteString("seal", "sealed");
            json.WriteNumber("batteryPct", 87);
        }

        json.WriteEndObject();
    }

    private static (double Lon, double Lat, double Heading) Position(Transit t, int pass)
    {
        var f = Math.Min(LastFraction, pass * StepFraction);
        var lon = t.Start.Lon + (f * (t.End.Lon - t.Start.Lon));
        var lat = t.Start.Lat + (f * (t.End.Lat - t.Start.Lat));
        var heading = (Math.Atan2(t.End.Lon - t.Start.Lon, t.End.Lat - t.Start.Lat) * 180 / Math.PI + 360) % 360;
        if (t.Deviates && pass >= DeviateFromPass)
        {
            // The corridors run south-east, so north-east is off to the side.
            lon += DeviationDegrees;
            lat += DeviationDegrees;
        }

        return (lon, lat, heading);
    }

    private static IEnumerable<(int First, int Count)> Chunks(int total, int size)
    {
        for (var first = 0; first < total; first += size)
        {
            yield return (first, Math.Min(size, total - first));
        }
    }
}
