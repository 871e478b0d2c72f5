using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Tracker.HttpTests.Security;

/// <summary>
/// Issue 13 item 8, object level: each caller reads each object of party A and of party B (containers, consignments,
/// tracks, timelines, vessels, alerts, arrival deletions and their files, statistics and lists). A caller sees its own
/// party's objects and is answered 404 for the other's, as for an object that does not exist; what it is shown never
/// names the other party's transits, boxes or terminal.
/// </summary>
public sealed class ObjectAccessTests(SecurityHost host, ITestOutputHelper output) : IClassFixture<SecurityHost>
{
    /// <summary>Per object: the path of party A's and of B's, and the letters (see <see cref="Expect"/>) for A's and for B's.</summary>
    private static readonly (string Kind, Func<Party, string> Path, string OfA, string OfB)[] Objects =
    [
        ("container", p => $"/api/v1/containers/{p.RoadBox}", "OOHOHFFOU", "OHOHOFFOU"),
        ("consignment", p => $"/api/v1/consignments/{p.Road}", "OOHOHFFOU", "OHOHOFFOU"),
        ("water consignment", p => $"/api/v1/consignments/{p.Water}", "OOHOHFFOU", "OHOHOFFOU"),
        ("track", p => $"/api/v1/consignments/{p.Road}/track", "OOHOHFFOU", "OHOHOFFOU"),
        ("alert", p => $"/api/v1/alerts/{p.Alert}", "OFFOHFFOU", "OFFHOFFOU"),
        ("arrival deletion", p => $"/api/v1/arrival-deletions/{p.Deletion}", "OOHOHOFOU", "OHOHOHFOU"),
        ("arrival deletion file", p => $"/api/v1/arrival-deletions/{p.Deletion}/attachments/att-1", "FOHOHOFFU", "FHOHOHFFU"),
    ];

