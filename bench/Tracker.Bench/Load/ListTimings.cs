using System.Diagnostics;
using System.Text.Json;

namespace Tracker.Bench.Load;

/// <summary>The list endpoints at the run's scale: each call's time, first pages and the pages after them.</summary>
public static class ListTimings
{
    private const int Rounds = 5;
    private const int PagesPerRound = 4;

    /// <summary>GET /api/v1/consignments: the first page and the next few, several rounds; the count of items seen in the last round.</summary>
    public static async Task<(IReadOnlyCollection<double> Ms, int Items)> Consignments(LoadApi api)
    {
        var times = new List<double>();
        var items = 0;
        for (var round = 0; round < Rounds; round++)
        {
            items = 0;
            string? page = null;
            for (var p = 0; p < PagesPerRound; p++)
            {
                var (ms, body) = await Time(api, page is null ? "/api/v1/consignments" : $"/api/v1/consignments?page={page}");
                times.Add(ms);
                items += body.GetProperty("items").GetArrayLength();
                if (body.TryGetProperty("next", out var next) && next.ValueKind != JsonValueKind.Null)
                {
                    page = next.ToString();
                }
                else
                {
                    break;
                }
            }
        }

        return (times, items);
    }

    /// <summary>GET /api/v1/alerts (newest first, one page) as the control center asks for it.</summary>
    public static async Task<(IReadOnlyCollection<double> Ms, int Items)> Alerts(LoadApi api)
    {
        var times = new List<double>();
        var items = 0;
        for (var round = 0; round < Rounds * 2; round++)
        {
            var (ms, body) = await Time(api, "/api/v1/alerts");
            times.Add(ms);
            items = body.GetArrayLength();
        }

        return (times, items);
    }

    private static async Task<(double Ms, JsonElement Body)> Time(LoadApi api, string path)
    {
        var clock = Stopwatch.StartNew();
        using var response = await api.Get(path, api.Control);
        var text = await response.Content.ReadAsStringAsync();
        clock.Stop();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}: {text}");
        }

        return (clock.Elapsed.TotalMilliseconds, JsonDocument.Parse(text).RootElement.Clone());
    }
}
