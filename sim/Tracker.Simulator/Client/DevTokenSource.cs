using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Simulator.Client;

/// <summary>Tokens from the host's POST /api/v1/dev/token (Auth:DevTokens=true), kept per role and office.</summary>
public sealed class DevTokenSource(HttpClient http) : ITokenSource
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public async Task<string> Token(string role, string? office, CancellationToken cancellationToken)
    {
        var key = $"{role}/{office}";
        if (_tokens.TryGetValue(key, out var token))
        {
            return token;
        }

        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { role, office }, cancellationToken);
        response.EnsureSuccessStatusCode();
        token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["token"]!.GetValue<string>();
        return _tokens[key] = token;
    }
}
