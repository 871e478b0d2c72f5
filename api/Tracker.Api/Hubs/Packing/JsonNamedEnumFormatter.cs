using System.Text;
using System.Text.Json;
using MessagePack;
using MessagePack.Formatters;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// An enum value as the string the JSON protocol writes for it ("LOCK", "RDEV", "opened"), asked of the
/// JSON options themselves, so that a naming rule changed there changes here too. Read case-insensitively,
/// as the API reads enums.
/// </summary>
internal sealed class JsonNamedEnumFormatter<T> : IMessagePackFormatter<T>
    where T : struct, Enum
{
    private readonly Dictionary<T, byte[]> _names = [];
    private readonly Dictionary<string, T> _values = new(StringComparer.OrdinalIgnoreCase);

    public JsonNamedEnumFormatter(JsonSerializerOptions json)
    {
        foreach (var value in Enum.GetValues<T>())
        {
            var name = JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(value, json))!;
            _names[value] = Encoding.UTF8.GetBytes(name);
            _values[name] = value;
        }
    }

    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        // JSON refuses a value that has no name (allowIntegerValues: false); so does this.
        if (!_names.TryGetValue(value, out var name))
        {
            throw new MessagePackSerializationException($"{typeof(T).Name} has no name for {value}");
        }

        writer.WriteString(name);
    }

    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var name = reader.ReadString();
        return name is not null && _values.TryGetValue(name, out var value)
            ? value
            : throw new MessagePackSerializationException($"\"{name}\" is not a {typeof(T).Name}");
    }
}
