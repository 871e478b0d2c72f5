using Tracker.Api.Auth;
using Tracker.Simulator.Client;

namespace Tracker.Silo.Simulation;

/// <summary>
/// The embedded simulator signs its own tokens with the host's key, so it works whether or
/// not dev tokens are on; it still goes through the API's authorisation like any caller.
/// </summary>
public sealed class IssuerTokenSource(TokenIssuer issuer) : ITokenSource
{
    public Task<string> Token(string role, string? office, CancellationToken cancellationToken) =>
        Task.FromResult(role == Roles.Device
            ? issuer.Issue(role, null, office, $"simulator-{role}", devices: DevTokenSource.DeviceScope, codes: DevTokenSource.DeviceScope).Token
            : issuer.Issue(role, null, office, $"simulator-{role}").Token);
}
