namespace Tracker.Simulator.Running;

/// <summary>The "Simulator" configuration section, and the standalone program's options.</summary>
public sealed class SimulatorOptions
{
    public const string Section = "Simulator";

    public bool Enabled { get; set; } = true;

    /// <summary>Makes every run with the same settings the same: routes, boxes, anomalies.</summary>
    public int Seed { get; set; } = 7;

    /// <summary>
    /// How much faster than life the port runs: movement, report intervals and the transits'
    /// rule thresholds are all scaled, while timestamps stay real (the API refuses the future).
    /// </summary>
    public double TimeScale { get; set; } = 20;

    /// <summary>Road transits under way at once.</summary>
    public int RoadTransits { get; set; } = 6;

    /// <summary>Trains under way at once, and the boxes each carries.</summary>
    public int Trains { get; set; } = 2;

    public int BoxesPerTrain { get; set; } = 24;

    /// <summary>Feeder voyages under way at once.</summary>
    public int Feeders { get; set; } = 4;

    /// <summary>Mainline vessels calling at the hub in turn (the sailings the feeders connect with).</summary>
    public int Mainlines { get; set; } = 3;

    /// <summary>How often (in simulated seconds) locks, vehicles and AIS report.</summary>
    public double FixIntervalSeconds { get; set; } = 30;

    /// <summary>Share of journeys that get one injected anomaly.</summary>
    public double AnomalyRate { get; set; } = 0.25;

    /// <summary>Keep to the shorter routes (tests and benchmarks want short journeys).</summary>
    public double MaxRouteKm { get; set; } = double.MaxValue;

    /// <summary>
    /// Share (0..1) of locks, trucks and trains that report as JT/T 808 terminals, chosen by device id; only when
    /// the host's JT/T 808 port is known (the embedded run: Gateways:Jt808:Port; standalone: --jt808).
    /// </summary>
    public double Jt808Share { get; set; } = 0.25;

    /// <summary>Vessels report as NMEA sentences to the host's NMEA TCP listener, when it is known.</summary>
    public bool NmeaVessels { get; set; } = true;

    /// <summary>A vessel sends its static and voyage data (type 5) with its first position and every this many after.</summary>
    public int NmeaStaticEvery { get; set; } = 10;
}
