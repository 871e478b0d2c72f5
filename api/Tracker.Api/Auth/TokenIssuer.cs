using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Tracker.Api.Auth;

public sealed class TokenIssuer(IOptions<AuthOptions> options, AuthMode mode, TimeProvider clock)
{
    public (string Token, DateTimeOffset ExpiresAt) Issue(
        string role, string? tenant, string? office, string subject, string? facility = null,
        IReadOnlyList<string>? devices = null, IReadOnlyList<string>? codes = null)
    {
        var o = options.Value;
        var now = clock.GetUtcNow();
        var expires = now + o.DevTokenLifetime;
        var claims = new List<Claim> { new(TrackerClaims.Role, role), new(JwtRegisteredClaimNames.Sub, subject) };
        if (tenant is not null)
        {
            claims.Add(new Claim(TrackerClaims.Tenant, tenant));
        }

        if (office is not null)
        {
            claims.Add(new Claim(TrackerClaims.Office, office));
        }

        if (facility is not null)
        {
            claims.Add(new Claim(TrackerClaims.Facility, facility));
        }

        // One claim per entry: the JWT carries them as an array, read back as several claims (DeviceScope).
        claims.AddRange((devices ?? []).Select(d => new Claim(TrackerClaims.Devices, d)));
        claims.AddRange((codes ?? []).Select(c => new Claim(TrackerClaims.Codes, c)));

        var token = new JwtSecurityToken(
            o.Issuer, o.Audience, claims, now.UtcDateTime, expires.UtcDateTime,
            new SigningCredentials(
                mode.IssuerKey ?? throw new InvalidOperationException("This host issues no tokens: Auth:SigningKey is not set (only the identity provider's are accepted)."),
                SecurityAlgorithms.HmacSha256));
        return (new JwtSecurityTokenHandler().WriteToken(token), expires);
    }
}
