namespace Tracker.Domain.Transit;

/// <summary>Something that happened to a transit and may move it to another <see cref="TransitStatus"/>.</summary>
public enum TransitStep
{
    Seal,
    Depart,
    EnterTransit,
    Arrive,
    Unseal,
    Close,
    Hold,
    Release,
}
