using System.Globalization;
using Tracker.Api.Problems;
using Tracker.Domain.Geography;
using Tracker.Domain.Identifiers;
using Tracker.Domain.Timing;
using Tracker.Domain.Wire;
using Tracker.Grains.Common;

namespace Tracker.Api.Validation;

/// <summary>
/// Field checks shared by every request: each adds a problem naming the field, or returns the
/// parsed value. A null value passes an optional check and fails a required one.
/// </summary>
public static class Check
{
    public static bool Present(FieldErrors errors, string field, object? value)
    {
        if (value is null || value is string { Length: 0 })
        {
            errors.Add(field, "is required");
            return false;
        }

        return true;
    }

    public static string? Id(FieldErrors errors, string field, string? value, bool required = true)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (!Present(errors, field, value))
        {
            return null;
        }

        if (!EntityId.IsValid(value))
        {
            errors.Add(field, EntityId.Rule);
            return null;
        }

        return value;
    }

    public static string? Container(FieldErrors errors, string field, string? value, bool required = true) =>
        Parsed(errors, field, value, required, (string text, out string? parsed, out string? error) =>
        {
            var ok = ContainerNumber.TryParse(text, out var number, out error);
            parsed = ok ? number.Value : null;
            return ok;
        });

    public static string? Imo(FieldErrors errors, string field, string? value, bool required = true) =>
        Parsed(errors, field, value, required, (string text, out string? parsed, out string? error) =>
        {
            var ok = ImoNumber.TryParse(text, out var number, out error);
            parsed = ok ? number.Value : null;
            return ok;
        });

    public static string? Mmsi(FieldErrors errors, string field, string? value, bool required = true) =>
        Parsed(errors, field, value, required, (string text, out string? parsed, out string? error) =>
        {
            var ok = Domain.Identifiers.Mmsi.TryParse(text, out var number, out error);
            parsed = ok ? number.Value : null;
            return ok;
        });

    public static string? UnLocode(FieldErrors errors, string field, string? value, bool required = true) =>
        Parsed(errors, field, value, required, (string text, out string? parsed, out string? error) =>
        {
            var ok = Domain.Identifiers.UnLocode.TryParse(text, out var code, out error);
            parsed = ok ? code.Value : null;
            return ok;
        });

    public static string? Facility(FieldErrors errors, string field, string? value)
    {
        if (value is not null && !FacilityCode.IsValid(value))
        {
            errors.Add(field, FacilityCode.Rule);
            return null;
        }

        return value;
    }

    /// <summary>
    /// ISO 8601 with an explicit offset (a time without one is ambiguous across time zones), inside the window
    /// <see cref="SaneTimes"/> gives for the field's kind.
    /// </summary>
    public static DateTimeOffset? Time(FieldErrors errors, string field, string? value, TimeWindow window, bool required = true)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (!Present(errors, field, value))
        {
            return null;
        }

        if (!HasOffset(value!) || !DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            errors.Add(field, "must be an ISO 8601 time with an offset, e.g. 2026-11-23T08:30:00Z");
            return null;
        }

        if (window.Refusal(time) is { } refusal)
        {
            errors.Add(field, refusal);
            return null;
        }

        return time.ToUniversalTime();
    }

    public static GeoPosition? Position(FieldErrors errors, double? lat, double? lon, string latField = "lat", string lonField = "lon")
    {
        var ok = Present(errors, latField, lat) & Present(errors, lonField, lon);
        if (!ok)
        {
            return null;
        }

        if (!GeoPosition.TryCreate(lat!.Value, lon!.Value, out var position, out var error))
        {
            errors.Add(error!.StartsWith("lon", StringComparison.Ordinal) ? lonField : latField, error);
            return null;
        }

        return position;
    }

    public static double? Range(FieldErrors errors, string field, double? value, double min, double max)
    {
        if (value is { } v && (!double.IsFinite(v) || v < min || v > max))
        {
            errors.Add(field, $"must be between {min.ToString(CultureInfo.InvariantCulture)} and {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return value;
    }

    /// <summary>
    /// An optional page cursor: one this API handed out (a list's <c>next</c>, or the page its Link
    /// header names); <paramref name="whence"/> tells the caller where that value comes from.
    /// </summary>
    public static KeysetCursor? Page(FieldErrors errors, string field, string? value, string whence = "the 'next' value of an earlier page")
    {
        if (value is null)
        {
            return null;
        }

        var cursor = KeysetCursor.TryDecode(value);
        if (cursor is null)
        {
            errors.Add(field, $"must be {whence}");
        }

        return cursor;
    }

    /// <summary>An optional page size: a whole number from 1 to <paramref name="max"/>.</summary>
    public static int? Limit(FieldErrors errors, string field, string? value, int max)
    {
        if (value is null)
        {
            return null;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > max)
        {
            errors.Add(field, $"must be a whole number from 1 to {max.ToString(CultureInfo.InvariantCulture)}");
            return null;
        }

        return limit;
    }

    public static TEnum? Enum<TEnum>(FieldErrors errors, string field, string? value, bool required = true)
        where TEnum : struct, System.Enum
    {
        if (value is null && !required)
        {
            return null;
        }

        if (!Present(errors, field, value))
        {
            return null;
        }

        if (!WireEnum.TryParse<TEnum>(value, out var parsed))
        {
            errors.Add(field, $"must be one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => WireEnum.Name(v)))}");
            return null;
        }

        return parsed;
    }

    private delegate bool Parser(string text, out string? parsed, out string? error);

    private static string? Parsed(FieldErrors errors, string field, string? value, bool required, Parser parse)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (!Present(errors, field, value))
        {
            return null;
        }

        if (!parse(value!, out var parsed, out var error))
        {
            errors.Add(field, error ?? "is not valid");
            return null;
        }

        return parsed;
    }

    private static bool HasOffset(string value) =>
        value.EndsWith('Z') || value.EndsWith('z') || (value.Length > 6 && value[^6] is '+' or '-' && value[^3] == ':');
}
