using Microsoft.AspNetCore.Http;

namespace Tracker.Api.Problems;

/// <summary>Collects what is wrong with a request, field by field, for one problem+json answer.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string detail)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add(detail);
    }

    /// <summary>The first problem, for a batch item that reports one.</summary>
    public ItemProblem First()
    {
        var (field, details) = _errors.First();
        return new ItemProblem(field, details[0]);
    }

    public IResult ToResult(string title = "The request has invalid fields.") =>
        Results.ValidationProblem(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()), title: title);
}
