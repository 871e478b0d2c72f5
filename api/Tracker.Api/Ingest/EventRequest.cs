namespace Tracker.Api.Ingest;

public sealed record EventRequest(
    string? EventId, string? EventType, string? EventCode, string? Classifier, string? Time,
    string? EquipmentReference, string? VesselImo, string? TrainId, string? VehicleId,
    LocationRequest? Location, string? ConsignmentId, string? ModeOfTransport);

public sealed record LocationRequest(string? UnLocode, string? Facility);
