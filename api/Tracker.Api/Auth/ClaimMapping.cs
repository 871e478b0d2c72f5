using System.Security.Claims;

namespace Tracker.Api.Auth;

/// <summary>
/// Gives an identity provider's token our claims (<see cref="TrackerClaims"/>) from the names it uses
/// (<c>Auth:Claims:*</c>). Only tokens of another issuer are mapped, and for a mapped name our own claim
/// comes from the provider's only: a provider's token cannot smuggle a <c>role</c> past the mapping.
/// </summary>
public static class ClaimMapping
{
    public static void Apply(ClaimsIdentity identity, ClaimNames names)
    {
        Map(identity, names.Subject, TrackerClaims.Subject, pick: values => values.FirstOrDefault());

        // A provider may list many roles (Entra's "roles", a Keycloak role mapper): the first of ours wins.
        Map(identity, names.Role, TrackerClaims.Role, pick: values => values.FirstOrDefault(Roles.All.Contains));
        Map(identity, names.Tenant, TrackerClaims.Tenant, pick: values => values.FirstOrDefault());
        Map(identity, names.Office, TrackerClaims.Office, pick: values => values.FirstOrDefault());
        Map(identity, names.Facility, TrackerClaims.Facility, pick: values => values.FirstOrDefault());
    }

    private static void Map(ClaimsIdentity identity, string from, string to, Func<IEnumerable<string>, string?> pick)
    {
        if (string.Equals(from, to, StringComparison.Ordinal) || from.Length == 0)
        {
            return;
        }

        var value = pick(identity.FindAll(from).Select(c => c.Value));
        foreach (var own in identity.FindAll(to).ToList())
        {
            identity.RemoveClaim(own);
        }

        if (value is not null)
        {
            identity.AddClaim(new Claim(to, value));
        }
    }
}
