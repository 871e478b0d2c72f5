using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Tracker.Testing.Hosts;

namespace Tracker.HttpTests;

/// <summary>A declaration that fails after its locks were bound, here because the store refuses it, leaves them free.</summary>
public sealed class DeclarationFailureTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "tracker-http-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task A_declaration_the_store_cannot_keep_leaves_its_locks_free_for_the_next_one()
    {
        await using var host = await RunningHost.StartOnFilesAsync(_root);
        using var api = new HostApi(host.Address);
        string[] locks = [Ids.Unique("lock"), Ids.Unique("lock")];
        var declaration = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container(), Ids.Container()], locks);

        // A file where the consignments' folder belongs: every consignment write fails, lock writes still succeed.
        var blocker = Path.Combine(_root, "grains", "consignment");
        Assert.False(Directory.Exists(blocker), "the store already holds consignments: the fault would not be the only one");
        Directory.CreateDirectory(Path.GetDirectoryName(blocker)!);
        await File.WriteAllTextAsync(blocker, "not a folder");
        using (var refused = await PostWithoutGuardAsync(host.Address, declaration, await api.AdminAsync()))
        {
            // HostApi fails any 5xx; this one is expected: the store is down, and sending again is safe.
            await Problems.AssertAsync(refused, HttpStatusCode.ServiceUnavailable);
        }

        File.Delete(blocker);
        var retry = Bodies.RoadDeclaration(Ids.Unique("tr"), Ids.Unique("tenant"), Ids.Unique("office"), [Ids.Container(), Ids.Container()], locks);
        await api.DeclareAsync(retry);
        using var missing = await api.GetAsync($"/api/v1/consignments/{Json.Str(declaration["id"])}", await api.ControlAsync());
        await Problems.AssertAsync(missing, HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> PostWithoutGuardAsync(Uri host, JsonNode declaration, string token)
    {
        using var http = new HttpClient { BaseAddress = host };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/consignments", UriKind.Relative))
        {
            Content = new StringContent(declaration.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
