namespace Tracker.Domain.Supervision;

/// <summary>The en-route anomalies of the alerts API; the member names are the wire codes.</summary>
public enum AnomalyType
{
    /// <summary>Route deviation: outside the approved corridor for longer than a tolerance.</summary>
    RDEV,

    /// <summary>Long stop: stationary outside the allowed zones for longer than a limit.</summary>
    LSTP,

    /// <summary>Seal opened outside an unsealing zone.</summary>
    OPEN,

    /// <summary>Seal tampered with outside an unsealing zone.</summary>
    TAMP,

    /// <summary>Signal lost: no fix from an active lock for longer than a limit.</summary>
    SLOS,

    /// <summary>Overdue: not arrived within the transit time limit.</summary>
    OVRD,

    /// <summary>Track mismatch: the lock and the vehicle carrying it are apart.</summary>
    TMIS,

    /// <summary>Connection at risk: the feeder's ETA endangers the mainline cut-off.</summary>
    CONN,

    /// <summary>Unexpected port call or discharge at a port not on the declared route.</summary>
    UPRT,
}
