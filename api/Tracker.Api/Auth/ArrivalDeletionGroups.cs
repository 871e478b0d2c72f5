using Tracker.Grains.ArrivalDeletions;

namespace Tracker.Api.Auth;

/// <summary>
/// SignalR groups for arrival-report deletions, one per party list (tenant, facility, office) and one
/// for all: a request goes to each list it is in, so every client hears of exactly the requests it may see.
/// </summary>
public static class ArrivalDeletionGroups
{
    public const string All = "arrival-deletions@*";

    public static string Of(string list) => $"arrival-deletions@{list}";

    public static IReadOnlyList<string> For(ArrivalDeletionView request) =>
        [All, .. ArrivalDeletionIndex.PartyListsOf(request).Select(Of)];
}
