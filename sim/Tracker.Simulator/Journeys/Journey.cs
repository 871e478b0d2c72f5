using Tracker.Domain.Supervision;

namespace Tracker.Simulator.Journeys;

/// <summary>One transit played through the API from declaration to closure.</summary>
public abstract class Journey(string consignmentId, AnomalyType? injected)
{
    public string ConsignmentId => consignmentId;

    /// <summary>The anomaly this journey causes on purpose, if any: at most one, so its alert is unambiguous.</summary>
    public AnomalyType? Injected => injected;

    public abstract string Flow { get; }

    public abstract Task Run(JourneyContext context, Random random, CancellationToken cancellationToken);

    protected void Record(JourneyContext context)
    {
        if (injected is { } type)
        {
            context.Injected.Enqueue(new InjectedAnomaly(consignmentId, type));
        }
    }
}
