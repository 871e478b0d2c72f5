using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;
using Tracker.Grains.Common;

namespace Tracker.Api.Alerts;

/// <summary>The address of the page after this one: the same request, its filters kept, with <c>page</c> set to the cursor.</summary>
public static class NextPage
{
    public static string Link(HttpRequest request, KeysetCursor next)
    {
        var query = QueryHelpers.ParseQuery(request.QueryString.Value)
            .Where(q => !string.Equals(q.Key, "page", StringComparison.OrdinalIgnoreCase))
            .SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v)))
            .Append(KeyValuePair.Create("page", (string?)next.Encode()));
        return QueryHelpers.AddQueryString(request.PathBase.Add(request.Path).Value ?? "/", query);
    }
}
