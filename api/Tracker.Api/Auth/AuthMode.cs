using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Tracker.Api.Auth;

/// <summary>
/// What this host decided at start: whether it serves dev tokens, and the key of the tokens it issues
/// itself (null when only an identity provider's tokens are accepted).
/// </summary>
public sealed record AuthMode(DevTokenAccess DevTokens, SymmetricSecurityKey? IssuerKey)
{
    public static AuthMode From(AuthOptions options, DevTokenAccess devTokens) =>
        new(devTokens, options.EffectiveKey(devTokens) is { } key ? new SymmetricSecurityKey(Encoding.UTF8.GetBytes(key)) : null);
}
