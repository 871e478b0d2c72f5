using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Tracker.Api.Auth;

/// <summary>
/// Lets an admin open the Orleans dashboard in a browser: /dashboard?access_token=TOKEN keeps
/// the token in an HttpOnly cookie limited to the dashboard's path, and drops it from the URL.
/// </summary>
public static class DashboardSession
{
    public const string Path = "/dashboard";
    private const string Cookie = "tracker_dashboard";

    public static string? TokenOf(HttpRequest request) =>
        request.Query["access_token"] is [{ Length: > 0 } token] ? token
        : request.Cookies.TryGetValue(Cookie, out var cookie) ? cookie
        : null;

    public static IApplicationBuilder UseDashboardSession(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Path.StartsWithSegments(Path) && context.Request.Query["access_token"] is [{ Length: > 0 } token])
        {
            context.Response.Cookies.Append(Cookie, token, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = Path,
            });
            context.Response.Redirect(Path + "/");
            return;
        }

        await next(context);
    });
}
