using Microsoft.AspNetCore.StaticFiles;

namespace Tracker.Silo.Web;

/// <summary>
/// The browser app in web/: static ES modules, and its index page for each of the app's own
/// paths (API.md "Web app routes"). Only these paths get the page: an unknown path, and above
/// all one under /api, /hubs, /openapi, /api-docs, /dashboard or /health, stays a 404.
/// </summary>
public static class WebApp
{
    /// <summary>The pages the app has; a route is added here when its page is built. Their headers: Hosting/SecurityHeaders.</summary>
    public static readonly IReadOnlyList<string> Routes =
    [
        "/", "/water", "/rail", "/road", "/sign-in", "/containers", "/containers/{number}", "/alerts",
        "/consignments", "/consignments/{id}", "/arrival-deletions",
    ];

    public static WebApplication UseWebApp(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // No build step means no hashed file names: browsers revalidate every file (a 304 when unchanged)
            // so a new version of the app is never mixed with cached modules of the old one.
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "no-cache",
        });
        return app;
    }

    public static WebApplication MapWebApp(this WebApplication app)
    {
        var index = app.Environment.WebRootFileProvider.GetFileInfo("index.html");
        foreach (var route in Routes.Where(r => r != "/"))
        {
            app.MapGet(route, (HttpResponse response) =>
                {
                    response.Headers.CacheControl = "no-cache";
                    return Results.File(index.PhysicalPath!, "text/html; charset=utf-8");
                })
                .AllowAnonymous()
                .ExcludeFromDescription();
        }

        return app;
    }
}
