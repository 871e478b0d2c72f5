namespace Tracker.Grains.Alerts;

/// <summary>What the officer found when verifying an anomaly (every anomaly is verified).</summary>
[GenerateSerializer, Alias("tracker.disposition")]
public enum Disposition
{
    /// <summary>A real breach of the transit's conditions, handled under the rules.</summary>
    Confirmed,

    /// <summary>Checked and explained by a permitted cause (detour ordered by police, traffic).</summary>
    Justified,

    /// <summary>The device or its signal was at fault, not the transit.</summary>
    EquipmentFault,

    /// <summary>Nothing happened: the data misled.</summary>
    FalseAlarm,
}
