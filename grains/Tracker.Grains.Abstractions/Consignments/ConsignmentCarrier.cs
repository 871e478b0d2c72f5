using Tracker.Domain.Transit;
using Tracker.Grains.Common;

namespace Tracker.Grains.Consignments;

/// <summary>Which carrier a declaration names for its mode: the feeder of a WATER transit, the train of a RAIL one, the truck of a ROAD one.</summary>
public static class ConsignmentCarrier
{
    /// <summary>Null when the declaration names none (a road transit without a vehicle).</summary>
    public static Carrier? Of(ConsignmentDeclaration d) => d.Mode switch
    {
        ConsignmentMode.Water when d.FeederImo is { } imo => new Carrier(CarrierKind.Vessel, imo),
        ConsignmentMode.Rail when (d.TrainId ?? d.VehicleId) is { } train => new Carrier(CarrierKind.Train, train),
        ConsignmentMode.Road when d.VehicleId is { } truck => new Carrier(CarrierKind.Truck, truck),
        _ => null,
    };

    /// <summary>
    /// The part of [from, to] within the consignment's own time, declared until closed (open: until now), so
    /// that a carrier's track never shows where it went before or after it carried this transit. Null when
    /// the two do not meet.
    /// </summary>
    public static (DateTimeOffset From, DateTimeOffset? To)? Window(DateTimeOffset declaredAt, DateTimeOffset? closedAt, DateTimeOffset? from, DateTimeOffset? to)
    {
        var start = from is { } f && f > declaredAt ? f : declaredAt;
        DateTimeOffset? end = (to, closedAt) switch
        {
            ({ } t, { } c) => t < c ? t : c,
            ({ } t, null) => t,
            (null, var c) => c,
        };
        return end is { } e && e < start ? null : (start, end);
    }
}
