namespace Tracker.Silo.Hosting;

/// <summary>
/// The security headers of every response (NetEscapades.AspNetCore.SecurityHeaders): no sniffing, no
/// framing, no referrer, and the app's Content-Security-Policy. The API reference (Scalar) and the Orleans
/// dashboard are third-party pages with inline scripts: they get every header but the CSP.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>Two years, as the HSTS preload list asks.</summary>
    private const int HstsSeconds = 63_072_000;

    private static readonly string[] ThirdPartyPages = ["/api-docs", "/dashboard"];

    public static WebApplication UseTrackerSecurityHeaders(this WebApplication app)
    {
        // HSTS pins browsers to HTTPS for two years: only a production host says so, and only over HTTPS
        // (the middleware never sends it on a plain-HTTP response).
        var hsts = app.Environment.IsProduction();
        app.UseWhen(c => !IsThirdParty(c.Request.Path), branch => branch.UseSecurityHeaders(Common(hsts).AddContentSecurityPolicy(AppPolicy)));
        app.UseWhen(c => IsThirdParty(c.Request.Path), branch => branch.UseSecurityHeaders(Common(hsts)));
        return app;
    }

    private static HeaderPolicyCollection Common(bool hsts)
    {
        var headers = new HeaderPolicyCollection()
            .AddContentTypeOptionsNoSniff()
            .AddFrameOptionsDeny()
            .AddReferrerPolicyNoReferrer()
            .AddCrossOriginOpenerPolicy(p => p.SameOrigin());
        return hsts ? headers.AddStrictTransportSecurityMaxAgeIncludeSubDomains(HstsSeconds) : headers;
    }

    /// <summary>
    /// The app and its vendored libraries (Leaflet, Preact, SignalR, the basemap) come from this host only;
    /// the hub is reached over a WebSocket on the same origin ('self' covers ws:/wss: of it). Styles set from
    /// script (Leaflet positions every pane that way) are allowed; images may be data: or blob: (markers, downloads).
    /// </summary>
    private static void AppPolicy(CspBuilder csp)
    {
        csp.AddDefaultSrc().Self();
        csp.AddScriptSrc().Self();
        csp.AddStyleSrc().Self().UnsafeInline();
        csp.AddImgSrc().Self().Data().Blob();
        csp.AddConnectSrc().Self();
        csp.AddFontSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().None();
        csp.AddFrameAncestors().None();
        csp.AddFormAction().Self();
    }

    private static bool IsThirdParty(PathString path) => ThirdPartyPages.Any(p => path.StartsWithSegments(p));
}
