using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Tracker.Api.Auth;

public static class AuthSetup
{
    public static IServiceCollection AddTrackerAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);
        var options = section.Get<AuthOptions>() ?? new AuthOptions();

        services.AddSingleton<TokenIssuer>();
        services.AddAuthorization(Policies.Add);
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = TokenIssuer.SigningKey(options),
                    RoleClaimType = TrackerClaims.Role,
                    NameClaimType = "sub",
                    ClockSkew = TimeSpan.FromSeconds(30),
                };

                // Browsers cannot set headers on WebSockets: SignalR sends the token in the query.
                jwt.Events = new JwtBearerEvents
                {
                    OnMessageReceived = context =>
                    {
                        if (context.Request.Path.StartsWithSegments("/hubs") && context.Request.Query["access_token"] is [{ Length: > 0 } token])
                        {
                            context.Token = token;
                        }

                        // The dashboard is a browser page whose scripts call back without headers:
                        // its token rides in a cookie set from ?access_token= on first visit.
                        if (context.Request.Path.StartsWithSegments(DashboardSession.Path) && context.Token is null)
                        {
                            context.Token = DashboardSession.TokenOf(context.Request);
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        return services;
    }
}
