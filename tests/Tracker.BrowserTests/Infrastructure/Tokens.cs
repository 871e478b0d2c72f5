using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Tracker.Api.Auth;

namespace Tracker.BrowserTests.Infrastructure;

/// <summary>Tokens the host did not issue: one signed with another key, one that has expired, and one about to.</summary>
public static class Tokens
{
    /// <summary>A token the host accepts (signed with its development key) that expires soon.</summary>
    public static string ExpiringIn(string role, TimeSpan lifetime) =>
        Jwt(new { role, sub = "brief", iss = "tracker", aud = "tracker", exp = DateTimeOffset.UtcNow.Add(lifetime).ToUnixTimeSeconds() }, AuthOptions.DevelopmentKey);

    public static string SignedElsewhere(string role) =>
        Jwt(new { role, sub = "forger", iss = "tracker", aud = "tracker", exp = DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds() }, "some-other-key-that-the-host-does-not-know-0001");

    public static string Expired(string role) =>
        Jwt(new { role, sub = "late", iss = "tracker", aud = "tracker", exp = DateTimeOffset.UtcNow.AddHours(-1).ToUnixTimeSeconds() }, "any-key-will-do-the-browser-sees-the-expiry-first");

    private static string Jwt(object payload, string key)
    {
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var body = Base64Url(JsonSerializer.SerializeToUtf8Bytes(payload));
        var signature = Base64Url(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.ASCII.GetBytes($"{header}.{body}")));
        return $"{header}.{body}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
