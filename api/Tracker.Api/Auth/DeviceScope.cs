using System.Security.Claims;
using Tracker.Domain.Events;
using Tracker.Domain.Identifiers;

namespace Tracker.Api.Auth;

/// <summary>
/// What a token may report (issue 13 item 4): for which devices (claim <c>devices</c>: exact lock ids, vehicle ids
/// or MMSIs, <c>PREFIX*</c>, or <c>*</c> for all) and which event codes (claim <c>codes</c>: code names, or <c>*</c>
/// for every code but the customs-only ones). A device token without a claim reports for nothing: scope is granted,
/// never assumed. Admins are unscoped; customs officers send only the customs-only codes, for their office's transits.
/// </summary>
public sealed class DeviceScope
{
    /// <summary>The wildcard of both claims.</summary>
    public const string All = "*";

    /// <summary>Codes only customs may send: they put a transit on hold and lift the hold.</summary>
    public static readonly IReadOnlySet<EventCode> CustomsOnly = new HashSet<EventCode> { EventCode.HOLD, EventCode.RELS };

    /// <summary>Codes that end a transit: only a token covering its destination facility or all its locks sends them.</summary>
    public static readonly IReadOnlySet<EventCode> Closing = new HashSet<EventCode> { EventCode.TEND, EventCode.TCLS };

    private readonly IReadOnlyList<string> _devices;
    private readonly IReadOnlyList<string> _codes;

    private DeviceScope(Caller caller, IReadOnlyList<string> devices, IReadOnlyList<string> codes)
    {
        Caller = caller;
        _devices = devices;
        _codes = codes;
    }

    public Caller Caller { get; }

    public static DeviceScope From(ClaimsPrincipal user) => new(
        Caller.From(user),
        [.. user.FindAll(TrackerClaims.Devices).Select(c => c.Value)],
        [.. user.FindAll(TrackerClaims.Codes).Select(c => c.Value)]);

    /// <summary>Whether this token reports for the lock, vehicle or vessel <paramref name="deviceId"/>.</summary>
    public bool Covers(string deviceId) => Caller.Role switch
    {
        Roles.Admin => true,
        Roles.Device => _devices.Any(pattern => Matches(pattern, deviceId)),
        _ => false,
    };

    /// <summary>Reports for every device: an admin, or a device token granted <c>*</c> explicitly.</summary>
    public bool CoversAll => Caller.Role == Roles.Admin || (Caller.Role == Roles.Device && _devices.Contains(All, StringComparer.Ordinal));

    /// <summary>Why this token may not send <paramref name="code"/> at all, or null when it may (transit checks aside).</summary>
    public string? RefusesCode(EventCode code) => Caller.Role switch
    {
        Roles.Admin => null,
        Roles.Customs => CustomsOnly.Contains(code) ? null : $"a customs token sends only {string.Join(" and ", CustomsOnly)}",
        _ when CustomsOnly.Contains(code) => $"{code} comes only from customs (an officer of one of the transit's offices)",
        Roles.Device when _codes.Contains(All, StringComparer.Ordinal) || _codes.Contains(code.ToString(), StringComparer.Ordinal) => null,
        _ => $"this token may not send {code} (claim codes)",
    };

    /// <summary>A valid entry of the <c>devices</c> claim: <c>*</c>, an id, or an id prefix followed by <c>*</c>.</summary>
    public static bool IsDevicePattern(string pattern) =>
        pattern == All || EntityId.IsValid(pattern.EndsWith('*') ? pattern[..^1] : pattern);

    /// <summary>A valid entry of the <c>codes</c> claim: <c>*</c> or an event code that is not customs-only.</summary>
    public static string? CodePatternError(string code) =>
        code == All ? null
        : !Enum.TryParse<EventCode>(code, ignoreCase: false, out var parsed) || !Enum.IsDefined(parsed) || !code.All(char.IsAsciiLetterUpper)
            ? $"'{code}' is not an event code"
            : CustomsOnly.Contains(parsed) ? $"{code} comes only from customs, never from a device" : null;

    private static bool Matches(string pattern, string id) =>
        pattern == All
        || (pattern.EndsWith('*') ? id.StartsWith(pattern[..^1], StringComparison.Ordinal) : id == pattern);
}
