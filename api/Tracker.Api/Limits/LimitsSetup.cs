using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Limits;

/// <summary>
/// Issue 13 item 7, the host's bounds: Kestrel's request limits, the body size by endpoint, the rate
/// limiter (429 problem with Retry-After) and the live hub's limits. README "### Limits" lists them all.
/// </summary>
public static class LimitsSetup
{
    public static IServiceCollection AddTrackerLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitOptions>(configuration.GetSection(RateLimitOptions.Section));
        services.Configure<RequestLimitOptions>(configuration.GetSection(RequestLimitOptions.Section));
        services.AddOptions<KestrelServerOptions>().Configure<IOptions<RequestLimitOptions>>((kestrel, limits) =>
        {
            var o = limits.Value;
            kestrel.Limits.MaxRequestBodySize = o.BodyBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = o.HeadersTotalBytes;
            kestrel.Limits.MaxRequestHeaderCount = o.MaxHeaderCount;
            kestrel.Limits.MaxRequestLineSize = o.RequestLineBytes;
            kestrel.Limits.RequestHeadersTimeout = o.RequestHeadersTimeout;
            kestrel.Limits.KeepAliveTimeout = o.KeepAliveTimeout;
            kestrel.Limits.MaxConcurrentConnections = o.MaxConnections;
            kestrel.Limits.MaxConcurrentUpgradedConnections = o.MaxUpgradedConnections;
        });
        services.AddOptions<HubOptions>().Configure<IOptions<RequestLimitOptions>>((hub, limits) =>
        {
            var o = limits.Value;
            hub.MaximumReceiveMessageSize = o.HubReceiveMessageBytes;
            hub.StreamBufferCapacity = o.HubStreamBufferCapacity;
            hub.MaximumParallelInvocationsPerClient = o.HubParallelInvocationsPerClient;
            hub.KeepAliveInterval = o.HubKeepAliveInterval;
            hub.ClientTimeoutInterval = o.HubClientTimeout;
            hub.AddFilter<HubCallLimiter>();
        });
        services.AddSingleton<HubCallLimiter>();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, rates) =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => RatePartitions.For(context, rates.Value));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = Rejected;
        });
        return services;
    }

    /// <summary>After authentication (the budget is the caller's), before authorization (a refused flood costs no policy check).</summary>
    public static IApplicationBuilder UseTrackerLimits(this IApplicationBuilder app)
    {
        var ingestBytes = app.ApplicationServices.GetRequiredService<IOptions<RequestLimitOptions>>().Value.IngestBodyBytes;
        app.Use((context, next) =>
        {
            // A batch may be far larger than any other body (see RequestLimitOptions.IngestBodyBytes).
            if (RatePartitions.IsIngest(context.Request.Path)
                && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
            {
                body.MaxRequestBodySize = ingestBytes;
            }

            return next(context);
        });
        return app.UseRateLimiter();
    }

    /// <summary>The live hub's transport buffers: bounded, so that a client that does not read cannot grow the host's memory.</summary>
    public static void Transport(HttpConnectionDispatcherOptions options, RequestLimitOptions limits)
    {
        options.TransportMaxBufferSize = limits.HubSendBufferBytes;
        options.ApplicationMaxBufferSize = limits.HubReceiveBufferBytes;
    }

    private static async ValueTask Rejected(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry) ? Math.Max(1, (int)Math.Ceiling(retry.TotalSeconds)) : 1;
        var http = rejected.HttpContext;
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Results.Problem(
                $"Too many requests for this caller; retry after {seconds.ToString(CultureInfo.InvariantCulture)} s.",
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests")
            .ExecuteAsync(http);
    }
}
