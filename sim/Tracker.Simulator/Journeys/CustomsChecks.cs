namespace Tracker.Simulator.Journeys;

public static class CustomsChecks
{
    /// <summary>Customs' risk system picks a few boxes for a scan before release (about one in ten).</summary>
    public static IEnumerable<string> Selected(IEnumerable<string> boxes, Random random) =>
        boxes.Where(_ => random.NextDouble() < 0.1).ToList();
}
