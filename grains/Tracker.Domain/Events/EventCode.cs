namespace Tracker.Domain.Events;

/// <summary>Four-letter event codes exactly as they travel on the wire; see <see cref="EventCodes.TypeOf"/>.</summary>
public enum EventCode
{
    // Equipment: gate in/out, load, discharge, stuff, strip, pick-up, drop-off, inspect, re-seal, seal removed,
    // customs selected/inspected/released, arrived at / arrived at destination.
    GTIN,
    GTOT,
    LOAD,
    DISC,
    STUF,
    STRP,
    PICK,
    DROP,
    INSP,
    RSEA,
    RMVD,
    CUSS,
    CUSI,
    CUSR,
    ARRP,
    ARRD,

    // Transport: arrival and departure of the carrying vessel, train or truck.
    ARRI,
    DEPA,

    // Transit: declaration, start, end, closure, hold and release of a customs transit.
    TDEC,
    TSTR,
    TEND,
    TCLS,
    HOLD,
    RELS,

    // Seal: electronic seal reports.
    SEAL,
    UNSL,
    OPEN,
    TAMP,
    BATL,
}
