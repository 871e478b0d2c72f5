namespace Tracker.Grains.Vessels;

/// <summary>The transit a box aboard travels in (its latest), as the vessel stores it.</summary>
public sealed class BoxOwner
{
    public string ConsignmentId { get; set; } = "";

    public string Tenant { get; set; } = "";

    public List<string> Offices { get; set; } = [];
}
