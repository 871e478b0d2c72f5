using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Availability;

/// <summary>
/// The net under <see cref="FailoverFilter"/>: a silo-unreachable failure thrown anywhere else
/// (a middleware, the dashboard, a page) answers 503 with Retry-After too. Anything else is left
/// to the default handler, a 500 problem without a stack trace.
/// </summary>
public sealed class UnavailableExceptionHandler(IProblemDetailsService problems, IOptions<FailoverOptions> options) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!TransientFailures.IsTransient(exception))
        {
            return false;
        }

        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        Unavailable.SetRetryAfter(httpContext.Response, options.Value);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = StatusCodes.Status503ServiceUnavailable, Title = Unavailable.Title, Detail = Unavailable.Detail },
        });
    }
}
