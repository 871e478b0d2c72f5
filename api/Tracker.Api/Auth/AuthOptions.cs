namespace Tracker.Api.Auth;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>
    /// A development-only key, the same in every process so that a token from one host works on
    /// another. Never used once dev tokens are off: then Auth:SigningKey must be set.
    /// </summary>
    public const string DevelopmentKey = "tracker-development-signing-key-not-for-production-use-0001";

    public bool DevTokens { get; set; }

    public string? SigningKey { get; set; }

    public string Issuer { get; set; } = "tracker";

    public string Audience { get; set; } = "tracker";

    public TimeSpan DevTokenLifetime { get; set; } = TimeSpan.FromHours(12);

    public string EffectiveKey => SigningKey is { Length: > 0 } key
        ? key
        : DevTokens ? DevelopmentKey : throw new InvalidOperationException("Auth:SigningKey must be set (at least 32 characters) when Auth:DevTokens is false.");
}
