using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Domain.Events;
using Tracker.Domain.Timing;
using Tracker.Grains.Events;

namespace Tracker.Api.Ingest;

public static class EventValidator
{
    public static bool TryValidate(EventRequest r, DateTimeOffset now, FieldErrors errors, out TrackerEvent item)
    {
        item = null!;
        var eventId = Check.Id(errors, "eventId", r.EventId);
        EventType type = default;
        EventCode code = default;
        if (Check.Present(errors, "eventType", r.EventType) & Check.Present(errors, "eventCode", r.EventCode)
            && !EventCodes.TryParse(r.EventType, r.EventCode, out type, out code, out var codeError))
        {
            errors.Add(Enum.GetNames<EventType>().Any(n => n.Equals(r.EventType, StringComparison.OrdinalIgnoreCase)) ? "eventCode" : "eventType", codeError!);
        }

        var classifier = Check.Enum<EventClassifier>(errors, "classifier", r.Classifier);

        // Estimates and plans speak of the future; actual events may not.
        var window = classifier is null or EventClassifier.Act ? SaneTimes.Reported(now) : SaneTimes.Planned(now);
        var time = Check.Time(errors, "time", r.Time, window);
        var container = Check.Container(errors, "equipmentReference", r.EquipmentReference, required: false);
        var imo = Check.Imo(errors, "vesselImo", r.VesselImo, required: false);
        var train = Check.Id(errors, "trainId", r.TrainId, required: false);
        var vehicle = Check.Id(errors, "vehicleId", r.VehicleId, required: false);
        var consignment = Check.Id(errors, "consignmentId", r.ConsignmentId, required: false);
        var unLocode = r.Location is null ? null : Check.UnLocode(errors, "location.unLocode", r.Location.UnLocode);
        var facility = Check.Facility(errors, "location.facility", r.Location?.Facility);
        var mode = Check.Enum<TransportMode>(errors, "modeOfTransport", r.ModeOfTransport, required: false);
        if (errors.Any)
        {
            return false;
        }

        item = new TrackerEvent(eventId!, type, code, classifier!.Value, time!.Value, container, imo, train, vehicle, unLocode, facility, consignment, mode);
        return RequireSubject(item, errors);
    }

    /// <summary>Every event must name what it happened to, as its type requires.</summary>
    private static bool RequireSubject(TrackerEvent e, FieldErrors errors)
    {
        switch (e.Type)
        {
            case EventType.Equipment when e.EquipmentReference is null:
                errors.Add("equipmentReference", "is required for EQUIPMENT events");
                break;
            case EventType.Transport when e.VesselImo is null && e.TrainId is null && e.VehicleId is null:
                errors.Add("vesselImo", "TRANSPORT events need vesselImo, trainId or vehicleId");
                break;
            case EventType.Transport when e.UnLocode is null:
                errors.Add("location.unLocode", "is required for TRANSPORT events: they arrive at or depart from a port");
                break;
            case EventType.Transit when e.ConsignmentId is null && e.EquipmentReference is null:
                errors.Add("consignmentId", "is required for TRANSIT events");
                break;
            case EventType.Seal when e.EquipmentReference is null && e.ConsignmentId is null:
                errors.Add("equipmentReference", "SEAL events need equipmentReference or consignmentId");
                break;
        }

        return !errors.Any;
    }
}
