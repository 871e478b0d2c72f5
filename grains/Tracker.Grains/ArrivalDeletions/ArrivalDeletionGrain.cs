using Microsoft.Extensions.Logging;
using Tracker.Domain.ArrivalDeletions;
using Tracker.Grains.Common;
using Tracker.Grains.Containers;
using Tracker.Grains.Live;
using Tracker.Grains.Storage;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// One deletion request. Each step is a party's act: stored before the call returns, then the
/// container's milestones (on approval), the parties' lists, the figures and the live push follow.
/// What of those a crash interrupted is finished at the next call or activation (see <see cref="ArrivalDeletionState"/>).
/// </summary>
public sealed partial class ArrivalDeletionGrain(
    [PersistentState("arrival-deletion", TrackerStorage.Name)] IPersistentState<ArrivalDeletionState> state,
    TimeProvider clock,
    ILogger<ArrivalDeletionGrain> logger) : Grain, IArrivalDeletionGrain
{
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        try
        {
            await FinishFollowUps();
        }
        catch (Exception e)
        {
            // The request itself is stored; the next call tries the follow-ups again.
            LogFollowUpsFailed(e, this.GetPrimaryKeyString());
        }
    }

    public async Task<ArrivalDeletionView> Create(ArrivalDeletionView request)
    {
        if (state.State.Request is { } known)
        {
            return known;
        }

        state.State.Request = request;
        await state.WriteStateAsync();
        await FinishFollowUps();
        return request;
    }

    public async Task<ArrivalDeletionResult> Act(ArrivalDeletionStep step, string by, string role, string? note)
    {
        if (state.State.Request is not { } request)
        {
            return ArrivalDeletionResult.Refused(null, "no such request");
        }

        await FinishFollowUps();
        var outcome = request.ToWorkflow().Apply(step, by, role, clock.GetUtcNow(), note);
        if (outcome.Refusal is { } refusal)
        {
            return ArrivalDeletionResult.Refused(request, refusal);
        }

        if (step == ArrivalDeletionStep.Confirm && await NotEligible(request) is { } why)
        {
            return ArrivalDeletionResult.Refused(request, why);
        }

        state.State.Request = request.With(outcome.Workflow);
        state.State.MilestonesPending = step == ArrivalDeletionStep.Approve;
        await state.WriteStateAsync();
        await FinishFollowUps();
        return ArrivalDeletionResult.Done(state.State.Request);
    }

    public Task<ArrivalDeletionView?> Get() => Task.FromResult(state.State.Request);

    /// <summary>The terminal confirms a box it holds under an arrival report in force; anything else is stale.</summary>
    private async Task<string?> NotEligible(ArrivalDeletionView request)
    {
        var container = await GrainFactory.GetGrain<IContainerGrain>(request.Container).Get();
        if (!container.Terminal.InTerminal || container.Terminal.Facility != request.Facility)
        {
            return $"container {request.Container} is no longer in terminal {request.Facility}";
        }

        return container.Customs.ArrivalReported ? null : $"container {request.Container} has no arrival report in force any more";
    }

    private async Task FinishFollowUps()
    {
        if (state.State.Request is not { } request)
        {
            return;
        }

        var changed = false;
        if (state.State.MilestonesPending)
        {
            var approvedAt = request.History.Last(h => h.Status == ArrivalDeletionStatus.Approved).At;
            var container = GrainFactory.GetGrain<IContainerGrain>(request.Container);
            await container.Record(ArrivalDeletionMilestones.Of(request, approvedAt, await container.Get()));
            state.State.MilestonesPending = false;
            changed = true;
        }

        if (state.State.Published != request.Status)
        {
            await Publish(request, state.State.Published);
            state.State.Published = request.Status;
            changed = true;
        }

        if (changed)
        {
            await state.WriteStateAsync();
            await PushLive(request);
        }
    }

    private async Task Publish(ArrivalDeletionView request, ArrivalDeletionStatus? from)
    {
        var summary = ArrivalDeletionSummary.Of(request);
        var approvalMinutes = request.Status == ArrivalDeletionStatus.Approved ? (request.UpdatedAt - request.RequestedAt).TotalMinutes : (double?)null;
        IEnumerable<string> figures = [IArrivalDeletionStatsGrain.All, .. request.Offices.Distinct().Select(ArrivalDeletionIndex.OfOffice)];
        await Task.WhenAll(
            ArrivalDeletionIndex.ListsOf(request).Select(list => GrainFactory.GetGrain<IArrivalDeletionIndexGrain>(list).Upsert(summary))
                .Concat(figures.Select(scope => GrainFactory.GetGrain<IArrivalDeletionStatsGrain>(scope).Record(from, request.Status, approvalMinutes))));
    }

    /// <summary>Best effort: a client that missed a push reads the list again; the step itself is stored.</summary>
    private async Task PushLive(ArrivalDeletionView request)
    {
        try
        {
            await GrainFactory.Shard(Shards.Of(request.Id, LiveIndex.ShardCount)).PushArrivalDeletion(request);
        }
        catch (Exception e)
        {
            LogPushFailed(e, request.Id);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The follow-ups of arrival-report deletion {Id} failed at activation; the next call tries again")]
    private partial void LogFollowUpsFailed(Exception exception, string id);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Arrival-report deletion {Id} could not be pushed to the live hub")]
    private partial void LogPushFailed(Exception exception, string id);
}
