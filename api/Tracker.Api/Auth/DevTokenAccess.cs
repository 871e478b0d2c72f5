namespace Tracker.Api.Auth;

/// <summary>
/// Whether this host serves dev tokens (<c>POST /api/v1/dev/token</c>, <c>GET /api/v1/dev/parties</c>)
/// and may sign with the public development key. Anyone who reaches the endpoint can mint an admin
/// token, so it is served only where nobody else can reach it, or where someone said so outside production:
/// <list type="bullet">
/// <item><c>Auth:DevTokens=false</c>: never.</item>
/// <item><c>Auth:DevTokens</c> unset: only when every address the host listens on is loopback (the local run).</item>
/// <item><c>Auth:DevTokens=true</c>: when every address is loopback, or the environment is not <c>Production</c>
/// (a shared test or staging host). In production on a reachable address it stays off.</item>
/// </list>
/// </summary>
public sealed record DevTokenAccess(bool Allowed, string Reason)
{
    public const string Production = "Production";

    public static DevTokenAccess Decide(bool? setting, IReadOnlyList<string> listenUrls, string environment)
    {
        var reachable = listenUrls.Where(url => !ListenAddresses.IsLoopback(url)).ToList();
        var where = reachable.Count == 0
            ? "the host listens on loopback only"
            : $"the host listens on {string.Join(", ", reachable)}";
        var production = string.Equals(environment, Production, StringComparison.OrdinalIgnoreCase);
        return setting switch
        {
            false => new(false, "Auth:DevTokens is false"),
            null when reachable.Count == 0 => new(true, where),
            null => new(false, $"Auth:DevTokens is not set and {where}"),
            true when reachable.Count == 0 => new(true, where),
            true when !production => new(true, $"Auth:DevTokens is true in the {environment} environment"),
            true => new(false, $"Auth:DevTokens is true but {where} in the {environment} environment"),
        };
    }
}
