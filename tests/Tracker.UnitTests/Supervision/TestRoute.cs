using Tracker.Domain.Geography;
using Tracker.Domain.Supervision;
using Tracker.Domain.Transit;

namespace Tracker.UnitTests.Supervision;

/// <summary>
/// A road transit from the Qianwan container terminal at Qingdao to the SCO multimodal center at Jiaozhou, about
/// 31 km, with a seal zone at the start, a rest area half-way and the unseal zone at the end.
/// </summary>
internal static class TestRoute
{
    public const double BufferMeters = 300;
    public const double RestAlongMeters = 15_000;

    public static readonly DateTimeOffset Start = new(2025, 3, 10, 8, 0, 0, TimeSpan.Zero);

    public static readonly IReadOnlyList<GeoPosition> Path =
    [
        new(36.0160, 120.1800),
        new(36.0900, 120.1500),
        new(36.1700, 120.1100),
        new(36.2300, 120.0500),
        new(36.2640, 120.0170),
    ];

    public static double LengthMeters { get; } = new Polyline(Path).LengthMeters;

    public static GeoPosition PointAt(double along, double offset = 0)
    {
        var remaining = Math.Clamp(along, 0, LengthMeters);
        for (var i = 0; i < Path.Count - 1; i++)
        {
            var length = GeoPosition.DistanceMeters(Path[i], Path[i + 1]);
            if (remaining <= length || i == Path.Count - 2)
            {
                var on = Spherical.Intermediate(Path[i], Path[i + 1], remaining / length);
                if (offset == 0)
                {
                    return on;
                }

                var heading = Spherical.Bearing(on, Path[i + 1]);
                return Spherical.Destination(on, heading + 90, offset);
            }

            remaining -= length;
        }

        throw new InvalidOperationException("unreachable");
    }

    public static SupervisedZone SealZone { get; } = new("SEAL-QQCT", ZoneKind.Seal, new Circle(Path[0], 300));

    public static SupervisedZone RestZone { get; } = new("REST-1", ZoneKind.Rest, new Circle(PointAt(RestAlongMeters), 200));

    public static SupervisedZone UnsealZone { get; } = new("UNSEAL-SCO", ZoneKind.Unseal, new Circle(Path[^1], 300));

    public static SupervisionPlan Plan(
        RuleSettings? settings = null,
        DateTimeOffset? deadline = null,
        ConsignmentMode mode = ConsignmentMode.Road,
        DateTimeOffset? cutoff = null) =>
        new(
            mode,
            Path,
            BufferMeters,
            [SealZone, RestZone, UnsealZone],
            deadline ?? Start.AddHours(4),
            ["CNTAO", "CNJZU"],
            cutoff,
            settings ?? RuleSettings.For(mode));

    public static Supervisor Supervisor(RuleSettings? settings = null, DateTimeOffset? deadline = null) =>
        new(Plan(settings, deadline));
}
