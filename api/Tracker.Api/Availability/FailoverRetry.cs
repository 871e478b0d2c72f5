using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tracker.Api.Availability;

/// <summary>
/// Runs an attempt again, with a short backoff, while it fails because a silo is unreachable,
/// and gives up when <see cref="FailoverOptions.RetryWithin"/> has passed.
/// <para>An attempt still running at the bound is left to finish on its own: a call in flight to
/// a dead silo (or queued behind one, in a grain on this silo) is failed by Orleans only once the
/// silo is declared dead or after its 30 s response timeout, and the caller must not wait for that.
/// Such an attempt must not touch the request once its grain calls began, since the request has
/// been answered by then; the API's handlers read everything they need first.</para>
/// </summary>
public sealed partial class FailoverRetry(IOptions<FailoverOptions> options, TimeProvider clock, ILogger<FailoverRetry> logger)
{
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(1);

    public FailoverOptions Options => options.Value;

    /// <param name="what">The call as the log names it, e.g. "GET /api/v1/containers/{number}".</param>
    /// <param name="attempt">One try; called again after a transient failure.</param>
    /// <param name="retryable">False for a command that is not safe to repeat: it is tried once, within the bound.</param>
    /// <param name="beforeRetry">Puts back what an attempt used up (a request body's position).</param>
    /// <returns>Whether an attempt answered in time, and its answer.</returns>
    public async Task<(bool Answered, object? Value)> Run(string what, Func<Task<object?>> attempt, bool retryable, Action? beforeRetry, CancellationToken cancellationToken)
    {
        var started = clock.GetTimestamp();
        var delay = FirstDelay;
        for (var tries = 1; ; tries++)
        {
            var left = options.Value.RetryWithin - clock.GetElapsedTime(started);
            var task = attempt();
            try
            {
                return (true, await task.WaitAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero, clock, cancellationToken));
            }
            catch (TimeoutException) when (!task.IsCompleted)
            {
                // Our bound, not Orleans' response timeout (that one faults the task itself).
                _ = task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                LogGaveUp(what, tries, null);
                return (false, null);
            }
            catch (Exception e) when (TransientFailures.IsTransient(e))
            {
                if (!retryable || options.Value.RetryWithin - clock.GetElapsedTime(started) <= delay)
                {
                    LogGaveUp(what, tries, e);
                    return (false, null);
                }

                LogRetrying(what, tries, e.GetType().Name, e.Message);
                await Task.Delay(delay, clock, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxDelay.Ticks));
                beforeRetry?.Invoke();
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{What}: try {Tries} failed while a silo is unreachable ({Type}: {Reason}); retrying")]
    private partial void LogRetrying(string what, int tries, string type, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{What}: a silo was still unreachable after {Tries} tries; answered that the service is unavailable")]
    private partial void LogGaveUp(string what, int tries, Exception? exception);
}
