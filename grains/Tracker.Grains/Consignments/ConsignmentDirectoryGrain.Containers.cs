using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

/// <summary>"My containers": the shard's consignments expanded into one row per container.</summary>
public sealed partial class ConsignmentDirectoryGrain
{
    public async Task<ContainerRows> ListContainers(ContainerQuery query)
    {
        var after = query.After;
        var from = after is null ? null : ContainerRows.ConsignmentOf(after);

        // Taken before any await: the grain is reentrant, and an upsert meanwhile must not change what is being read.
        // The cursor's own consignment is read again for its rows after the cursor, beyond the budget: were it
        // counted, a budget of one would look at it alone, page after page.
        var budget = query.Budget + (from is null ? 0 : 1);
        var looked = _index.From(from).Take(budget + 1).ToList();
        var exhausted = looked.Count <= budget;
        if (!exhausted)
        {
            looked.RemoveAt(looked.Count - 1);
        }

        var rows = new List<ContainerRow>();
        foreach (var listed in looked)
        {
            if (!query.Matches(listed))
            {
                continue;
            }

            var summary = listed.LacksContainerNumbers ? await FillContainerNumbers(listed) : listed;
            foreach (var number in (summary.ContainerNumbers ?? []).Where(query.Matches).Order(StringComparer.Ordinal))
            {
                var row = new ContainerRow(number, summary.Id, summary.Mode, summary.Status, summary.DeclaredAt);
                if (after is not null && KeysetCursor.Order.Compare(ContainerRows.Key(row), after) <= 0)
                {
                    continue;
                }

                rows.Add(row);
                if (rows.Count > query.Take)
                {
                    return new ContainerRows([.. rows], null);
                }
            }
        }

        return new ContainerRows([.. rows], exhausted || looked.Count == 0 ? null : ContainerRows.End(looked[^1]));
    }

    /// <summary>
    /// A summary stored before summaries carried container numbers gets them from its consignment, once: the
    /// consignment sends a full summary whenever it wakes, but a closed one may never wake again.
    /// </summary>
    private async Task<ConsignmentSummary> FillContainerNumbers(ConsignmentSummary summary)
    {
        var view = await GrainFactory.GetGrain<ITransferConsignmentGrain>(summary.Id).Get();
        var filled = summary with { ContainerNumbers = view?.Declaration.Containers ?? [] };
        if (_state.State.TryGetValue(summary.Id, out var current) && current.LacksContainerNumbers)
        {
            _state.State.Set(summary.Id, current with { ContainerNumbers = filled.ContainerNumbers });
            _index.Replace(current, current with { ContainerNumbers = filled.ContainerNumbers });
            _state.Changed();
        }

        return filled;
    }
}
