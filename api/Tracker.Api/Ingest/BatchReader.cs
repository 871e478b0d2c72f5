using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.Api.Json;
using Tracker.Api.Problems;

namespace Tracker.Api.Ingest;

/// <summary>
/// Reads an ingest batch: a JSON array of at most <see cref="MaxItems"/> items. Each item is
/// parsed and validated on its own, so that one bad item is refused without sinking the rest.
/// The array is read from the request pipe item by item (<see cref="BatchScan{TRequest, TItem}"/>), so a
/// batch over the cap is refused at its first item too many: the rest of the body is never read or parsed.
/// </summary>
public static class BatchReader
{
    public const int MaxItems = 5000;

    public delegate bool Validator<TRequest, TItem>(TRequest request, FieldErrors errors, out TItem item);

    public static async Task<(IResult? Problem, List<(int Index, TItem Item)> Items, List<RejectedItem> Rejected)> Read<TRequest, TItem>(
        HttpRequest request, Validator<TRequest, TItem> validate)
        where TRequest : class
    {
        var scan = new BatchScan<TRequest, TItem>(JsonBody.Options(request), validate, MaxItems);
        if (!request.HasJsonContentType())
        {
            return (Problem.UnsupportedMediaType(request.ContentType), scan.Items, scan.Rejected);
        }

        var pipe = request.BodyReader;
        try
        {
            while (true)
            {
                var read = await pipe.ReadAsync(request.HttpContext.RequestAborted);
                var consumed = read.Buffer.Start;
                IResult? problem;
                try
                {
                    problem = scan.Scan(read.Buffer, read.IsCompleted, out consumed);
                }
                finally
                {
                    // Always, malformed JSON too: a read left open makes Kestrel drop the connection instead of draining it.
                    pipe.AdvanceTo(consumed, read.Buffer.End);
                }

                if (problem is not null)
                {
                    return (problem, scan.Items, scan.Rejected);
                }

                if (read.IsCompleted)
                {
                    return scan.Complete
                        ? (null, scan.Items, scan.Rejected)
                        : (Problem.BadRequest("body", "is not valid JSON: it ends before the array does"), scan.Items, scan.Rejected);
                }
            }
        }
        catch (JsonException e)
        {
            return (Problem.BadRequest("body", JsonBody.Describe(e)), scan.Items, scan.Rejected);
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's verdict on the body itself (over the size limit, cut short).
            return (Problem.BodyRefused(e), scan.Items, scan.Rejected);
        }
    }
}
