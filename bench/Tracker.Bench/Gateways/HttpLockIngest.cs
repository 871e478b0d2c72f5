using System.Buffers;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Tracker.Bench.Load;

namespace Tracker.Bench.Gateways;

/// <summary>
/// The HTTP side of the comparison: POST /api/v1/ingest/lock-fixes for the same locks, batches of 500, several
/// callers flat out. Each pass over the locks numbers its fixes one higher than the last, above the terminals' own
/// (the gateway numbers a fix by its time in Unix seconds), and stamps them 10 ms later: every fix is new and in
/// time order, and a small fleet's many passes stay within the host's allowance for clocks ahead of its own.
/// </summary>
public sealed class HttpLockIngest(LoadApi api, GatewayFleet fleet, int senders)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");
    private long _cursor = -1;

    public async Task<(double Rate, Latencies Latencies, double Seconds, long Accepted)> FlatOut(DateTimeOffset after, TimeSpan window)
    {
        var batchesPerPass = (fleet.Count + GatewayOptions.BatchSize - 1) / GatewayOptions.BatchSize;
        var latencies = new Latencies();
        long accepted = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(async _ =>
        {
            while (clock.Elapsed < window)
            {
                var slot = Interlocked.Increment(ref _cursor);
                var pass = (int)(slot / batchesPerPass);
                var first = (int)(slot % batchesPerPass) * GatewayOptions.BatchSize;
                var count = Math.Min(GatewayOptions.BatchSize, fleet.Count - first);
                using var content = new ByteArrayContent(Body(after, first, count, pass));
                content.Headers.ContentType = Json;
                var started = clock.Elapsed;
                using var response = await api.Post("/api/v1/ingest/lock-fixes", content, api.Device);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == HttpStatusCode.Accepted)
                {
                    using var answer = JsonDocument.Parse(body);
                    Interlocked.Add(ref accepted, answer.RootElement.GetProperty("accepted").GetInt64());
                    latencies.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    latencies.Fail($"{(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(body)}");
                }
            }
        }));
        var seconds = clock.Elapsed.TotalSeconds;
        return (accepted / seconds, latencies, seconds, accepted);
    }

    private byte[] Body(DateTimeOffset after, int first, int count, int pass)
    {
        var time = after.AddMilliseconds(10 * (pass + 1));
        var seq = after.ToUnixTimeSeconds() + pass + 1;
        var buffer = new ArrayBufferWriter<byte>(count * 200);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartArray();
            for (var i = first; i < first + count; i++)
            {
                var (lat, lon) = fleet.At(i, 1_000 + pass);
                json.WriteStartObject();
                json.WriteString("lockId", fleet.Locks[i]);
                json.WriteNumber("seq", seq);
                json.WriteString("time", time);
                json.WriteNumber("lat", Math.Round(lat, 6));
                json.WriteNumber("lon", Math.Round(lon, 6));
                json.WriteNumber("speedKmh", 60);
                json.WriteNumber("heading", 45);
                json.WriteString("seal", "sealed");
                json.WriteNumber("batteryPct", 87);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
