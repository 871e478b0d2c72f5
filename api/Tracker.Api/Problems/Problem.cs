using Microsoft.AspNetCore.Http;

namespace Tracker.Api.Problems;

/// <summary>RFC 9457 answers that are not about a single field.</summary>
public static class Problem
{
    public static IResult NotFound(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Not found");

    public static IResult Conflict(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    /// <summary>A conflict with the state of things caused by one field of the request (e.g. a container in another open transit).</summary>
    public static IResult Conflict(string field, string detail) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [detail] }, detail, title: "Conflict", statusCode: StatusCodes.Status409Conflict);

    public static IResult Forbidden(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult BadRequest(string field, string detail) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { [field] = [detail] }, title: "The request is not valid.");

    /// <summary>A well-formed request the state of things refuses (e.g. a container with no arrival report), naming the field.</summary>
    public static IResult Unprocessable(string field, string detail) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [detail] },
            title: "The request cannot be carried out.",
            statusCode: StatusCodes.Status422UnprocessableEntity);

    public static IResult UnsupportedMediaType(string? contentType) =>
        Results.Problem(
            $"Content-Type must be application/json, not {(string.IsNullOrEmpty(contentType) ? "missing" : contentType)}.",
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "Unsupported media type");

    /// <summary>A batch found to hold more items than <paramref name="limit"/> at its first item too many: the rest is never read.</summary>
    public static IResult TooManyItems(int limit) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { ["items"] = [$"at most {limit} items are taken in one call"] },
            detail: $"The batch has more than {limit} items; at most {limit} are taken in one call.",
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "Batch too large");

    /// <summary>Kestrel's verdict on the body itself (over the size limit, cut short), as a problem naming the body.</summary>
    public static IResult BodyRefused(BadHttpRequestException e) =>
        Results.ValidationProblem(
            new Dictionary<string, string[]> { ["body"] = [e.Message] },
            statusCode: e.StatusCode,
            title: "The request body was refused");

    /// <summary>A grain or its store failed on a command that is all or nothing: sending it again is safe.</summary>
    public static IResult TryAgain(string detail) =>
        Results.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Try again");

    /// <summary>A grain or its store failed: nothing is lost by re-sending, so say so.</summary>
    public static IResult Unavailable(string why) =>
        Results.Problem(
            $"{why} Re-send the batch: what was already taken counts as duplicates.",
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Try again");
}
