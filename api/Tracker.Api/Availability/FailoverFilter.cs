using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Tracker.Api.Availability;

/// <summary>
/// Wraps every API endpoint: a grain call that fails because a silo is unreachable is retried
/// within a short bound (queries, and commands marked <see cref="IdempotentCommand"/>; any other
/// command is tried once), and past it answered with 503 and Retry-After instead of 500 or a
/// request left hanging. Other failures pass through untouched: a bug still answers 500.
/// </summary>
public sealed class FailoverFilter(FailoverRetry retry) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        Unavailable.AlwaysWithRetryAfter(http, retry.Options);
        var retryable = Retryable(http);
        if (retryable)
        {
            // A body read by one attempt is read again by the next.
            http.Request.EnableBuffering();
        }

        var (answered, value) = await retry.Run(
            $"{http.Request.Method} {(http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? http.Request.Path.Value}",
            () => next(context).AsTask(),
            retryable,
            () => http.Request.Body.Position = 0,
            http.RequestAborted);
        return answered ? value : Unavailable.Result(http, retry.Options);
    }

    private static bool Retryable(HttpContext http) =>
        HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)
        || http.GetEndpoint()?.Metadata.GetMetadata<IdempotentCommand>() is not null;
}
