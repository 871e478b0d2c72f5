using Microsoft.AspNetCore.Authorization;

namespace Tracker.Api.Auth;

public static class Policies
{
    /// <summary>Gateways and terminal systems posting reports.</summary>
    public const string Ingest = "ingest";

    /// <summary>
    /// Posting events: devices and gateways within their codes, customs officers for the customs-only codes of their
    /// office's transits (HOLD, RELS), admins (see DeviceScope).
    /// </summary>
    public const string Events = "events";

    /// <summary>Declaring transits: customs officers and admins.</summary>
    public const string Declare = "declare";

    /// <summary>Reading cargo state; what each reader sees is scoped further by tenant or office.</summary>
    public const string Read = "read";

    /// <summary>Seeing alerts and supervision figures: control and customs (scoped to the office).</summary>
    public const string Alerts = "alerts";

    /// <summary>Watching the flows: the live map's views and the lists beside them (control and customs).</summary>
    public const string Monitor = "monitor";

    /// <summary>Acknowledging and resolving alerts: customs officers of the alert's offices.</summary>
    public const string HandleAlerts = "handle-alerts";

    /// <summary>Arrival-report deletions: the parties (enterprise, terminal, customs) and the readers of everything.</summary>
    public const string ArrivalDeletions = "arrival-deletions";

    /// <summary>Operating the cluster: the Orleans dashboard.</summary>
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        // Every policy, and the default one (the hub, /me), refuses a scoped role's token without its scope claim.
        options.DefaultPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(ScopeClaimRequirement.Instance).Build();
        Add(options, Admin, Roles.Admin);
        Add(options, Alerts, Roles.Control, Roles.Customs, Roles.Admin);
        Add(options, Monitor, Roles.Control, Roles.Customs, Roles.Admin);
        Add(options, HandleAlerts, Roles.Customs, Roles.Admin);
        Add(options, Ingest, Roles.Device, Roles.Admin);
        Add(options, Events, Roles.Device, Roles.Customs, Roles.Admin);
        Add(options, Declare, Roles.Customs, Roles.Admin);
        Add(options, ArrivalDeletions, Roles.Enterprise, Roles.Terminal, Roles.Customs, Roles.Control, Roles.Admin);
        Add(options, Read, Roles.Control, Roles.Enterprise, Roles.Customs, Roles.Admin);
    }

    private static void Add(AuthorizationOptions options, string policy, params string[] roles) =>
        options.AddPolicy(policy, p => p.RequireRole(roles).AddRequirements(ScopeClaimRequirement.Instance));
}
