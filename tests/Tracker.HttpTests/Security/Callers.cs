namespace Tracker.HttpTests.Security;

/// <summary>Who meets every endpoint and every view: the roles of API.md, two of each scoped role, and nobody.</summary>
public static class Callers
{
    public const string Control = "control";
    public const string TenantA = "tenantA";
    public const string TenantB = "tenantB";
    public const string CustomsX = "customsX";
    public const string CustomsY = "customsY";
    public const string Terminal = "terminal";
    public const string Device = "device";
    public const string Admin = "admin";
    public const string Anonymous = "anonymous";

    /// <summary>The order of the columns of <see cref="EndpointTable"/> and <see cref="HubTable"/>.</summary>
    public static readonly IReadOnlyList<string> All = [Control, TenantA, TenantB, CustomsX, CustomsY, Terminal, Device, Admin, Anonymous];

    /// <summary>The caller's token (null for anonymous): A is tenant A with office X, B tenant B with office Y; the terminal is A's.</summary>
    public static async Task<string?> TokenAsync(HostApi api, string caller, Party a, Party b) => caller switch
    {
        Control => await api.ControlAsync(),
        TenantA => await api.TokenAsync("enterprise", tenant: a.Tenant),
        TenantB => await api.TokenAsync("enterprise", tenant: b.Tenant),
        CustomsX => await api.TokenAsync("customs", office: a.Office),
        CustomsY => await api.TokenAsync("customs", office: b.Office),
        Terminal => await api.TokenAsync("terminal", facility: a.Facility),
        Device => await api.DeviceAsync(),
        Admin => await api.AdminAsync(),
        Anonymous => null,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, "no such caller"),
    };

    /// <summary>Whether the caller is one of the parties of <paramref name="owner"/> (its tenant, its office, its terminal).</summary>
    public static bool IsPartyOf(string caller, Party owner, Party a) => caller switch
    {
        TenantA or CustomsX => owner == a,
        TenantB or CustomsY => owner != a,
        Terminal => owner == a,
        _ => false,
    };
}
