using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>
/// One cluster's figures: declarations per second, the cold pass, the steady window (and what each silo's
/// senders got accepted in it), where the locks were placed, and the machine's one-minute load average
/// as the steady window ended: the two clusters run one after the other on a shared machine.
/// </summary>
public sealed record ClusterResult(
    int Silos,
    double Declared,
    int FailedDeclarations,
    DriveResult Cold,
    DriveResult Steady,
    IReadOnlyList<long> SteadyPerSilo,
    IReadOnlyList<int> LockActivations,
    double LoadAverage);
