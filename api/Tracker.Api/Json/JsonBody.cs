using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tracker.Api.Problems;

namespace Tracker.Api.Json;

/// <summary>
/// Reads a JSON request body by hand, so that a wrong content type, malformed JSON or a field of
/// the wrong type each get a problem+json naming what is wrong, never a bare 400 or a 500.
/// </summary>
public static class JsonBody
{
    public static Task<IResult> Read<T>(HttpRequest request, Func<T, IResult> handle) where T : class =>
        Read<T>(request, body => Task.FromResult(handle(body)));

    /// <param name="allowEmpty">An empty body stands for an empty object (actions whose fields are all optional).</param>
    public static async Task<IResult> Read<T>(HttpRequest request, Func<T, Task<IResult>> handle, bool allowEmpty = false) where T : class
    {
        if (allowEmpty && request.ContentLength is null or 0 && !request.HasJsonContentType())
        {
            return await handle(JsonSerializer.Deserialize<T>("{}", Options(request))!);
        }

        if (!request.HasJsonContentType())
        {
            return Problem.UnsupportedMediaType(request.ContentType);
        }

        var options = Options(request);
        T? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return Problem.BadRequest(FieldOf(e), Describe(e));
        }
        catch (BadHttpRequestException e)
        {
            // Kestrel's verdict on the body itself (too large, cut short): its status, as a problem rather than a 500.
            return Problem.BodyRefused(e);
        }

        return body is null ? Problem.BadRequest("body", "must be a JSON object") : await handle(body);
    }

    public static JsonSerializerOptions Options(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;

    /// <summary>"$.locks[1].lockId" becomes "locks[1].lockId"; a syntax error has no field: "body".</summary>
    public static string FieldOf(JsonException e) =>
        e.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..]
        : e.Path is { Length: > 1 } p && p.StartsWith('$') ? p[1..].TrimStart('.')
        : "body";

    public static string Describe(JsonException e) =>
        e.LineNumber is { } line && e.Path is null or "$"
            ? $"is not valid JSON (line {line + 1}, position {e.BytePositionInLine + 1})"
            : e.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
                ? "has the wrong type"
                : "is not valid JSON";
}
