using System.Buffers;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>
/// The reports of one host's fleet, a pass at a time: in each pass every lock (in batches of 500, the five
/// locks of a truck together, as one gateway would send them) and every truck reports once, a little further
/// along its corridor than in the pass before, stamped with the current time and the pass number as seq.
/// Between them go the vessels' AIS reports (about 6% of a pass's reports) and the containers' gate events
/// (about 1%), so that the host takes every kind of input the issue names at once.
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

    /// <summary>Shares of all reports in a pass: AIS is a minority beside the locks, events a trickle.</summary>
    private const double AisShare = 0.06;
    private const double EventShare = 0.01;

    /// <summary>
    /// A seal fix sent outside the passes takes the seq of the pass this many ahead: a pass in flight (8 senders
    /// may hold most of a small fleet's pass) never has it, and the background report that later does is a
    /// harmless duplicate.
    /// </summary>
    private const int OpenedSeqAhead = 3;

    private readonly Transit[] _transits;
    private readonly Vessels _vessels;
    private readonly GateEvents _events;
    private readonly (BatchKind Kind, int First, int Count)[] _ingestPass;
    private readonly long[] _ingestReportsBefore;
    private readonly int _eventsPerPass;
    private readonly (BatchKind Kind, int First, int Count)[] _locksPass;
    private readonly long[] _cursors = [-1, -1, -1];

    /// <summary>1 for a transit whose first lock has reported its seal opened: from then on it keeps reporting so.</summary>
    private readonly int[] _opened;

    public Traffic(Transit[] transits)
    {
        _transits = transits;
        _opened = new int[transits.Length];
        _vessels = new Vessels(transits.Length, new Random(4));
        _events = new GateEvents(transits);

        var transitsPerLockBatch = LoadOptions.BatchSize / LoadOptions.LocksPerTransit;
        var lockBatches = Chunks(transits.Length, transitsPerLockBatch).Select(c => (BatchKind.Locks, c.First, c.Count)).ToArray();
        var vehicleBatches = Chunks(transits.Length, LoadOptions.BatchSize).Select(c => (BatchKind.Vehicles, c.First, c.Count)).ToArray();

        // Every vessel once per AIS call; as many calls as give AIS its share of the pass.
        var fixes = FixesPerPass(Target.Ingest);
        var reports = fixes / (1 - AisShare - EventShare);
        var aisRounds = Math.Max(1, (int)Math.Round(reports * AisShare / _vessels.Fleet.Length));
        var aisBatches = Enumerable.Range(0, aisRounds)
            .SelectMany(_ => Chunks(_vessels.Fleet.Length, LoadOptions.BatchSize).Select(c => (BatchKind.Ais, c.First, c.Count)))
            .ToArray();
        var eventBatchCount = Math.Max(1, (int)Math.Round(reports * EventShare / GateEvents.BatchSize));
        _eventsPerPass = eventBatchCount * GateEvents.BatchSize;
        var eventBatches = Enumerable.Range(0, eventBatchCount).Select(b => (BatchKind.Events, b * GateEvents.BatchSize, GateEvents.BatchSize)).ToArray();

        // Each kind spread evenly over the pass, as a gateway's and a feed's traffic mix.
        _ingestPass = [.. new[] { lockBatches, vehicleBatches, aisBatches, eventBatches }
            .SelectMany(kind => kind.Select((b, i) => (Batch: b, At: (i + 0.5) / kind.Length)))
            .OrderBy(b => b.At)
            .ThenBy(b => b.Batch.Item1)
            .Select(b => b.Batch)];
        _ingestReportsBefore = new long[_ingestPass.Length + 1];
        for (var b = 0; b < _ingestPass.Length; b++)
        {
            _ingestReportsBefore[b + 1] = _ingestReportsBefore[b] + Reports(_ingestPass[b]);
        }

        _locksPass = lockBatches;
    }

    /// <summary>Lock and truck fixes in one pass of the given target (AIS reports and events not counted).</summary>
    public int FixesPerPass(Target target) => target == Target.Ingest ? _transits.Length * (LoadOptions.LocksPerTransit + 1) : _transits.Length * LoadOptions.LocksPerTransit;

    public int BatchesPerPass(Target target) => Pass(target).Length;

    public int Vessels => _vessels.Fleet.Length;

    /// <summary>Reports of each kind in one pass of the real ingest.</summary>
    public IReadOnlyDictionary<BatchKind, long> MixPerPass() =>
        _ingestPass.GroupBy(b => b.Kind).ToDictionary(g => g.Key, g => (long)g.Sum(Reports));

    /// <summary>Takes the next batch of the target from the shared cursor: its slot, for <see cref="Write"/>.</summary>
    public long Reserve(Target target) => Interlocked.Increment(ref _cursors[(int)target]);

    /// <summary>The slot the next <see cref="Reserve"/> will take.</summary>
    public long Position(Target target) => Interlocked.Read(ref _cursors[(int)target]) + 1;

    /// <summary>Reports in the target's slots before <paramref name="slot"/>: a paced sender's schedule.</summary>
    public long ReportsBefore(Target target, long slot)
    {
        if (target != Target.Ingest)
        {
            return slot * LoadOptions.BatchSize;
        }

        var (pass, index) = (slot / _ingestPass.Length, (int)(slot % _ingestPass.Length));
        return (pass * _ingestReportsBefore[^1]) + _ingestReportsBefore[index];
    }

    /// <summary>The batch of a reserved slot: its kind, its report count and its JSON body, stamped now.</summary>
    public (BatchKind Kind, int Reports, byte[] Body) Write(Target target, long slot)
    {
        var batches = Pass(target);
        var batch = batches[(int)(slot % batches.Length)];
        var pass = (int)(slot / batches.Length);
        return (batch.Kind, Reports(batch), Write(batch.Kind, batch.First, batch.Count, pass));
    }

    /// <summary>The next batch to send: its kind, its report count and its JSON body.</summary>
    public (BatchKind Kind, int Reports, byte[] Body) Next(Target target) => Write(target, Reserve(target));

    /// <summary>
    /// One batch with one fix per given transit: its first lock reports its seal opened, where the truck is, now.
    /// The transits keep reporting that lock opened in the passes after (a broken seal stays broken), so a
    /// pass's "sealed" never ends the alert's episode; marked before the time is taken, so that any pass
    /// report stamped later than this fix says opened as well.
    /// </summary>
    public byte[] Opened(IReadOnlyList<int> transits)
    {
        foreach (var i in transits)
        {
            Volatile.Write(ref _opened[i], 1);
        }

        var pass = (int)(Position(Target.Ingest) / _ingestPass.Length);
        var buffer = new ArrayBufferWriter<byte>(transits.Count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var now = DateTimeOffset.UtcNow;
            json.WriteStartArray();
            foreach (var i in transits)
            {
                var t = _transits[i];
                var (lon, lat, heading) = Position(t, pass);
                Fix(json, "lockId", t.Locks[0], pass + OpenedSeqAhead, now, lat, lon, heading, "opened");
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private (BatchKind Kind, int First, int Count)[] Pass(Target target) => target == Target.Ingest ? _ingestPass : _locksPass;

    private static int Reports((BatchKind Kind, int First, int Count) batch) =>
        batch.Kind == BatchKind.Locks ? batch.Count * LoadOptions.LocksPerTransit : batch.Count;

    private byte[] Write(BatchKind kind, int first, int count, int pass)
    {
        var buffer = new ArrayBufferWriter<byte>(count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            var now = DateTimeOffset.UtcNow;
            json.WriteStartArray();
            if (kind == BatchKind.Ais)
            {
                _vessels.Write(json, first, count);
            }
            else if (kind == BatchKind.Events)
            {
                _events.Write(json, ((long)pass * _eventsPerPass) + first, count);
            }
            else
            {
                WriteFixes(json, kind, first, count, pass, now);
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private void WriteFixes(Utf8JsonWriter json, BatchKind kind, int first, int count, int pass, DateTimeOffset now)
    {
        for (var i = first; i < first + count; i++)
        {
            var t = _transits[i];
            var (lon, lat, heading) = Position(t, pass);
            if (kind == BatchKind.Vehicles)
            {
                Fix(json, "vehicleId", t.Vehicle, pass, now, lat, lon, heading, seal: null);
                continue;
            }

            var opened = Volatile.Read(ref _opened[i]) == 1;
            for (var k = 0; k < t.Locks.Length; k++)
            {
                // The locks ride on one truck: a few metres apart.
                Fix(json, "lockId", t.Locks[k], pass, now, lat + (k * 0.00002), lon, heading, k == 0 && opened ? "opened" : "sealed");
            }
        }
    }

    private static void Fix(Utf8JsonWriter json, string idName, string id, int pass, DateTimeOffset now, double lat, double lon, double heading, string? seal)
    {
        json.WriteStartObject();
        json.WriteString(idName, id);
        json.WriteNumber("seq", pass + 1);
        json.WriteString("time", now);
        json.WriteNumber("lat", Math.Round(lat, 6));
        json.WriteNumber("lon", Math.Round(lon, 6));
        json.WriteNumber("speedKmh", 60);
        json.WriteNumber("heading", Math.Round(heading, 1));
        if (seal is not null)
        {
            json.WriteString("seal", seal);
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
