using System.Buffers;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tracker.Api.Json;
using Tracker.Api.Problems;

namespace Tracker.Api.Ingest;

/// <summary>
/// The state of reading one batch from the request pipe: where the JSON reader stands between items,
/// and what was taken and refused so far. Each call scans what has arrived, takes every item that is
/// complete, and says how far the pipe may be consumed (up to the end of the last whole item).
/// </summary>
internal sealed class BatchScan<TRequest, TItem>(JsonSerializerOptions options, BatchReader.Validator<TRequest, TItem> validate, int maxItems)
    where TRequest : class
{
    private enum Phase
    {
        Start,
        Items,
        Trailing,
    }

    private JsonReaderState _state;
    private Phase _phase;
    private int _index;

    public List<(int Index, TItem Item)> Items { get; } = [];

    public List<RejectedItem> Rejected { get; } = [];

    /// <summary>The array was closed (white space may follow).</summary>
    public bool Complete => _phase == Phase.Trailing;

    /// <summary>A problem for the whole batch, or null to read on (or, on the final block, to finish).</summary>
    public IResult? Scan(ReadOnlySequence<byte> buffer, bool final, out SequencePosition consumed)
    {
        var json = new Utf8JsonReader(buffer, final, _state);
        consumed = buffer.Start;
        while (true)
        {
            if (!json.Read())
            {
                // Not enough yet: the next call starts again from the end of the last whole item.
                return null;
            }

            switch (_phase)
            {
                case Phase.Start when json.TokenType != JsonTokenType.StartArray:
                    return Problem.BadRequest("body", "must be a JSON array of items");
                case Phase.Start:
                    _phase = Phase.Items;
                    break;
                case Phase.Items when json.TokenType == JsonTokenType.EndArray:
                    _phase = Phase.Trailing;
                    break;
                case Phase.Items:
                    if (_index == maxItems)
                    {
                        return Problem.TooManyItems(maxItems);
                    }

                    var start = buffer.GetPosition(json.TokenStartIndex);
                    var isObject = json.TokenType == JsonTokenType.StartObject;
                    if (json.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray && !json.TrySkip())
                    {
                        return null;
                    }

                    Take(buffer.Slice(start, json.Position), isObject);
                    _index++;
                    break;
            }

            consumed = json.Position;
            _state = json.CurrentState;
        }
    }

    private void Take(ReadOnlySequence<byte> element, bool isObject)
    {
        if (!isObject)
        {
            Rejected.Add(new RejectedItem(_index, new ItemProblem("item", "must be a JSON object")));
            return;
        }

        TRequest? parsed;
        try
        {
            var reader = new Utf8JsonReader(element);
            parsed = JsonSerializer.Deserialize<TRequest>(ref reader, options);
        }
        catch (JsonException e)
        {
            Rejected.Add(new RejectedItem(_index, new ItemProblem(JsonBody.FieldOf(e), JsonBody.Describe(e))));
            return;
        }

        var errors = new FieldErrors();
        if (parsed is not null && validate(parsed, errors, out var item))
        {
            Items.Add((_index, item));
        }
        else
        {
            Rejected.Add(new RejectedItem(_index, parsed is null ? new ItemProblem("item", "must be a JSON object") : errors.First()));
        }
    }
}
