namespace Tracker.Domain.Supervision;

/// <summary>UPRT: a port call or a discharge at a port that is not on the declared route.</summary>
/// <remarks>
/// Raised once per port, whether the call or a discharge there is reported first: the officer investigates the
/// port, and every box discharged there is on the same alert's consignment. It has no end: leaving the port does not
/// undo the call. Not stopped by arrival, because a box discharged off route after it is still off route.
/// </remarks>
internal static class PortRule
{
    public static void OnCall(RuleContext context, Outcome outcome, SupervisorState state, string unLocode, string? container, DateTimeOffset at)
    {
        var port = unLocode.Trim().ToUpperInvariant();
        var route = context.Plan.RoutePorts;
        if (route.Any(r => string.Equals(r.Trim(), port, StringComparison.OrdinalIgnoreCase)) || state.ReportedPorts.Contains(port))
        {
            return;
        }

        state.ReportedPorts.Add(port);
        var what = container is null ? "carrier called at" : $"container {container} discharged at";
        outcome.Raise(new Anomaly(
            AnomalyType.UPRT,
            Severity.High,
            at,
            null,
            null,
            new Evidence(null, null, [], $"{what} {port}, which is not on the declared route ({string.Join(", ", route)})")));
    }
}
