namespace Tracker.Bench.Load;

/// <summary>
/// One declared road transit: a truck with five sealed containers driving a straight corridor
/// from <see cref="Start"/> to <see cref="End"/> (longitude, latitude).
/// </summary>
/// <param name="Deviates">Leaves the corridor after a few reports, so that route deviation fires.</param>
public sealed record Transit(
    string Id,
    string Vehicle,
    string[] Containers,
    string[] Locks,
    (double Lon, double Lat) Start,
    (double Lon, double Lat) End,
    bool Deviates);
