using System.Net;
using System.Text.Json.Nodes;
using Xunit;

namespace Tracker.Testing.Http;

/// <summary>Checks on RFC 9457 answers.</summary>
public static class Problems
{
    /// <summary>The answer has the status and is application/problem+json; returns the problem.</summary>
    public static async Task<JsonNode> AssertAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await Json.ReadAsync(response);
        Assert.True(response.StatusCode == status, $"expected {(int)status}, got {(int)response.StatusCode} {body.ToJsonString()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, Json.Num(body["status"]));
        return body;
    }

    /// <summary>A 400 validation problem whose errors name every one of the fields.</summary>
    public static async Task<JsonNode> AssertNamesFieldsAsync(HttpResponseMessage response, params string[] fields)
    {
        var problem = await AssertAsync(response, HttpStatusCode.BadRequest);
        var errors = problem["errors"]?.AsObject();
        Assert.NotNull(errors);
        foreach (var field in fields)
        {
            Assert.True(errors.ContainsKey(field), $"no error for '{field}' in {problem.ToJsonString()}");
            Assert.NotEmpty(errors[field]!.AsArray());
        }

        return problem;
    }

    /// <summary>The batch refused exactly the items at these indexes, each naming the field at fault.</summary>
    public static void AssertRejected(JsonNode result, params (int Index, string Field)[] expected)
    {
        var rejected = result["rejected"]!.AsArray();
        Assert.Equal(expected.Length, rejected.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Index, Json.Num(rejected[i]!["index"]));
            Assert.Equal(expected[i].Field, Json.Str(rejected[i]!["problem"]!["field"]));
            Assert.False(string.IsNullOrWhiteSpace(Json.Str(rejected[i]!["problem"]!["detail"])));
        }
    }

    /// <summary>The batch result counts: accepted, duplicates, and how many were rejected.</summary>
    public static void AssertCounts(JsonNode result, int accepted, int duplicates, int rejected = 0)
    {
        Assert.True(
            Json.Num(result["accepted"]) == accepted && Json.Num(result["duplicates"]) == duplicates && result["rejected"]!.AsArray().Count == rejected,
            $"expected accepted {accepted}, duplicates {duplicates}, rejected {rejected}: {result.ToJsonString()}");
    }
}