    [Fact]
    public async Task Each_caller_reads_its_own_partys_objects_and_never_the_others()
    {
        var (a, b) = (host.A, host.B);
        var reads = Objects
            .SelectMany(o => new[] { (o.Kind, Owner: a, Path: o.Path(a), Row: o.OfA), (o.Kind, Owner: b, Path: o.Path(b), Row: o.OfB) })
            .SelectMany(o => Callers.All.Select((caller, column) => (o.Kind, o.Owner, o.Path, Caller: caller, Expected: o.Row[column])))
            .ToList();

        var results = await Task.WhenAll(reads.Select(async r =>
        {
            var (status, body) = await GetAsync(r.Path, r.Caller);
            return (r, status, body);
        }));

        var wrong = new List<string>();
        foreach (var (r, status, body) in results)
        {
            if (!Expect.Matches(r.Expected, status))
            {
                wrong.Add($"{r.Kind} of {r.Owner.Name} as {r.Caller}: expected {Expect.Describe(r.Expected)}, got {(int)status} {body}");
            }
            else if (status == HttpStatusCode.OK && Leak(r.Caller, r.Owner, body) is { } leak)
            {
                wrong.Add($"{r.Kind} of {r.Owner.Name} as {r.Caller}: shows {leak}");
            }
        }

        output.WriteLine($"{results.Length} reads");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>A vessel's AIS position is public; the boxes aboard are shown only to those who may see them.</summary>
    [Fact]
    public async Task A_vessel_shows_its_boxes_aboard_only_to_their_parties()
    {
        var (a, b) = (host.A, host.B);
        var wrong = new List<string>();
        foreach (var owner in new[] { a, b })
        {
            var other = owner == a ? b : a;
            foreach (var caller in Callers.All)
            {
                var (status, body) = await GetAsync($"/api/v1/vessels/{owner.FeederImo}", caller);
                var sees = caller is Callers.Control or Callers.Admin || (caller is Callers.CustomsX or Callers.CustomsY or Callers.TenantA or Callers.TenantB && Callers.IsPartyOf(caller, owner, a));
                var shown = status == HttpStatusCode.OK && body.Contains(owner.WaterBox, StringComparison.Ordinal);
                if (status == HttpStatusCode.OK && shown != sees && (shown || caller is Callers.Control))
                {
                    wrong.Add($"vessel of {owner.Name} as {caller}: boxes aboard {(shown ? "shown" : "missing")}: {body}");
                }

                if (status == HttpStatusCode.OK && body.Contains(other.WaterBox, StringComparison.Ordinal))
                {
                    wrong.Add($"vessel of {owner.Name} as {caller}: shows {other.Name}'s box");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>Issue 13 item 1: a box shipped by B, then by A: A sees the box within its own transit, nothing of B's.</summary>
    [Fact]
    public async Task A_reused_box_shows_the_tenant_nothing_of_the_earlier_shippers_transit()
    {
        var (box, earlier, later) = host.Shared;
        var (status, body) = await GetAsync($"/api/v1/containers/{box}", Callers.TenantA);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(later, body, StringComparison.Ordinal);
        Assert.DoesNotContain(earlier, body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.B.Facility, body, StringComparison.Ordinal);
        var timeline = JsonNode.Parse(body)!["timeline"]!.AsArray();
        Assert.DoesNotContain(timeline, m => Json.Str(m!["code"]) is "GTIN" or "TCLS" or "TEND" or "UNSL");

        // Office X supervises only A's later transit: the timeline of B's, under office Y, is not X's either.
        var (_, officerX) = await GetAsync($"/api/v1/containers/{box}", Callers.CustomsX);
        Assert.DoesNotContain(earlier, officerX, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_hold_the_callers_own_objects_only()
    {
        var (a, b) = (host.A, host.B);
        var lists = new (string Path, string Caller, Party Own)[]
        {
            ("/api/v1/consignments", Callers.TenantA, a), ("/api/v1/consignments", Callers.TenantB, b),
            ("/api/v1/consignments", Callers.CustomsX, a), ("/api/v1/consignments", Callers.CustomsY, b),
            ("/api/v1/containers", Callers.TenantA, a), ("/api/v1/containers", Callers.TenantB, b),
            ("/api/v1/containers", Callers.CustomsX, a), ("/api/v1/containers", Callers.CustomsY, b),
            ("/api/v1/alerts", Callers.CustomsX, a), ("/api/v1/alerts", Callers.CustomsY, b),
            ("/api/v1/arrival-deletions", Callers.TenantA, a), ("/api/v1/arrival-deletions", Callers.TenantB, b),
            ("/api/v1/arrival-deletions", Callers.CustomsX, a), ("/api/v1/arrival-deletions", Callers.CustomsY, b),
            ("/api/v1/arrival-deletions", Callers.Terminal, a),
            ("/api/v1/map/corridors", Callers.CustomsX, a), ("/api/v1/map/corridors", Callers.CustomsY, b),
        };

        var wrong = new List<string>();
        foreach (var (path, caller, own) in lists)
        {
            var (status, body) = await GetAsync(path, caller);
            Assert.True(status == HttpStatusCode.OK, $"{path} as {caller}: {(int)status} {body}");
            if (Leak(caller, own, body) is { } leak)
            {
                wrong.Add($"{path} as {caller}: shows {leak}");
            }

            if (!own.Consignments.Concat(own.Boxes).Append(own.Alert).Append(own.Deletion).Any(id => body.Contains(id, StringComparison.Ordinal)))
            {
                wrong.Add($"{path} as {caller}: holds nothing of its own party: {body}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task Statistics_are_the_officers_own_offices()
    {
        var (a, b) = (host.A, host.B);
        var (status, _) = await GetAsync($"/api/v1/stats/supervision?office={b.Office}", Callers.CustomsX);
        Assert.Equal(HttpStatusCode.Forbidden, status);

        // The figures move while the scheduled supervision raises alerts on the seeded transits: compared as read
        // together, a few times over if one was raised between the two reads.
        string own = "", asControl = "";
        for (var attempt = 0; attempt < 5 && (attempt == 0 || own != asControl); attempt++)
        {
            (_, own) = await GetAsync("/api/v1/stats/supervision", Callers.CustomsX);
            (_, asControl) = await GetAsync($"/api/v1/stats/supervision?office={a.Office}", Callers.Control);
        }

        Assert.Equal(a.Office, Json.Str(JsonNode.Parse(own)!["office"]));
        Assert.Equal(asControl, own);

        var (_, deletionsX) = await GetAsync("/api/v1/stats/arrival-deletions", Callers.CustomsX);
        var (_, deletionsAll) = await GetAsync("/api/v1/stats/arrival-deletions", Callers.Control);
        Assert.NotEqual(deletionsAll, deletionsX);
    }

    /// <summary>What of the other party the answer names, if anything; control and admin see everything.</summary>
    private string? Leak(string caller, Party owner, string body)
    {
        if (caller is Callers.Control or Callers.Admin)
        {
            return null;
        }

        var other = owner == host.A ? host.B : host.A;
        string[] ids = [.. other.Consignments, .. other.Boxes, other.Alert, other.Deletion, other.Facility, other.Tenant, host.Shared.Earlier];
        return ids.FirstOrDefault(id => (id != host.Shared.Earlier || owner == host.A) && body.Contains(id, StringComparison.Ordinal)) is { } found
            ? $"{other.Name}'s {found}"
            : null;
    }

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(string path, string caller)
    {
        using var http = new HttpClient { BaseAddress = host.Address };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (await host.TokenAsync(caller) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
