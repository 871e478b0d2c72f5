using Tracker.Grains.Storage;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// At most one open deletion request per container. Not reentrant: two applications for the same
/// box are answered one after the other. It asks the holding request whether it is still open rather
/// than being told when it closes, so a request never has to call back here.
/// </summary>
public sealed class DeletionGuardGrain(
    [PersistentState("deletion-guard", TrackerStorage.Name)] IPersistentState<DeletionGuardState> state,
    TimeProvider clock) : Grain, IDeletionGuardGrain
{
    /// <summary>
    /// A request takes the container before it is stored: until then it does not exist yet, and counts as
    /// open for this long. Past it, the application failed on its way and the container is free again.
    /// </summary>
    private static readonly TimeSpan Creation = TimeSpan.FromMinutes(2);

    public async Task<string?> Open(string requestId)
    {
        var s = state.State;
        if (s.RequestId == requestId)
        {
            return null;
        }

        if (s.RequestId is { } holder)
        {
            var request = await GrainFactory.GetGrain<IArrivalDeletionGrain>(holder).Get();
            var open = request is null ? clock.GetUtcNow() - s.TakenAt < Creation : request.IsOpen();
            if (open)
            {
                return holder;
            }
        }

        s.RequestId = requestId;
        s.TakenAt = clock.GetUtcNow();
        await state.WriteStateAsync();
        return null;
    }
}
