using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Tracker.HttpTests.Security;

/// <summary>Tokens a test signs itself, as a gateway with the shared key or an identity provider would.</summary>
public static class Tokens
{
    public static string WithKey(string key, string role, string issuer = "tracker", string audience = "tracker") =>
        Create(new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)), SecurityAlgorithms.HmacSha256),
            issuer, audience, new Dictionary<string, object> { ["role"] = role, ["sub"] = "test" });

    public static string Create(SigningCredentials credentials, string issuer, string audience, IDictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(10),
            SigningCredentials = credentials,
        });
}
