using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Scalar.AspNetCore;
using Tracker.Api.Alerts;
using Tracker.Api.Audit;
using Tracker.Api.ArrivalDeletions;
using Tracker.Api.Connections;
using Tracker.Api.Map;
using Tracker.Api.Auth;
using Tracker.Api.Bench;
using Tracker.Api.Availability;
using Tracker.Api.Consignments;
using Tracker.Api.Containers;
using Tracker.Api.Devices;
using Tracker.Api.Hubs;
using Tracker.Api.Hubs.Packing;
using Tracker.Api.Ingest;
using Tracker.Api.Json;
using Tracker.Api.Limits;
using Tracker.Api.OpenApi;
using Tracker.Api.Operations;
using Tracker.Api.Stats;
using Tracker.Api.Vessels;

namespace Tracker.Api;

public static class TrackerApi
{
    public static IServiceCollection AddTrackerApi(this IServiceCollection services, IConfiguration configuration, string environment)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.ConfigureHttpJsonOptions(JsonSetup.Configure);
        services.AddSingleton<LiveSubscriptions>();
        services.AddHostedService<LiveBroadcaster>();
        services.AddProblemDetails();
        services.Configure<FailoverOptions>(configuration.GetSection(FailoverOptions.Section));
        services.Configure<IngestOptions>(configuration.GetSection(IngestOptions.Section));
        services.AddSingleton<FailoverRetry>();
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        services.AddTrackerAuth(configuration, environment);
        services.AddTrackerLimits(configuration);
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        var hubJson = new Microsoft.AspNetCore.Http.Json.JsonOptions();
        JsonSetup.Configure(hubJson);

        // MessagePack beside JSON (the web app stays on JSON); both write the same contract, see HubMessagePack.
        services.AddSignalR(o => o.AddFilter<FailoverHubFilter>())
            .AddJsonProtocol(o => o.PayloadSerializerOptions = hubJson.SerializerOptions)
            .AddMessagePackProtocol(o => o.SerializerOptions = HubMessagePack.Options(hubJson.SerializerOptions));
        return services;
    }

    public static WebApplication MapTrackerApi(this WebApplication app)
    {
        // Once for every endpoint, so that no query of the API answers 500 because a silo died.
        var api = app.MapGroup("/api/v1").AddEndpointFilter<FailoverFilter>();
        IngestEndpoints.Map(api);
        ConsignmentEndpoints.Map(api);
        ContainerEndpoints.Map(api);
        VesselEndpoints.Map(api);
        AlertEndpoints.Map(api);
        ArrivalDeletionEndpoints.Map(api);
        StatsEndpoints.Map(api);
        MapEndpoints.Map(api);
        MeEndpoint.Map(api);
        ConnectionEndpoints.Map(api);
        JournalEndpoints.Map(api);
        AuditEndpoints.Map(api);
        DeviceEndpoints.Map(api);
        // Decided at start from where the host listens and its environment (AuthSetup): absent, they answer 404.
        if (app.Services.GetRequiredService<AuthMode>().DevTokens.Allowed)
        {
            DevTokenEndpoint.Map(api);
        }

        if (app.Configuration.GetValue<bool>(BenchEndpoints.Setting)) BenchEndpoints.Map(api);

        var limits = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RequestLimitOptions>>().Value;
        app.MapHub<LiveHub>("/hubs/live", o => LimitsSetup.Transport(o, limits));
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api-docs").AllowAnonymous();
        return app;
    }
}
