using System.Collections.Frozen;

namespace Tracker.Domain.Events;

/// <summary>Which <see cref="EventType"/> each <see cref="EventCode"/> belongs to, and parsing of the wire pair.</summary>
public static class EventCodes
{
    // Built from names rather than Enum.TryParse, which would also accept "7" or "LOAD, DISC".
    private static readonly FrozenDictionary<string, EventCode> _codesByName =
        Enum.GetValues<EventCode>().ToFrozenDictionary(code => code.ToString(), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, EventType> _typesByName =
        Enum.GetValues<EventType>().ToFrozenDictionary(WireName, StringComparer.Ordinal);

    public static EventType TypeOf(EventCode code) => code switch
    {
        EventCode.GTIN or EventCode.GTOT or EventCode.LOAD or EventCode.DISC or EventCode.STUF or EventCode.STRP
            or EventCode.PICK or EventCode.DROP or EventCode.INSP or EventCode.RSEA or EventCode.RMVD
            or EventCode.CUSS or EventCode.CUSI or EventCode.CUSR or EventCode.ARRP or EventCode.ARRD
            => EventType.Equipment,
        EventCode.ARRI or EventCode.DEPA => EventType.Transport,
        EventCode.TDEC or EventCode.TSTR or EventCode.TEND or EventCode.TCLS or EventCode.HOLD or EventCode.RELS
            => EventType.Transit,
        EventCode.SEAL or EventCode.UNSL or EventCode.OPEN or EventCode.TAMP or EventCode.BATL => EventType.Seal,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a defined event code"),
    };

    public static string WireName(EventType t) => t switch
    {
        EventType.Equipment => "EQUIPMENT",
        EventType.Transport => "TRANSPORT",
        EventType.Transit => "TRANSIT",
        EventType.Seal => "SEAL",
        _ => throw new ArgumentOutOfRangeException(nameof(t), t, "not a defined event type"),
    };

    /// <summary>
    /// Parses the upper-case wire names of an event's type and code, and refuses a code sent under the wrong type
    /// because the type decides which payload fields the sender had to fill in.
    /// </summary>
    public static bool TryParse(
        string? eventType, string? eventCode, out EventType type, out EventCode code, out string? error)
    {
        type = default;
        code = default;
        if (string.IsNullOrEmpty(eventType))
        {
            error = "eventType is required";
            return false;
        }

        if (!_typesByName.TryGetValue(eventType, out var parsedType))
        {
            error = $"unknown event type '{eventType}'; expected EQUIPMENT, TRANSPORT, TRANSIT or SEAL";
            return false;
        }

        if (string.IsNullOrEmpty(eventCode))
        {
            error = "eventCode is required";
            return false;
        }

        if (!_codesByName.TryGetValue(eventCode, out var parsedCode))
        {
            error = $"unknown event code '{eventCode}'";
            return false;
        }

        var owner = TypeOf(parsedCode);
        if (owner != parsedType)
        {
            error = $"{eventCode} is a {WireName(owner)} code, not {eventType}";
            return false;
        }

        type = parsedType;
        code = parsedCode;
        error = null;
        return true;
    }
}
