namespace Tracker.Simulator.Client;

/// <summary>Where the simulator's gateways and officers get their bearer tokens.</summary>
public interface ITokenSource
{
    Task<string> Token(string role, string? office, CancellationToken cancellationToken);
}
