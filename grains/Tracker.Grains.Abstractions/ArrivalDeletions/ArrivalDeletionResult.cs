namespace Tracker.Grains.ArrivalDeletions;

/// <summary>The request after a step, or why the step does not apply to it now.</summary>
[GenerateSerializer, Immutable, Alias("tracker.arrival-deletion-result")]
public sealed record ArrivalDeletionResult([property: Id(0)] ArrivalDeletionView? Request, [property: Id(1)] string? Refusal = null)
{
    public static ArrivalDeletionResult Done(ArrivalDeletionView request) => new(request);

    public static ArrivalDeletionResult Refused(ArrivalDeletionView? request, string why) => new(request, why);
}
