using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using Tracker.Api.Ingest;
using Tracker.Bench.Load;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Gateways.Jt808.Framing;
using Tracker.Gateways.Jt808.Location;
using Tracker.Grains.Vessels;

namespace Tracker.Bench.Gateways;

/// <summary>
/// Item 1: the decoders alone, in this process, on one thread, after a warm-up, each beside the JSON
/// deserialisation of an HTTP lock-fix item measured the same way in the same run. Rates are per second of the
/// process's CPU time as well as of the wall clock: on a shared machine the thread is not always on a core, and
/// "per core" means per second of CPU actually spent.
/// </summary>
public static class DecodeCost
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static List<Figure> Run(GatewayOptions options)
    {
        var window = TimeSpan.FromSeconds(options.DecodeSeconds);
        var items = DecodeCorpus.LockFixItems();
        var json = Measure("json", window, () => DeserialiseItems(items));
        var jt808Corpus = DecodeCorpus.Jt808Locations();
        var jt808 = Measure("jt808", window, () => Jt808(jt808Corpus));
        var ais1Corpus = DecodeCorpus.AisLines(options.Vessels);
        Check("type 1", ais1Corpus, DecodeCorpus.Messages);
        var ais1 = Measure("ais type 1", window, () => Ais(ais1Corpus).Sentences);
        var mixedCorpus = DecodeCorpus.AisLines(options.Vessels, staticEvery: 10);
        var (mixedSentences, mixedReports) = Check("mixed", mixedCorpus, DecodeCorpus.Messages);
        var mixed = Measure("ais mixed", window, () => Ais(mixedCorpus).Sentences);

        var jsonDetail = $"System.Text.Json (web defaults) of one LockFixRequest item, {json.Detail}";
        return
        [
            new Figure("decode_json_lock_fix", json.PerCpuSecond, "items/s", jsonDetail),
            Against(
                "decode_jt808_location", jt808, "msgs/s",
                $"0x0200 frames with lock, battery, mileage and satellite items: find 7E, unescape, checksum, header, body and items; {1e9 / jt808.PerCpuSecond:0} ns a message; {jt808.Detail}",
                json, perCoreTarget: null),
            Against(
                "decode_ais_type1", ais1, "sentences/s",
                $"!AIVDM type 1 lines of {options.Vessels:N0} MMSIs: line split, checksum, de-armour, decode, the vessel cache's report; {1e9 / ais1.PerCpuSecond:0} ns a sentence; {ais1.Detail}",
                json, perCoreTarget: 1_000_000),
            Against(
                "decode_ais_mixed", mixed, "sentences/s",
                $"type 1 lines with a two-fragment type 5 after every 10 ({mixedSentences:N0} sentences make {mixedReports:N0} reports a pass): reassembly and static data merged per MMSI; {1e9 / mixed.PerCpuSecond:0} ns a sentence; {mixed.Detail}",
                json, perCoreTarget: 1_000_000),
        ];
    }

    /// <summary>Beside the JSON baseline as a ratio; judged only where the issue sets a target (AIS: 1M sentences/s per core).</summary>
    private static Figure Against(string name, Rate rate, string unit, string detail, Rate json, double? perCoreTarget) =>
        new(name, rate.PerCpuSecond, unit, detail, "decode_json_lock_fix", json.PerCpuSecond, rate.PerCpuSecond / json.PerCpuSecond,
            perCoreTarget is { } t ? $">= {t:N0} {unit} per core" : null,
            perCoreTarget is { } target ? rate.PerCpuSecond >= target : null);

    private static long DeserialiseItems(byte[][] items)
    {
        long n = 0;
        foreach (var item in items)
        {
            if (JsonSerializer.Deserialize<LockFixRequest>(item, Web) is { LockId: not null })
            {
                n++;
            }
        }

        return n;
    }

    private static long Jt808(byte[] corpus)
    {
        var framer = new Jt808Framer();
        var buffer = new ReadOnlySequence<byte>(corpus);
        long n = 0;
        while (true)
        {
            var status = framer.TryRead(ref buffer, out var frame, out _);
            if (status == Jt808ReadStatus.NeedMore)
            {
                return n;
            }

            if (status == Jt808ReadStatus.Frame && Jt808LocationReader.TryRead(frame.Body.Span, out _))
            {
                n++;
            }
        }
    }

    /// <summary>
    /// One pass that must give a report for every position (a type 5 of a vessel already seen adds none): a corpus
    /// the decoder drops would measure how fast it says no.
    /// </summary>
    private static (long Sentences, long Reports) Check(string name, byte[] corpus, long positions)
    {
        var counters = new NmeaCounters();
        var (sentences, reports) = Ais(corpus, counters);
        if (reports < positions)
        {
            var drops = string.Join(", ", Enum.GetValues<NmeaDrop>().Where(d => counters.Dropped(d) > 0).Select(d => $"{NmeaDrops.Name(d)} {counters.Dropped(d)}"));
            throw new InvalidOperationException($"The AIS {name} corpus gave {reports} reports of {positions} positions in {sentences} sentences; dropped: {drops}");
        }

        return (sentences, reports);
    }

    private static (long Sentences, long Reports) Ais(byte[] corpus) => Ais(corpus, new NmeaCounters());

    private static (long Sentences, long Reports) Ais(byte[] corpus, NmeaCounters counters)
    {
        // A fresh decoder a pass, as a new connection would have: the cache of static data fills again each time.
        var decoder = new NmeaDecoder(new AisVesselCache(), counters);
        var reports = new List<AisReport>(4);
        var received = DateTimeOffset.UtcNow;
        ReadOnlySpan<byte> rest = corpus;
        while (rest.Length > 0)
        {
            var end = rest.IndexOf((byte)'\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            decoder.Decode(line, received, reports);
            reports.Clear();
        }

        return (counters.Sentences, counters.Reports);
    }

    private static Rate Measure(string name, TimeSpan window, Func<long> pass)
    {
        // Warm-up: the JIT's tiers settle (tiered PGO recompiles hot loops after some calls).
        Run(window / 2, pass);
        GC.Collect();
        var rate = Run(window, pass);
        RunLog.Say($"decode {name}: {rate.PerCpuSecond:N0}/s of CPU, {rate.PerWallSecond:N0}/s of wall clock");
        return rate;
    }

    private static Rate Run(TimeSpan window, Func<long> pass)
    {
        var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var gc0 = GC.CollectionCount(0);
        var allocated0 = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        long count = 0;
        while (clock.Elapsed < window)
        {
            count += pass();
        }

        clock.Stop();
        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocated0;
        return new Rate(count, clock.Elapsed.TotalSeconds, cpu, allocated, GC.CollectionCount(0) - gc0);
    }

    private sealed record Rate(long Count, double Wall, double Cpu, long Allocated, int Gen0)
    {
        public double PerCpuSecond => Count / Math.Max(Cpu, 1e-9);

        public double PerWallSecond => Count / Wall;

        public string Detail =>
            $"{Count:N0} in {Wall:0.00} s wall, {Cpu:0.00} s process CPU ({PerWallSecond:N0}/s wall); {(double)Allocated / Count:0} bytes allocated each, {Gen0} gen0 GCs";
    }
}
