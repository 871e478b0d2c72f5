using static Tracker.Bench.CommandLine;

namespace Tracker.Bench.Gateways;

/// <summary>The gateways scenario's settings: the scale, or --quick's (about two minutes) to re-make the figures cheaply.</summary>
/// <param name="Terminals">JT/T 808 terminals registered and held open at once, one lock each.</param>
/// <param name="SteadySeconds">The steady window, each terminal reporting every <see cref="ReportEverySeconds"/>.</param>
/// <param name="BurstFixes">Fixes each terminal sends in the burst, the next as soon as the last is acknowledged.</param>
/// <param name="HttpSeconds">The HTTP ingest windows (lock fixes, AIS reports) and the NMEA listener's.</param>
/// <param name="DecodeSeconds">Each in-process decode measure, after a warm-up of half as long.</param>
/// <param name="Vessels">MMSIs of the NMEA feed and of the HTTP AIS reports.</param>
public sealed record GatewayOptions(
    bool Quick,
    int Terminals,
    int SteadySeconds,
    int BurstFixes,
    int HttpSeconds,
    int DecodeSeconds,
    int Vessels,
    int Senders,
    string Out)
{
    public const int ReportEverySeconds = 10;
    public const int BatchSize = 500;

    public static GatewayOptions Parse(string[] args)
    {
        var quick = args.Contains("--quick");
        var outPath = Option(args, "--out") ?? Path.Combine(Repository.Root, quick ? "artifacts/bench/gateways-quick.json" : "bench/results/gateways.json");
        return new GatewayOptions(
            quick,
            IntOption(args, "--terminals", quick ? 1_000 : 10_000),
            IntOption(args, "--seconds", quick ? 10 : 30),
            IntOption(args, "--burst", quick ? 5 : 10),
            IntOption(args, "--http-seconds", quick ? 5 : 10),
            IntOption(args, "--decode-seconds", quick ? 1 : 3),
            IntOption(args, "--vessels", 1_000),
            IntOption(args, "--senders", 8),
            Path.GetFullPath(outPath));
    }
}
