using Tracker.Grains.Storage;

namespace Tracker.Grains.Consignments;

public sealed class ConsignmentDirectoryGrain(
    [PersistentState("directory", TrackerStorage.Name)] IPersistentState<DirectoryState> state) : Grain, IConsignmentDirectoryGrain
{
    public async Task Upsert(ConsignmentSummary summary)
    {
        if (state.State.Consignments.TryGetValue(summary.Id, out var known) && Same(known, summary))
        {
            return;
        }

        state.State.Consignments[summary.Id] = summary;
        await state.WriteStateAsync();
    }

    public Task<ConsignmentPage> List(ConsignmentQuery query)
    {
        var matching = state.State.Consignments.Values
            .Where(c => query.Mode is null || c.Mode == query.Mode)
            .Where(c => query.Status is null || c.Status == query.Status)
            .Where(c => query.Office is null || c.Offices.Contains(query.Office))
            .Where(c => query.Tenant is null || c.Tenant == query.Tenant)
            .OrderByDescending(c => c.DeclaredAt)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Skip(query.Skip)
            .Take(query.Take + 1)
            .ToList();
        var more = matching.Count > query.Take;
        return Task.FromResult(new ConsignmentPage([.. matching.Take(query.Take)], more ? query.Skip + query.Take : null));
    }

    private static bool Same(ConsignmentSummary a, ConsignmentSummary b) =>
        a with { Offices = [] } == b with { Offices = [] } && a.Offices.SequenceEqual(b.Offices);
}
