namespace Tracker.Domain.Supervision;

/// <summary>The recent track of one vehicle: part of <see cref="SupervisorState"/>.</summary>
public sealed class VehicleWatch
{
    /// <summary>Time of the latest fix processed; an older fix is late and ignored.</summary>
    public DateTimeOffset? LastFixAt { get; set; }

    /// <summary>The latest fixes, oldest first and bounded, to interpolate the vehicle's position at a lock's fix times.</summary>
    public List<Observation> Recent { get; set; } = [];
}
