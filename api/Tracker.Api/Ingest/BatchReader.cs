using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.Api.Json;
using Tracker.Api.Problems;

namespace Tracker.Api.Ingest;

/// <summary>
/// Reads an ingest batch: a JSON array of at most <see cref="MaxItems"/> items. Each item is
/// parsed and validated on its own, so that one bad item is refused without sinking the rest.
/// </summary>
public static class BatchReader
{
    public const int MaxItems = 5000;

    public delegate bool Validator<TRequest, TItem>(TRequest request, FieldErrors errors, out TItem item);

    public static async Task<(IResult? Problem, List<(int Index, TItem Item)> Items, List<RejectedItem> Rejected)> Read<TRequest, TItem>(
        HttpRequest request, Validator<TRequest, TItem> validate)
        where TRequest : class
    {
        var items = new List<(int, TItem)>();
        var rejected = new List<RejectedItem>();
        if (!request.HasJsonContentType())
        {
            return (Problem.UnsupportedMediaType(request.ContentType), items, rejected);
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            return (Problem.BadRequest("body", JsonBody.Describe(e)), items, rejected);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Array)
            {
                return (Problem.BadRequest("body", "must be a JSON array of items"), items, rejected);
            }

            var count = root.GetArrayLength();
            if (count > MaxItems)
            {
                return (Problem.TooLarge(count, MaxItems), items, rejected);
            }

            var options = JsonBody.Options(request);
            var index = 0;
            foreach (var element in root.EnumerateArray())
            {
                if (Parse(element, options, out TRequest? parsed) is { } problem)
                {
                    rejected.Add(new RejectedItem(index, problem));
                }
                else
                {
                    var errors = new FieldErrors();
                    if (validate(parsed!, errors, out var item))
                    {
                        items.Add((index, item));
                    }
                    else
                    {
                        rejected.Add(new RejectedItem(index, errors.First()));
                    }
                }

                index++;
            }
        }

        return (null, items, rejected);
    }

    private static ItemProblem? Parse<TRequest>(JsonElement element, JsonSerializerOptions options, out TRequest? parsed)
        where TRequest : class
    {
        parsed = null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ItemProblem("item", "must be a JSON object");
        }

        try
        {
            parsed = element.Deserialize<TRequest>(options);
            return null;
        }
        catch (JsonException e)
        {
            return new ItemProblem(JsonBody.FieldOf(e), JsonBody.Describe(e));
        }
    }
}
