using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Tracker.Api.Auth;

public static class AuthSetup
{
    /// <summary>
    /// Bearer JWTs from this host's own key (<c>Auth:SigningKey</c>, HS256) and/or an identity provider
    /// (<c>Auth:Authority</c>, its keys from its metadata). Throws <see cref="AuthConfigurationException"/>
    /// (the host refuses to start) for a setting that would fail open.
    /// </summary>
    public static IServiceCollection AddTrackerAuth(this IServiceCollection services, IConfiguration configuration, string environment)
    {
        var section = configuration.GetSection(AuthOptions.Section);
        services.Configure<AuthOptions>(section);
        var options = section.Get<AuthOptions>() ?? new AuthOptions();
        var devTokens = DevTokenAccess.Decide(options.DevTokens, ListenAddresses.From(configuration), environment);
        var mode = AuthMode.From(options, devTokens);
        services.AddSingleton(mode);

        services.AddSingleton<TokenIssuer>();
        services.AddAuthorization(Policies.Add);
        services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(jwt =>
            {
                jwt.MapInboundClaims = false;
                if (options.HasAuthority)
                {
                    // The IdP's issuer and signing keys (JWKS) come from its metadata, refreshed as it rotates them.
                    jwt.Authority = options.Authority;
                    if (options.MetadataAddress is { Length: > 0 } metadata)
                    {
                        jwt.MetadataAddress = metadata;
                    }

                    jwt.RequireHttpsMetadata = options.RequireHttpsMetadata;
                }

                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    // Our own issuer; with an authority, the IdP's issuer from its metadata is accepted too.
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = mode.IssuerKey,
                    ValidateIssuerSigningKey = true,
                    RoleClaimType = TrackerClaims.Role,
                    NameClaimType = TrackerClaims.Subject,
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
                    OnTokenValidated = context =>
                    {
                        // Our own tokens carry our claim names; an identity provider's are mapped to them.
                        if (context.Principal?.Identity is ClaimsIdentity identity
                            && identity.FindFirst("iss")?.Value is { } issuer
                            && !string.Equals(issuer, options.Issuer, StringComparison.Ordinal))
                        {
                            ClaimMapping.Apply(identity, options.Claims);
                        }

                        return Task.CompletedTask;
                    },
                };
            });
        return services;
    }
}
