using Tracker.Domain.Transit;

namespace Tracker.Grains.Live;

/// <summary>The views of the live hub (API.md "Live push") and which items each shows.</summary>
public static class LiveViews
{
    public const string Overview = "overview";
    public const string Water = "water";
    public const string Rail = "rail";
    public const string Road = "road";
    public const string Alerts = "alerts";

    /// <summary>Arrival-report deletion requests: each client receives the requests of its own party.</summary>
    public const string ArrivalDeletions = "arrival-deletions";
    public const string ContainerPrefix = "container:";

    public static readonly IReadOnlyList<string> Flows = [Overview, Water, Rail, Road];

    public static bool Shows(string view, LiveItem item) => view switch
    {
        Overview => true,
        Water => item.Mode == ConsignmentMode.Water || item.Kind == LiveKind.Vessel,
        Rail => item.Mode == ConsignmentMode.Rail,
        Road => item.Mode == ConsignmentMode.Road,
        _ when view.StartsWith(ContainerPrefix, StringComparison.Ordinal) => item.Carries(view[ContainerPrefix.Length..]),
        _ => false,
    };
}
