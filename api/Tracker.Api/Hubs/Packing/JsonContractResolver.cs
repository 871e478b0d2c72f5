using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using MessagePack;
using MessagePack.Formatters;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// Formatters for the project's own types as the JSON contract shapes them: records and classes as maps
/// keyed by their JSON names, enums by their JSON names, times as timestamps. Anything else (strings,
/// numbers, arrays) is left to MessagePack's standard resolver.
/// </summary>
internal sealed class JsonContractResolver(JsonSerializerOptions json) : IFormatterResolver
{
    private readonly ConcurrentDictionary<Type, object?> _formatters = new();

    public IMessagePackFormatter<T>? GetFormatter<T>() =>
        (IMessagePackFormatter<T>?)_formatters.GetOrAdd(typeof(T), static (type, json) => Create(type, json), json);

    private static object? Create(Type type, JsonSerializerOptions json)
    {
        if (type == typeof(DateTimeOffset))
        {
            return new TimestampFormatter();
        }

        // Every enum: the JSON protocol writes every enum by name, not only the project's.
        if (type.IsEnum)
        {
            return Activator.CreateInstance(typeof(JsonNamedEnumFormatter<>).MakeGenericType(type), json);
        }

        // Only the project's types: a framework type keeps MessagePack's own shape. A type the JSON contract
        // writes through a converter of its own (not as an object) is not one the hub sends.
        return type.Namespace?.StartsWith("Tracker.", StringComparison.Ordinal) == true
            && !type.IsPrimitive
            && json.GetTypeInfo(type).Kind == JsonTypeInfoKind.Object
                ? Activator.CreateInstance(typeof(JsonContractFormatter<>).MakeGenericType(type), json)
                : null;
    }
}
