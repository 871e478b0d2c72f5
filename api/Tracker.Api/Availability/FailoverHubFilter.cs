using Microsoft.AspNetCore.SignalR;

namespace Tracker.Api.Availability;

/// <summary>
/// The live hub's counterpart of <see cref="FailoverFilter"/>: a hub method whose grain call
/// fails because a silo is unreachable is retried within the bound (subscribing twice is
/// harmless), then refused with a message that says to try again, where SignalR would otherwise
/// send only "An unexpected error occurred".
/// </summary>
public sealed class FailoverHubFilter(FailoverRetry retry) : IHubFilter
{
    public const string Message = "A host of the cluster is unreachable and its work is moving to the others; try again in a few seconds.";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var (answered, value) = await retry.Run(
            $"hub {invocationContext.HubMethodName}",
            () => next(invocationContext).AsTask(),
            retryable: true,
            beforeRetry: null,
            invocationContext.Context.ConnectionAborted);
        return answered ? value : throw new HubException(Message);
    }
}
