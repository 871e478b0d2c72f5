using System.Globalization;

namespace Tracker.Bench.Load;

/// <summary>
/// The run on the memory store (or the --url host): declarations, the cold pass, the steady state,
/// the paced half rate, the baselines (a) and (b) on the same host, the alerts (the deviating transits'
/// meanwhile, the delay of single seal alerts under traffic, then a storm of them), the list endpoints
/// over the alerts the storm left, and the live clients at 5,000 reports/s.
/// </summary>
public static class MemoryRun
{
    public static async Task<(List<Figure> Figures, DriveResult Steady)> Run(LoadOptions options, LoadHost host, List<string> notes)
    {
        var figures = new List<Figure>();
        var window = TimeSpan.FromSeconds(options.Seconds);
        using var api = await LoadApi.Connect(host.Address);
        await using var alerts = await AlertWatch.Start(api);

        var transits = Fleet.Create(options.Transits, Tag(), new Random(1));
        RunLog.Say($"declaring {transits.Length:N0} road transits ({transits.Length * LoadOptions.LocksPerTransit:N0} locks, {transits.Length:N0} trucks) with {options.Declarers} callers");
        var (declared, failedDeclarations) = await Declarations.Declare(api, transits, options.Declarers);
        figures.Add(new Figure("declarations", declared, "/s", $"{transits.Length - failedDeclarations:N0} of {transits.Length:N0} declared, {options.Declarers} concurrent callers", Target: ">= 1,000 /s", Met: declared >= 1000));
        RunLog.Say($"declarations: {declared:N0}/s");

        var traffic = new Traffic(transits);
        var driver = new FixDriver(api, traffic, options.Senders);
        var alertsFrom = (alerts.Now, alerts.Count);
        var cold = await driver.OnePass(Target.Ingest);
        RunLog.Say($"cold pass: {cold}");
        var warmup = await driver.FlatOut(Target.Ingest, TimeSpan.FromSeconds(options.WarmupSeconds));
        RunLog.Say($"warm-up: {warmup}");
        var steady = await driver.FlatOut(Target.Ingest, window);
        RunLog.Say($"steady: {steady}");
        var half = await driver.Paced(Target.Ingest, window, steady.PerSecond / 2);
        RunLog.Say($"paced at half the steady rate ({steady.PerSecond / 2:N0}/s): {half}");
        var alertsTo = (alerts.Now, alerts.Count, Types: alerts.ByType);

        DriveResult? parse = null, floor = null;
        if (host.Baselines)
        {
            parse = await driver.FlatOut(Target.Parse, window);
            RunLog.Say($"baseline (a) parse: {parse}");
            var floorCold = await driver.OnePass(Target.Floor);
            RunLog.Say($"baseline (b) floor, activating pass: {floorCold}");
            floor = await driver.FlatOut(Target.Floor, window);
            RunLog.Say($"baseline (b) floor: {floor}");
        }
        else
        {
            notes.Add("The --url host does not map the Bench:Baselines endpoints: baselines (a) and (b) were not measured.");
        }

        // The latency sample first, spread over the fleet; every other transit takes part in the storm.
        var sampleSize = Math.Min(options.Quick ? 50 : 200, transits.Length / 2);
        var sample = Enumerable.Range(0, sampleSize).Select(n => (int)((long)n * transits.Length / sampleSize)).ToArray();
        var latency = await AlertLatency.Run(api, traffic, driver, transits, sample);
        var sampled = sample.ToHashSet();
        var storm = await AlertStorm.Run(api, traffic, alerts, transits, [.. Enumerable.Range(0, transits.Length).Where(i => !sampled.Contains(i))], options.Senders);
        RunLog.Say($"alert storm: {storm.Received:N0} of {storm.Sent:N0} OPEN alerts received in {storm.Took.TotalSeconds:0.0} s, {storm.PerSecond:N0}/s");

        var fixesPerPass = traffic.FixesPerPass(Target.Ingest);
        var mix = traffic.MixPerPass();
        var shape = $"{options.Senders} senders, batches of {LoadOptions.BatchSize} (events {GateEvents.BatchSize})";
        var coldDetail = $"first pass, {fixesPerPass:N0} lock and truck fixes, each its device's first, with {mix[BatchKind.Ais]:N0} AIS reports and {mix[BatchKind.Events]:N0} events; all counted; lock/truck p50 {cold.P50:0} ms, p99 {cold.P99:0} ms";
        figures.Add(new Figure(
            "ingest_cold", cold.PerSecond, "fixes/s", coldDetail, floor is null ? null : "floor (b)", floor?.PerSecond, floor is null ? null : cold.PerSecond / floor.PerSecond,
            Target: ">= 25,000 fixes/s", Met: cold.PerSecond >= 25_000));
        var steadyDetail = $"{steady.Accepted:N0} reports in {steady.Elapsed.TotalSeconds:0.0} s ({steady.Mix}; {traffic.Vessels} vessels), {shape}; lock/truck calls p50 {steady.P50:0} ms, p99 {steady.P99:0} ms; " +
            $"AIS calls p99 {steady.Of(BatchKind.Ais).P99:0} ms; events apart (ingest_events)";
        figures.Add(floor is null
            ? new Figure("ingest_memory", steady.PerSecond, "fixes/s", steadyDetail, Target: ">= 50,000 fixes/s", Met: steady.PerSecond >= 50_000)
            : Figure.AgainstBaseline("ingest_memory", steady.PerSecond, "fixes/s", steadyDetail, "floor (b)", floor.PerSecond, 0.5, 50_000));
        figures.Add(new Figure("ingest_p99_at_half_rate", half.P99, "ms", $"paced at {steady.PerSecond / 2:N0} reports/s, {half.PerSecond:N0}/s taken; lock/truck calls; p50 {half.P50:0} ms", Target: "<= 250 ms", Met: half.P99 <= 250));
        var events = steady.Of(BatchKind.Events);
        figures.Add(new Figure(
            "ingest_events", events.P99, "ms p99",
            $"POST /api/v1/events in the steady window: {events.Accepted:N0} events ({events.Accepted / steady.Elapsed.TotalSeconds:N0}/s) in {events.Calls:N0} calls of {GateEvents.BatchSize}, " +
            $"journaled and applied one call at a time per host; p50 {events.P50:0} ms; at half rate p50 {half.Of(BatchKind.Events).P50:0} ms, p99 {half.Of(BatchKind.Events).P99:0} ms"));
        if (parse is not null)
        {
            figures.Add(new Figure("baseline_parse (a)", parse.PerSecond, "fixes/s", $"parse and validate only, lock fixes; p50 {parse.P50:0} ms, p99 {parse.P99:0} ms", "ingest_memory", steady.PerSecond, steady.PerSecond / parse.PerSecond));
        }

        if (floor is not null)
        {
            figures.Add(new Figure("baseline_floor (b)", floor.PerSecond, "fixes/s", $"parse + one no-op grain call per lock; p50 {floor.P50:0} ms, p99 {floor.P99:0} ms", "ingest_memory", steady.PerSecond, steady.PerSecond / floor.PerSecond));
        }

        figures.Add(latency);
        var raised = alertsTo.Count - alertsFrom.Count;
        var seconds = (alertsTo.Now - alertsFrom.Now).TotalSeconds;
        var deviating = transits.Count(t => t.Deviates);
        figures.Add(new Figure(
            "alerts_raised", storm.PerSecond, "/s",
            string.Create(
                CultureInfo.InvariantCulture,
                $"storm: one seal `opened` outside the unsealing zone on each of {storm.Sent:N0} transits at once ({storm.Accepted:N0} fixes accepted, {storm.FailedCalls} calls failed), " +
                $"{storm.Received:N0} distinct OPEN alerts at the control client {storm.Took.TotalSeconds:0.00} s from the first send to the last alert; " +
                $"before it, {raised:N0} alerts over the {seconds:0} s of cold, warm-up, steady and paced ingest ({raised / seconds:0.0}/s from {deviating:N0} deviating transits: {Types(alertsTo.Types)})"),
            Target: ">= 1,000 /s", Met: storm.Received == storm.Sent && storm.PerSecond >= 1000));

        var (consignmentMs, consignmentItems) = await ListTimings.Consignments(api);
        figures.Add(new Figure("list_consignments", Percentiles.Of(consignmentMs, 99), "ms p99", $"GET /api/v1/consignments, first page and the next ones ({consignmentMs.Count} calls, {consignmentItems} items a round) at {transits.Length:N0} transits; p50 {Percentiles.Of(consignmentMs, 50):0} ms"));
        var (alertMs, alertItems) = await ListTimings.Alerts(api);
        figures.Add(new Figure("list_alerts", Percentiles.Of(alertMs, 99), "ms p99", $"GET /api/v1/alerts ({alertMs.Count} calls, {alertItems} alerts a page) at {alerts.Count:N0} alerts; p50 {Percentiles.Of(alertMs, 50):0} ms"));

        figures.AddRange(await LiveRun.Run(options, api, host.Baselines, transits, driver, window));
        return (figures, steady);
    }

    private static string Types(IReadOnlyDictionary<string, int> byType) =>
        string.Join(", ", byType.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value}"));

    /// <summary>Ids unique to the run, so that a second run against the same --url host declares new transits.</summary>
    public static string Tag() => "B" + DateTime.UtcNow.ToString("MMddHHmmss", CultureInfo.InvariantCulture);
}
