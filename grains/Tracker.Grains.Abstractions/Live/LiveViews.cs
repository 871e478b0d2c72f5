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

    /// <summary>
    /// A flow view as a customs office sees it: the items of its own transits, and vessels (their AIS position is
    /// public; which boxes aboard it sees is <see cref="Project"/>'s). One key, and one hub group, per office, so that
    /// sorting changes into views stays per office rather than per connection.
    /// </summary>
    public static string ForOffice(string view, string office) => $"{OfficePrefix}{view}{OfficeInfix}{office}";

    private const string OfficePrefix = "flow:";
    private const string OfficeInfix = ":office:";

    /// <summary>The view and office of a key made by <see cref="ForOffice"/>; false for any other key.</summary>
    public static bool IsForOffice(string key, out string view, out string office)
    {
        var infix = key.StartsWith(OfficePrefix, StringComparison.Ordinal) ? key.IndexOf(OfficeInfix, OfficePrefix.Length, StringComparison.Ordinal) : -1;
        (view, office) = infix < 0 ? (key, "") : (key[OfficePrefix.Length..infix], key[(infix + OfficeInfix.Length)..]);
        return infix >= 0;
    }

    /// <summary>The view a client subscribed to, for a key of it.</summary>
    public static string ViewOf(string key) => IsForOffice(key, out var view, out _) ? view : key;

    /// <summary>
    /// What a view key may show of an item: an office sees a vessel only with its own office's boxes aboard, and
    /// no client sees whose offices an item belongs to (the names of other offices and their boxes).
    /// </summary>
    public static LiveItem Project(string key, LiveItem item)
    {
        var shown = item with { Offices = null, ContainersByOffice = null };
        return IsForOffice(key, out _, out var office) && item.Kind == LiveKind.Vessel
            ? shown with { Containers = item.ContainersByOffice?.GetValueOrDefault(office) is { IsDefault: false } boxes ? boxes : [] }
            : shown;
    }

    public static bool Shows(string view, LiveItem item) => view switch
    {
        _ when IsForOffice(view, out var flow, out var office) =>
            Flows.Contains(flow) && Shows(flow, item) && (item.Kind == LiveKind.Vessel || item.BelongsTo(office)),
        Overview => true,
        Water => item.Mode == ConsignmentMode.Water || item.Kind == LiveKind.Vessel,
        Rail => item.Mode == ConsignmentMode.Rail,
        Road => item.Mode == ConsignmentMode.Road,
        _ when view.StartsWith(ContainerPrefix, StringComparison.Ordinal) => item.Carries(view[ContainerPrefix.Length..]),
        _ => false,
    };
}
