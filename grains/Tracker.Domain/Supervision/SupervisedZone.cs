using Tracker.Domain.Geography;
using Tracker.Domain.Transit;

namespace Tracker.Domain.Supervision;

/// <summary>A designated area on the route: where the seal is applied or removed, or where drivers may rest.</summary>
public sealed record SupervisedZone(string Id, ZoneKind Kind, Circle Area);
