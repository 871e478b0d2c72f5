using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;
using Orleans.Dashboard;
using Tracker.Api;
using Tracker.Api.Auth;
using Tracker.Api.Limits;
using Tracker.Gateways.Ais.Sources;
using Tracker.Gateways.Jt808.Server;
using Tracker.Grains.Supervision;
using Tracker.Ingest.Metrics;
using OpenTelemetry.Metrics;
using Tracker.Silo.Health;
using Tracker.Silo.Simulation;
using Tracker.Simulator.Running;
using Tracker.Simulator.Scenario;
using Tracker.Silo.Web;

namespace Tracker.Silo.Hosting;

/// <summary>One process: an Orleans silo co-hosted with the API, the hub and the web app.</summary>
public static class TrackerHost
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });

        // No Server header: what runs here is nobody's business (the other security headers: SecurityHeaders).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelListeners>();
        builder.UseOrleans(silo => silo.UseTrackerClustering(builder.Configuration).AddTracker(builder.Configuration).AddDashboard());
        builder.Services.AddSingleton<SiloLifecycleFlag>();
        builder.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => sp.GetRequiredService<SiloLifecycleFlag>());
        builder.Services.AddHealthChecks().AddCheck<SiloReadyCheck>("silo", tags: ["ready"]).AddCheck<IngestOpenCheck>("ingest", tags: ["ingest"]);
        builder.Services.AddSingleton(ScenarioRegion.From(ScenarioData.Load()));
        builder.Services.AddTrackerApi(builder.Configuration, builder.Environment.EnvironmentName);
        builder.Services.AddTrackerIngest(builder.Configuration);
        builder.Services.AddNmeaGateway(builder.Configuration);
        builder.Services.AddJt808Gateway(builder.Configuration);

        // One meter for both gateways (Jt808Metrics.MeterName == NmeaCounters.MeterName, "Tracker.Gateways").
        builder.Services.AddOpenTelemetry().WithMetrics(m => m.AddMeter(IngestMetrics.MeterName, ScheduleKeeper.MeterName, Jt808Metrics.MeterName).AddPrometheusExporter());
        builder.Services.Configure<SimulatorOptions>(builder.Configuration.GetSection(SimulatorOptions.Section));
        builder.Services.AddSingleton<IssuerTokenSource>();
        builder.Services.AddHostedService<EmbeddedSimulator>();

        var app = builder.Build();
        app.UseTrackerSecurityHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDashboardSession();
        app.UseWebApp();
        app.UseAuthentication();
        app.UseTrackerLimits();
        app.UseAuthorization();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapHealthChecks("/health/ingest", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ingest") }).AllowAnonymous();
        app.MapTrackerApi();
        app.MapOrleansDashboard(DashboardSession.Path).RequireAuthorization(Policies.Admin);
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Admin);
        app.MapWebApp();
        return app;
    }
}
