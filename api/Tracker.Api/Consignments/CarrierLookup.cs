using Tracker.Api.Connections;
using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Vehicles;
using Tracker.Grains.Vessels;

namespace Tracker.Api.Consignments;

/// <summary>Finds a consignment's carrier and reads it from its own grain: the feeder vessel, the train or the truck.</summary>
public static class CarrierLookup
{
    public static async Task<CarrierResponse?> Describe(IGrainFactory grains, ConsignmentView transit)
    {
        var d = transit.Declaration;
        switch (ConsignmentCarrier.Of(d))
        {
            case { Kind: CarrierKind.Vessel } vessel:
                var feeder = await grains.GetGrain<IVesselGrain>(vessel.Id).Get();
                var eta = FeederConnection.Eta(transit.Status, feeder);
                var margin = FeederConnection.Margin(d.Connection, eta);
                return new CarrierResponse(
                    vessel.Kind, vessel.Id, feeder.Name, CarrierPosition.Of(feeder.Position), eta, d.Connection?.Cutoff,
                    margin is { } m ? (int)Math.Floor(m.TotalMinutes) : null, d.Connection?.MainlineImo);
            case { } vehicle:
                var view = await grains.GetGrain<IVehicleGrain>(vehicle.Id).Get();
                return new CarrierResponse(vehicle.Kind, vehicle.Id, vehicle.Id, CarrierPosition.Of(view.Position), null, null, null, null);
            default:
                return null;
        }
    }
}
