using System.Globalization;
using CsCheck;

namespace Tracker.HttpTests.Security.Hostile;

/// <summary>
/// What a hostile client puts where a field's value goes: raw JSON text (so that NaN, huge numbers and deep nesting
/// reach the server as written), and strings for queries and routes.
/// </summary>
public static class HostileValues
{
    /// <summary>Past every field's limit (ids, notes, reasons); the huge values below are rarer, to keep the run short.</summary>
    private static readonly string Long = new('x', 5_000);
    private static readonly string Huge = new('x', 70_000);
    private static readonly string DeepArray = new string('[', 5_000) + new string(']', 5_000);
    private static readonly string DeepObject = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

    /// <summary>Texts that are hostile whatever the field: script, SQL, unicode oddities, oversize, control characters.</summary>
    public static readonly string[] Texts =
    [
        "", " ", "<script>alert(1)</script>", "'; DROP TABLE consignments; --", "\" OR \"1\"=\"1", "../../etc/passwd",
        "\u202Eevil\u202C", "a\u0000b", "\u0000", "\uD800", "\uDC00x", "\uFEFF", "😀🚢", "ZŽ\u0301\u0308", "\r\n\t", "%00", "%",
        "{{7*7}}", "${jndi:ldap://x}", "null", "NaN", "-1", "1e309", "9999999999999999999999", Long, "container:", "alerts@*",
    ];

    /// <summary>Raw JSON for any field: wrong types, special numbers, out-of-range values, far times, deep nesting.</summary>
    public static readonly string[] Raw =
    [
        "NaN", "Infinity", "-Infinity", "\"NaN\"", "\"Infinity\"", "1e309", "-1e309", "1.7976931348623157e308", "4.9e-324",
        "123456789012345678901234567890", "-9223372036854775809", "9223372036854775807", "-0", "0", "-1", "91", "-91", "181",
        "-181", "1000", "true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":1}", "\"\"", "\"42\"",
        "\"9999-12-31T23:59:59Z\"", "\"0001-01-01T00:00:00Z\"", "\"2100-01-01T00:00:00Z\"", "\"1970-01-01T00:00:00Z\"",
        "\"2026-13-45T25:61:61Z\"", "\"yesterday\"", "\"\\ud800\"", "\"\\udc00\\ud800\"", "\"\\u0000\"", "\"\\u202e\"",
        "\"<script>alert(1)</script>\"", "\"'; DROP TABLE alerts; --\"", "\"" + Long + "\"", DeepArray, DeepObject,
        "[" + string.Join(',', Enumerable.Repeat("\"x\"", 600)) + "]",
    ];

    /// <summary>Oversize beyond reason: a 70,000-character string, an array of 6,000 strings.</summary>
    public static readonly string[] Oversize = ["\"" + Huge + "\"", "[" + string.Join(',', Enumerable.Repeat("\"x\"", 6000)) + "]"];

    /// <summary>A container number with a wrong ISO 6346 check digit.</summary>
    public static string BadContainer() => Ids.WithWrongCheckDigit(Ids.Container());

    /// <summary>An IMO number with a wrong check digit.</summary>
    public static string BadImo()
    {
        var imo = Ids.Imo();
        return imo[..6] + ((imo[6] - '0' + 1) % 10).ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Valid-looking and broken identifiers, and hostile text, for route and query strings.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.OneOf(Texts)),
        (2, Gen.String),
        (1, Gen.Int[0, 1].Select(_ => BadContainer())),
        (1, Gen.Int[0, 1].Select(_ => BadImo())),
        (1, Gen.Int[0, 1].Select(_ => Ids.Container())),
        (1, Gen.Int[-100_000, 100_000].Select(i => i.ToString(CultureInfo.InvariantCulture))));

    /// <summary>Raw JSON for a field: a hostile literal, or a hostile string written as JSON.</summary>
    public static readonly Gen<string> Json = Gen.Frequency(
        (600, Gen.OneOf(Raw)),
        (300, Text.Select(t => System.Text.Json.JsonSerializer.Serialize(t))),
        (100, Gen.Double.Select(d => double.IsFinite(d) ? d.ToString("R", CultureInfo.InvariantCulture) : "1e999")),
        (3, Gen.OneOf(Oversize)));

    /// <summary>For a query or a route: escaped, or raw bytes that are not UTF-8 at all.</summary>
    public static string Escape(string text)
    {
        try
        {
            return Uri.EscapeDataString(text);
        }
        catch (UriFormatException)
        {
            return "%ED%A0%80";
        }
    }
}
