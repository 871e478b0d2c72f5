using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Tracker.Simulator.Client;

/// <summary>Tokens from the host's POST /api/v1/dev/token (Auth:DevTokens=true), kept per role and office.</summary>
public sealed class DevTokenSource(HttpClient http) : ITokenSource
{
    /// <summary>The scope of the simulator's device token: all devices, all codes a device may send.</summary>
    public static readonly string[] DeviceScope = ["*"];

    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    public async Task<string> Token(string role, string? office, CancellationToken cancellationToken)
    {
        var key = $"{role}/{office}";
        if (_tokens.TryGetValue(key, out var token))
        {
            return token;
        }

        // The simulator's gateways report for every lock, truck, train and vessel it invents, and send every code a
        // device may (its TEND/TCLS are covered by "*" covering each transit's locks).
        var scope = role == "device" ? DeviceScope : null;
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { role, office, devices = scope, codes = scope }, cancellationToken);
        response.EnsureSuccessStatusCode();
        token = (await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken))!["token"]!.GetValue<string>();
        return _tokens[key] = token;
    }
}
