namespace Tracker.Domain.Events;

/// <summary>Whether an event has happened (actual), is expected (estimated) or is scheduled (planned).</summary>
public enum EventClassifier
{
    Act,
    Est,
    Pln,
}
