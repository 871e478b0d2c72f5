using Microsoft.AspNetCore.Builder;

namespace Tracker.Api.Availability;

/// <summary>
/// Marks a command whose repetition changes nothing (a re-sent declaration answers as the first
/// did), so that a grain call it lost to a dead silo is retried like a query's.
/// </summary>
public sealed class IdempotentCommand
{
    public static readonly IdempotentCommand Instance = new();

    private IdempotentCommand()
    {
    }
}

public static class IdempotentCommandExtensions
{
    /// <summary>Retried on failover like a GET; only for commands that are safe to repeat.</summary>
    public static TBuilder Idempotent<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(IdempotentCommand.Instance);
}
