using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Tracker.Api.Availability;

/// <summary>The answer while the cluster recovers from the loss of a silo: 503, problem+json, Retry-After.</summary>
public static class Unavailable
{
    public const string Title = "Try again shortly";

    public const string Detail = "A host of the cluster is unreachable and its work is moving to the others. Send the request again after Retry-After seconds.";

    public static IResult Result(HttpContext context, FailoverOptions options)
    {
        SetRetryAfter(context.Response, options);
        return Results.Problem(Detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: Title);
    }

    public static void SetRetryAfter(HttpResponse response, FailoverOptions options) =>
        response.Headers.RetryAfter = options.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// Any 503 of this request, whoever answered it (ingest answers its own), says when to come
    /// back; one that set its own Retry-After keeps it.
    /// </summary>
    public static void AlwaysWithRetryAfter(HttpContext context, FailoverOptions options) =>
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status503ServiceUnavailable && !context.Response.Headers.ContainsKey("Retry-After"))
            {
                SetRetryAfter(context.Response, options);
            }

            return Task.CompletedTask;
        });
}
