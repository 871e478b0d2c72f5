using Tracker.Api.Problems;
using Tracker.Api.Validation;
using Tracker.Grains.Devices;

namespace Tracker.Api.Devices;

public static class DeviceValidator
{
    /// <summary>JT/T 808's terminal phone is BCD[6] (2011/2013) or BCD[10] (2019): at most 20 digits.</summary>
    private const int MaxTerminalDigits = 20;

    private const int MaxModel = 32;

    public const string TerminalRule = "must be 1 to 20 decimal digits, not all zeros (the terminal phone number as the device sends it)";

    public static string WireName(DeviceProtocol protocol) => protocol switch
    {
        DeviceProtocol.Jt808 => "JT808",
        _ => protocol.ToString().ToUpperInvariant(),
    };

    /// <summary>The terminal id as a key (leading zeros stripped), or null with a problem naming <paramref name="field"/>.</summary>
    public static string? TerminalId(FieldErrors errors, string field, string? value)
    {
        if (!Check.Present(errors, field, value))
        {
            return null;
        }

        if (value!.Length > MaxTerminalDigits || !value.All(char.IsAsciiDigit) || TerminalIds.Normalize(value).Length == 0)
        {
            errors.Add(field, TerminalRule);
            return null;
        }

        return TerminalIds.Normalize(value);
    }

    public static (string TerminalId, DeviceRegistration Registration)? Validate(DeviceRequest r, FieldErrors errors)
    {
        ArgumentNullException.ThrowIfNull(r);
        var terminal = TerminalId(errors, "terminalId", r.TerminalId);
        var protocol = Protocol(errors, r.Protocol);
        var lockId = Check.Id(errors, "lockId", r.LockId, required: false);
        var vehicleId = Check.Id(errors, "vehicleId", r.VehicleId, required: false);
        if (r.LockId is null && r.VehicleId is null)
        {
            errors.Add("lockId", "one of lockId and vehicleId is required: what the device reports for");
        }
        else if (r.LockId is not null && r.VehicleId is not null)
        {
            errors.Add("vehicleId", "only one of lockId and vehicleId may be given: a device reports for one lock or one vehicle");
        }

        // Printable only: the model selects a configured alarm-bit mapping, and is shown in lists and logs.
        if (r.Model is { } model && (model.Length is 0 or > MaxModel || model.Any(char.IsControl)))
        {
            errors.Add("model", $"must be 1 to {MaxModel} printable characters");
        }

        return errors.Any ? null : (terminal!, new DeviceRegistration(protocol!.Value, lockId, vehicleId, r.Model));
    }

    private static DeviceProtocol? Protocol(FieldErrors errors, string? value)
    {
        if (!Check.Present(errors, "protocol", value))
        {
            return null;
        }

        if (!string.Equals(value, WireName(DeviceProtocol.Jt808), StringComparison.OrdinalIgnoreCase))
        {
            errors.Add("protocol", "must be JT808");
            return null;
        }

        return DeviceProtocol.Jt808;
    }
}
