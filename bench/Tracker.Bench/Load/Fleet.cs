namespace Tracker.Bench.Load;

/// <summary>The transits of one host: ids unique to the run, corridors spread over eastern China.</summary>
public static class Fleet
{
    /// <summary>2% of the transits leave their corridor.</summary>
    public const int DeviatingEvery = 50;

    public static Transit[] Create(int count, string tag, Random random)
    {
        var containers = new ContainerNumbers(random);
        var transits = new Transit[count];
        for (var i = 0; i < count; i++)
        {
            var id = $"{tag}-{i:D6}";
            var boxes = Enumerable.Range(0, LoadOptions.LocksPerTransit).Select(_ => containers.Next()).ToArray();
            var locks = Enumerable.Range(0, LoadOptions.LocksPerTransit).Select(k => $"{id}-L{k}").ToArray();

            // Roughly 100-150 km corridors: the run moves a truck a few kilometres along its own.
            var start = (Lon: 110 + (random.NextDouble() * 10), Lat: 23 + (random.NextDouble() * 14));
            var end = (Lon: start.Lon + 0.5 + random.NextDouble(), Lat: start.Lat - 0.5 - random.NextDouble());
            transits[i] = new Transit(id, $"{id}-T", boxes, locks, start, end, i % DeviatingEvery == DeviatingEvery - 1);
        }

        return transits;
    }
}
