using System.Buffers;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;
using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Gateways.Ais.Sources;
using Tracker.Grains.Vessels;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;

namespace Tracker.Api.Ingest;

/// <summary>
/// <c>POST /ingest/nmea</c>: AIS as NMEA 0183 text, one sentence a line, for a receiver that can post but not
/// speak our JSON. The body is one batch; a line the decoder drops as malformed, or whose MMSI is outside the
/// token's device scope, is refused naming its line (1-based), the rest is taken.
/// </summary>
public static class NmeaEndpoint
{
    public static void Map(RouteGroupBuilder ingest) =>
        ingest.MapPost("/nmea", Post)
            .WithSummary("AIS as NMEA 0183 !AIVDM/!AIVDO sentences (text/plain, one a line, tag blocks allowed); (mmsi, time) identifies a report.")
            .Accepts<string>("text/plain");

    private static async Task<IResult> Post(
        HttpRequest request, IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, NmeaDecoders decoders, TimeProvider clock)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !type.MediaType.Equals("text/plain", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Problem(
                $"Content-Type must be text/plain, not {(string.IsNullOrEmpty(request.ContentType) ? "missing" : request.ContentType)}.",
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type");
        }

        // The scope is checked before a sentence touches the shared cache of static data: a token may not rename a ship it does not report for.
        var scope = DeviceScope.From(request.HttpContext.User);
        var decoder = decoders.Create(scope.CoversAll ? null : mmsi => scope.Covers(mmsi.ToString("D9", CultureInfo.InvariantCulture)));
        var received = clock.GetUtcNow();
        var reports = new List<AisReport>();
        var rejected = new List<RejectedItem>();
        var lineNumber = 0;
        var sentences = 0;
        var pipe = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync(request.HttpContext.RequestAborted);
                var buffer = read.Buffer;
                var tooMany = false;
                while (TryLine(ref buffer, read.IsCompleted, out var line))
                {
                    lineNumber++;
                    if (NmeaLines.IsBlank(line))
                    {
                        continue;
                    }

                    if (++sentences > BatchReader.MaxItems)
                    {
                        tooMany = true;
                        break;
                    }

                    var drop = decoder.Decode(line, received, reports);
                    if (NmeaDrops.IsBadInput(drop))
                    {
                        rejected.Add(new RejectedItem(lineNumber - 1, new ItemProblem(
                            drop == NmeaDrop.Refused ? "mmsi" : "line",
                            string.Create(CultureInfo.InvariantCulture, $"line {lineNumber} {NmeaDrops.Describe(drop)}"))));
                    }
                }

                pipe.AdvanceTo(tooMany ? read.Buffer.End : buffer.Start, read.Buffer.End);
                if (tooMany)
                {
                    return Problem.TooManyItems(BatchReader.MaxItems);
                }

                if (read.IsCompleted)
                {
                    break;
                }
            }
        }
        catch (BadHttpRequestException e)
        {
            return Problem.BodyRefused(e);
        }

        return await IngestEndpoints.Submit(pipeline, metrics, "nmea", new IngestBatch(Ais: reports), async () =>
        {
            var outcome = await dispatcher.Ais(reports);
            return new BatchResult(outcome.Accepted, outcome.Duplicates, rejected);
        }, request.HttpContext.RequestAborted);
    }

    /// <summary>The next line; at the end of the body, the last one even without its line end.</summary>
    private static bool TryLine(ref ReadOnlySequence<byte> buffer, bool completed, out ReadOnlySequence<byte> line)
    {
        if (NmeaLines.TryRead(ref buffer, out line))
        {
            return true;
        }

        if (completed && !buffer.IsEmpty)
        {
            line = buffer;
            buffer = buffer.Slice(buffer.End);
            return true;
        }

        return false;
    }
}
