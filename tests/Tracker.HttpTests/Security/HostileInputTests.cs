using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Tracker.HttpTests.Security.Hostile;
using Xunit.Abstractions;

namespace Tracker.HttpTests.Security;

/// <summary>
/// Issue 13 item 9: over 100,000 generated hostile requests across every ingest, command and query endpoint, and
/// hostile view names for every hub method. Nothing answers 5xx or breaks the host; every 4xx is problem+json, a 400 or
/// 422 names the field in its errors, every item a batch refuses names its field; and the seeded objects read the same
/// after as before. Targeted requests name the seeded objects and are always broken (so must all be refused); free
/// requests name only fresh objects and may be taken.
/// </summary>
public sealed class HostileInputTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    private const int Targeted = 30_000;
    private const int Free = 40_000;
    private const int Reads = 31_000;
    private const int HubCalls = 4_000;
    private const int Concurrency = 24;

    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _failures = new();
    private int _sent;

    [Fact]
    public async Task A_hundred_thousand_hostile_requests_break_nothing_and_change_nothing_they_name()
    {
        var (api, a, b) = (host.Api, host.A, host.B);
        var first = await StateSnapshot.TakeAsync(api, a, b);
        await Task.Delay(1100);
        var before = await StateSnapshot.TakeAsync(api, a, b);
        var clocks = StateSnapshot.Volatile(first, before);
        var tokens = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var caller in Callers.All)
        {
            tokens[caller] = await host.TokenAsync(caller);
        }

        var gen = new HostileGen(a, b);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = Concurrency, AllowAutoRedirect = false })
        {
            BaseAddress = host.Address,
            Timeout = TimeSpan.FromSeconds(60),
        };

        await RunAsync(gen.Command(targeted: true), Targeted, r => SendAsync(http, tokens, r, mustRefuse: true));
        await RunAsync(gen.Command(targeted: false), Free, r => SendAsync(http, tokens, r, mustRefuse: false));
        await RunAsync(HostileGen.Query, Reads, r => SendAsync(http, tokens, r, mustRefuse: false));
        await HubAsync(tokens);

        var after = await StateSnapshot.TakeAsync(api, a, b);
        var changes = StateSnapshot.Changes(before, after, clocks);
        foreach (var health in new[] { "/health/live", "/health/ready" })
        {
            using var response = await http.GetAsync(health);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{health} after the run: {(int)response.StatusCode}");
        }

        foreach (var (key, count) in _counts.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"{count,7}  {key}");
        }

        output.WriteLine($"{_sent} requests and hub calls; {_failures.Count} failures; {changes.Count} changes to seeded state");
        Assert.True(_sent >= 100_000, $"only {_sent} requests were sent");
        Assert.True(_failures.IsEmpty, $"{_failures.Count} hostile requests were answered wrongly, the first 30:\n" + string.Join("\n\n", _failures.Take(30)));
        Assert.True(changes.Count == 0, "rejected input changed the seeded objects:\n" + string.Join("\n", changes.Take(40)));
    }

    private static async Task RunAsync(Gen<HostileRequest> gen, int count, Func<HostileRequest, Task> send) =>
        await gen.SampleAsync(send, iter: count, threads: Concurrency);

    private async Task SendAsync(HttpClient http, Dictionary<string, string?> tokens, HostileRequest r, bool mustRefuse)
    {
        Interlocked.Increment(ref _sent);
        string status;
        try
        {
            using var request = new HttpRequestMessage(new HttpMethod(r.Method), new Uri(r.Path, UriKind.Relative));
            if (tokens[r.Caller] is { } token)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (r.Body is not null)
            {
                request.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(r.Body));
                if (r.ContentType.Length > 0)
                {
                    request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(r.ContentType);
                }
            }

            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (Judge(r, response, body, mustRefuse) is { } wrong)
            {
                _failures.Enqueue($"{wrong}\n  request: {r}\n  answer: {(int)response.StatusCode} {(body.Length > 500 ? body[..500] : body)}");
            }
        }
#pragma warning disable CA1031 // Any exception is a crash of the request: recorded, so that the run reports them all.
        catch (Exception e)
