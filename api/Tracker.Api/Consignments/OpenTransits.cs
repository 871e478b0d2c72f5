using Tracker.Api.Auth;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;

namespace Tracker.Api.Consignments;

/// <summary>The transits a flow view shows: the open ones of a mode that the caller may see, newest first.</summary>
public static class OpenTransits
{
    /// <summary>How many of each status a view lists at most: a view of more draws corridors nobody could read.</summary>
    public const int Limit = 500;

    private static readonly TransitStatus[] Open = [.. Enum.GetValues<TransitStatus>().Where(s => s != TransitStatus.Closed)];

    /// <param name="recentlyClosed">How many of the newest closed transits to add (their boxes may still wait to connect).</param>
    public static async Task<IReadOnlyList<ConsignmentView>> List(IGrainFactory grains, Caller caller, ConsignmentMode? mode, int recentlyClosed = 0)
    {
        var queries = Open.Select(status => new ConsignmentQuery(mode, status, Take: Limit));
        if (recentlyClosed > 0)
        {
            queries = queries.Append(new ConsignmentQuery(mode, TransitStatus.Closed, Take: recentlyClosed));
        }

        var pages = await Task.WhenAll(queries.Select(q => ConsignmentDirectory.List(grains, caller.Scope(q))));
        var summaries = pages.SelectMany(p => p.Items).OrderByDescending(c => c.DeclaredAt).ToList();
        var views = await Task.WhenAll(summaries.Select(c => grains.GetGrain<ITransferConsignmentGrain>(c.Id).Get()));
        return [.. views.OfType<ConsignmentView>().Where(v => caller.MaySee(v.Declaration))];
    }
}
