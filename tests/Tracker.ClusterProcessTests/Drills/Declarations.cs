using System.Net;
using System.Text.Json.Nodes;
using Tracker.Testing.Clients;
using Tracker.Testing.Waiting;

namespace Tracker.ClusterProcessTests.Drills;

/// <summary>
/// Declaring as a customs system does while a cluster starts or recovers: one refused with 503 (a
/// first activation slower than the API's failover bound on a loaded machine, a silo not yet
/// declared dead) is sent again; a repeat of one that was taken meanwhile answers 200 with it.
/// </summary>
public static class Declarations
{
    /// <param name="log">The host's log, for the failure message.</param>
    public static Task Declare(ApiClient api, JsonObject declaration, TimeSpan within, Func<string> log)
    {
        var last = "no answer";
        return Eventually.True(async () =>
        {
            using var response = await api.Post("/api/v1/consignments", declaration, "customs", "QDCUS");
            last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            return response.StatusCode == HttpStatusCode.ServiceUnavailable
                ? false
                : response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK
                    ? true
                    : throw new Xunit.Sdk.XunitException($"declaration {declaration["id"]} through {api.BaseAddress}: {last}");
        }, within, () => $"declaration {declaration["id"]} through {api.BaseAddress} taken (201, or 200 for a repeat); last answer {last}\n{log()}");
    }
}
