using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using Tracker.Bench.Load;

namespace Tracker.Bench.Gateways;

/// <summary>
/// Item 3: one TCP connection writing AIS type 1 lines to the host's NMEA listener as fast as it takes them, the
/// rate read from the host's own sentence counter; beside POST /api/v1/ingest/ais (batches of 500 reports, several
/// callers) in the same run.
/// </summary>
public static class NmeaRun
{
    private const string SentenceCounter = "tracker.gateways.nmea.sentences";
    private const string ReportCounter = "tracker.gateways.nmea.reports";

    public static async Task<List<Figure>> Run(GatewayOptions options, LoadApi api, int port, List<string> notes)
    {
        var window = TimeSpan.FromSeconds(options.HttpSeconds);
        // An unmeasured warm-up first: the transponder grains' activations (a storage read each) are not the rate.
        await Http(options, api, TimeSpan.FromSeconds(2));
        var http = await Http(options, api, window);
        var figures = new List<Figure> { http };
        var listener = await Listener(options, api, port, window, notes);
        if (listener is { } l)
        {
            figures.Add(new Figure(
                "nmea_listener", l.Sentences, "sentences/s",
                $"one TCP connection writing type 1 lines of {options.Vessels:N0} MMSIs flat out for {window.TotalSeconds:0} s after 2 s of warm-up; the host's counters {SentenceCounter} {l.Sentences:N0}/s and {ReportCounter} {l.Reports:N0}/s over the window; the bench wrote {l.Written:N0}/s",
                "ais_http", http.Value, http.Value > 0 ? l.Sentences / http.Value : null));
        }

        return figures;
    }

    private static async Task<Figure> Http(GatewayOptions options, LoadApi api, TimeSpan window)
    {
        // Load's vessel fleet: one per 50 transits, so this many transits give the run's MMSIs.
        var vessels = new Vessels(options.Vessels * 50, new Random(5));
        var latencies = new Latencies();
        long accepted = 0, cursor = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Senders).Select(async _ =>
        {
            while (clock.Elapsed < window)
            {
                var first = (int)(Interlocked.Increment(ref cursor) * GatewayOptions.BatchSize % vessels.Fleet.Length);
                var count = Math.Min(GatewayOptions.BatchSize, vessels.Fleet.Length - first);
                using var stream = new MemoryStream();
                using (var json = new Utf8JsonWriter(stream))
                {
                    json.WriteStartArray();
                    vessels.Write(json, first, count);
                    json.WriteEndArray();
                }

                using var content = new ByteArrayContent(stream.ToArray());
                content.Headers.ContentType = new("application/json");
                var started = clock.Elapsed;
                using var response = await api.Post("/api/v1/ingest/ais", content, api.Device);
                var body = await response.Content.ReadAsByteArrayAsync();
                if (response.StatusCode == System.Net.HttpStatusCode.Accepted)
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
        var rate = accepted / seconds;
        RunLog.Say($"AIS over HTTP: {accepted:N0} reports in {seconds:0.0} s, {rate:N0}/s; {latencies.Failed} failed {latencies.FirstProblem}");
        return new Figure(
            "ais_http", rate, "reports/s",
            $"POST /api/v1/ingest/ais, {options.Senders} callers flat out, batches of {GatewayOptions.BatchSize} reports of {vessels.Fleet.Length:N0} MMSIs: {accepted:N0} accepted in {seconds:0.0} s, {latencies.Failed} calls failed; p50 {latencies.P(50):0} ms, p99 {latencies.P(99):0} ms");
    }

    private static async Task<(double Sentences, double Reports, double Written)?> Listener(GatewayOptions options, LoadApi api, int port, TimeSpan window, List<string> notes)
    {
        var corpus = DecodeCorpus.AisLines(options.Vessels, messages: options.Vessels * 20);
        var lines = corpus.Count(b => b == (byte)'\n');
        using var client = new TcpClient { NoDelay = false };
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
        }
        catch (SocketException e)
        {
            notes.Add($"The host's NMEA listener (Gateways:Nmea:TcpPort={port}) refused the connection ({e.SocketErrorCode}), so nmea_listener was not measured.");
            RunLog.Say($"NMEA listener: {e.Message}");
            return null;
        }

        using var stop = new CancellationTokenSource();
        var stream = client.GetStream();
        long passes = 0;
        var writer = Task.Run(async () =>
        {
            try
            {
                while (!stop.IsCancellationRequested)
                {
                    await stream.WriteAsync(corpus, stop.Token);
                    Interlocked.Increment(ref passes);
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException)
            {
            }
        });

        await Task.Delay(TimeSpan.FromSeconds(2));
        var sentences0 = await HostMetrics.Sum(api, SentenceCounter);
        var reports0 = await HostMetrics.Sum(api, ReportCounter);
        var written0 = Interlocked.Read(ref passes);
        var clock = Stopwatch.StartNew();
        await Task.Delay(window);
        var sentences1 = await HostMetrics.Sum(api, SentenceCounter);
        var reports1 = await HostMetrics.Sum(api, ReportCounter);
        var seconds = clock.Elapsed.TotalSeconds;
        var written = (Interlocked.Read(ref passes) - written0) * lines / seconds;
        await stop.CancelAsync();
        client.Close();
        await writer;
        if (sentences0 is null || sentences1 is null)
        {
            notes.Add($"The host exports no {SentenceCounter} on /metrics, so nmea_listener was not measured (the bench wrote {written:N0} lines/s).");
            return null;
        }

        var rate = (sentences1.Value - sentences0.Value) / seconds;
        var reports = ((reports1 ?? 0) - (reports0 ?? 0)) / seconds;
        RunLog.Say($"NMEA listener: {rate:N0} sentences/s, {reports:N0} reports/s taken by the host; the bench wrote {written:N0} lines/s");
        return (rate, reports, written);
    }
}
