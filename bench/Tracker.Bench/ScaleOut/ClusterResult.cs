using Tracker.Bench.Load;

namespace Tracker.Bench.ScaleOut;

/// <summary>One cluster's figures: declarations per second, the cold pass, the steady window, and where the locks were placed.</summary>
public sealed record ClusterResult(int Silos, double Declared, int FailedDeclarations, DriveResult Cold, DriveResult Steady, IReadOnlyList<int> LockActivations);
