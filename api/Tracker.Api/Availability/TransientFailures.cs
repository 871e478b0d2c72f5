using Orleans.Runtime.Messaging;

namespace Tracker.Api.Availability;

/// <summary>
/// Which failures mean "a silo is unreachable for now", seen on a survivor while a killed peer is
/// not yet declared dead (and in the moments after): the call may succeed once membership has
/// moved the grains. Everything else (a bug, a refused value, a storage fault) is not retried and
/// is not dressed up as 503.
/// </summary>
public static class TransientFailures
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        // Seen: "Exception while sending message: ConnectionFailedException: Unable to connect to
        // S127.0.0.1:…", from the survivor's own calls and from grain-to-grain calls it made.
        // Its subclass SiloUnavailableException: the target was declared dead with the call in flight.
        OrleansMessageRejectionException => true,
        ConnectionFailedException => true,

        // Orleans' response timeout: the request went to a silo that never answered.
        TimeoutException => true,

        AggregateException aggregate => aggregate.InnerExceptions.Any(IsTransient),
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
