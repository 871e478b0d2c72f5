namespace Tracker.Grains.Vessels;

/// <summary>
/// What a vessel does for the port's transits, learnt from declarations: a feeder carries a
/// water transit's boxes to or from the hub; a mainline sailing is what they connect with.
/// </summary>
[GenerateSerializer, Alias("tracker.vessel-role")]
public enum VesselRole
{
    Unknown,
    Feeder,
    Mainline,
}
