using System.Text;

namespace Tracker.Api.Auth;

/// <summary>The "Auth" configuration section. No secret lives in the repository: keys come from the environment.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HS256 wants a key of at least 256 bits; anything shorter is guessable.</summary>
    public const int MinimumKeyBytes = 32;

    /// <summary>
    /// A public key, the same in every process so that a token from one host works on another. Used
    /// only while <see cref="DevTokenAccess"/> allows dev tokens and no <see cref="SigningKey"/> is set.
    /// </summary>
    public const string DevelopmentKey = "tracker-development-signing-key-not-for-production-use-0001";

    /// <summary>Unset: on when the host listens on loopback only. See <see cref="DevTokenAccess"/>.</summary>
    public bool? DevTokens { get; set; }

    /// <summary>HS256 key of the tokens this host issues and accepts (self-issued: simulator, gateways, scripts).</summary>
    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "tracker";

    public string Audience { get; set; } = "tracker";

    /// <summary>An OpenID Connect identity provider (Keycloak realm, Entra tenant): its keys come from its metadata.</summary>
    public string? Authority { get; set; }

    /// <summary>The IdP's metadata document when it is not at {Authority}/.well-known/openid-configuration.</summary>
    public string? MetadataAddress { get; set; }

    /// <summary>False only for an IdP reached over plain HTTP on a private network (or a test).</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    /// <summary>The claim names the identity provider uses for ours.</summary>
    public ClaimNames Claims { get; set; } = new();

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    public bool HasAuthority => Authority is { Length: > 0 } || MetadataAddress is { Length: > 0 };

    /// <summary>
    /// The symmetric key this host signs and checks its own tokens with, or null when only the identity
    /// provider's tokens are accepted. Refuses what would fail open: a short key, or no key at all while
    /// dev tokens are off and no identity provider is configured (the development key is public).
    /// </summary>
    public string? EffectiveKey(DevTokenAccess devTokens)
    {
        if (SigningKey is { Length: > 0 } key)
        {
            var bytes = Encoding.UTF8.GetByteCount(key);
            return bytes >= MinimumKeyBytes
                ? key
                : throw new AuthConfigurationException(
                    $"Auth:SigningKey is {bytes} bytes long; it must be at least {MinimumKeyBytes} (e.g. Auth__SigningKey=$(openssl rand -hex 32)).");
        }

        if (devTokens.Allowed)
        {
            return DevelopmentKey;
        }

        return HasAuthority
            ? null
            : throw new AuthConfigurationException(
                $"Auth:SigningKey must be set (at least {MinimumKeyBytes} bytes, e.g. Auth__SigningKey=$(openssl rand -hex 32)), " +
                $"or Auth:Authority for an identity provider: dev tokens and the development key are off because {devTokens.Reason}.");
    }
}

/// <summary>The names of the claims an identity provider carries our role, tenant, office, facility and subject in.</summary>
public sealed class ClaimNames
{
    public string Role { get; set; } = TrackerClaims.Role;

    public string Tenant { get; set; } = TrackerClaims.Tenant;

    public string Office { get; set; } = TrackerClaims.Office;

    public string Facility { get; set; } = TrackerClaims.Facility;

    public string Subject { get; set; } = TrackerClaims.Subject;
}

/// <summary>A setting that would leave the host open; the host refuses to start with it.</summary>
public sealed class AuthConfigurationException(string message) : InvalidOperationException(message);