#pragma warning restore CA1031
        {
            status = "exception";
            _failures.Enqueue($"no answer: {e.GetType().Name}: {e.Message}\n  request: {r}");
        }

        _counts.AddOrUpdate($"{r.Route} -> {status}", 1, (_, n) => n + 1);
    }

    /// <summary>What is wrong with the answer, or null.</summary>
    private static string? Judge(HostileRequest request, HttpResponseMessage response, string body, bool mustRefuse)
    {
        var code = (int)response.StatusCode;
        if (code >= 500)
        {
            return "server error";
        }

        JsonNode? json = null;
        try
        {
            json = body.Length == 0 ? null : JsonNode.Parse(body);
        }
        catch (System.Text.Json.JsonException)
        {
        }

        if (code >= 400)
        {
            // Kestrel's HTTP parser refuses a NUL in the path (400) and a request line over its 8 KB limit (414) before any of
            // the app runs: a bare answer, with no problem to write. Only those are let through without one.
            if (body.Length == 0
                && ((code == 400 && request.Path.Split('?')[0].Contains("%00", StringComparison.Ordinal))
                    || (code == 414 && request.Path.Length > 8 * 1024)))
            {
                return null;
            }

            if (response.Content.Headers.ContentType?.MediaType != "application/problem+json" || json?["status"] is null)
            {
                return "a refusal that is not problem+json";
            }

            if (code is 400 or 422 && json["errors"] is not JsonObject { Count: > 0 } errors)
            {
                return "a 400/422 that names no field in errors";
            }

            return null;
        }

        if (json is JsonObject { } result && result["rejected"] is JsonArray rejected)
        {
            if (rejected.Any(i => string.IsNullOrWhiteSpace(Json.Str(i?["problem"]?["field"]))))
            {
                return "a refused batch item that names no field";
            }

            if (mustRefuse && (Json.Num(result["accepted"]) > 0 || Json.Num(result["duplicates"]) > 0))
            {
                return "a broken item was taken";
            }

            return null;
        }

        return mustRefuse ? "a broken command was taken" : null;
    }

    /// <summary>Subscribe and Unsubscribe with hostile view names, on connections of several roles: hub errors only, and the connections stay up.</summary>
    private async Task HubAsync(Dictionary<string, string?> tokens)
    {
        var callers = new[] { Callers.Control, Callers.CustomsX, Callers.TenantA, Callers.Device };
        var sessions = await Task.WhenAll(callers.Select(c => HubSession.ConnectAsync(host.Address, tokens[c]!)));
        var views = Gen.Frequency(
            (5, HostileValues.Text),
            (2, HostileValues.Text.Select(t => "container:" + t)),
            (1, Gen.Int[0, 1].Select(_ => "container:" + HostileValues.BadContainer())),
            (1, Gen.OneOf("overview", "alerts", "arrival-deletions", "container:", "OVERVIEW", " overview", "overview\u0000")));
        try
        {
            await Gen.Select(Gen.Int[0, sessions.Length - 1], Gen.Bool, views).SampleAsync(async (session, subscribe, view) =>
            {
                Interlocked.Increment(ref _sent);
                var method = subscribe ? "Subscribe" : "Unsubscribe";
                var outcome = "ok";
                try
                {
                    await sessions[session].Connection.InvokeAsync(method, view);
                }
                catch (HubException)
                {
                    outcome = "hub error";
                }
#pragma warning disable CA1031 // Anything but a hub error is a crash of the call: recorded with the view that caused it.
                catch (Exception e)
#pragma warning restore CA1031
                {
                    outcome = "exception";
                    _failures.Enqueue($"hub {method}({(view.Length > 200 ? view[..200] : view)}) as {callers[session]}: {e.GetType().Name}: {e.Message}");
                }

                _counts.AddOrUpdate($"HUB {method} -> {outcome}", 1, (_, n) => n + 1);
            }, iter: HubCalls, threads: Concurrency);

            foreach (var (session, caller) in sessions.Zip(callers))
            {
                if (session.Connection.State != HubConnectionState.Connected)
                {
                    _failures.Enqueue($"the hub connection of {caller} is {session.Connection.State} after the hostile calls");
                }
            }
        }
        finally
        {
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }
}
