using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Tracker.Api.Auth;

namespace Tracker.Api.Limits;

/// <summary>Whose budget a request spends: a device's for ingest, else its tenant's, office's or user's, else its address's.</summary>
public static class RatePartitions
{
    public static RateLimitPartition<string> For(HttpContext context, RateLimitOptions options)
    {
        var path = context.Request.Path;

        // The web app's files and the health probes are not budgeted: a probe refused would restart a healthy host.
        if (!path.StartsWithSegments("/api") && !path.StartsWithSegments("/hubs"))
        {
            return RateLimitPartition.GetNoLimiter("");
        }

        var user = context.User;
        if (user.Identity?.IsAuthenticated != true)
        {
            return Bucket($"ip:{context.Connection.RemoteIpAddress}", options.Anonymous);
        }

        var subject = user.FindFirstValue("sub") ?? user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        if (IsIngest(path))
        {
            return Bucket($"device:{subject}", options.Device);
        }

        var caller = Caller.From(user);
        return caller.Role switch
        {
            Roles.Enterprise when caller.Tenant is { } tenant => Bucket($"tenant:{tenant}", options.Tenant),
            Roles.Customs when caller.Office is { } office => Bucket($"office:{office}", options.Office),
            _ => Bucket($"user:{subject}", options.User),
        };
    }

    /// <summary>The ingest endpoints of API.md: fixes, AIS and events.</summary>
    public static bool IsIngest(PathString path) =>
        path.StartsWithSegments("/api/v1/ingest") || path.StartsWithSegments("/api/v1/events");

    private static RateLimitPartition<string> Bucket(string key, RateLimit limit) =>
        RateLimitPartition.GetTokenBucketLimiter(key, _ => limit.ToBucket());
}
