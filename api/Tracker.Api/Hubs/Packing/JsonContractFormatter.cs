using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using MessagePack;
using MessagePack.Formatters;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// A record or class as a MessagePack map with exactly the members the JSON contract writes: the same
/// names (camelCase, [JsonPropertyName]), computed properties included (an alert's acknowledgedAt), nulls
/// left out as the JSON options leave them out. The members come from the JSON options' own metadata, so a
/// field added to a hub message appears in both protocols without anything written here.
/// </summary>
internal sealed class JsonContractFormatter<T> : IMessagePackFormatter<T>
{
    private delegate void BoxedWriter(ref MessagePackWriter writer, object value, MessagePackSerializerOptions options);

    private sealed record Member(byte[] Name, Func<object, object?> Get, BoxedWriter Write, Func<object, bool>? IsDefaultArray);

    private static readonly MethodInfo WriteAsMethod = typeof(JsonContractFormatter<T>).GetMethod(nameof(WriteAs), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo IsDefaultMethod = typeof(JsonContractFormatter<T>).GetMethod(nameof(IsDefault), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly JsonSerializerOptions _json;
    private readonly Member[] _members;
    private readonly bool _omitNulls;

    public JsonContractFormatter(JsonSerializerOptions json)
    {
        _json = json;
        _omitNulls = json.DefaultIgnoreCondition is JsonIgnoreCondition.WhenWritingNull or JsonIgnoreCondition.WhenWritingDefault;
        _members = [.. json.GetTypeInfo(typeof(T)).Properties
            .Where(p => p.Get is not null)
            .Select(p => new Member(
                Encoding.UTF8.GetBytes(p.Name),
                p.Get!,
                WriteAsMethod.MakeGenericMethod(p.PropertyType).CreateDelegate<BoxedWriter>(),
                p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ImmutableArray<>)
                    ? IsDefaultMethod.MakeGenericMethod(p.PropertyType.GetGenericArguments()[0]).CreateDelegate<Func<object, bool>>()
                    : null))];
    }

    public void Serialize(ref MessagePackWriter writer, T value, MessagePackSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteNil();
            return;
        }

        var values = new object?[_members.Length];
        var count = 0;
        for (var i = 0; i < _members.Length; i++)
        {
            var member = _members[i];
            var v = member.Get(value);

            // An ImmutableArray never set (default) has no items to write: it goes out as null would.
            if (v is not null && member.IsDefaultArray is { } isDefault && isDefault(v))
            {
                v = null;
            }

            values[i] = v;
            count += v is null && _omitNulls ? 0 : 1;
        }

        writer.WriteMapHeader(count);
        for (var i = 0; i < _members.Length; i++)
        {
            if (values[i] is { } v)
            {
                writer.WriteString(_members[i].Name);
                _members[i].Write(ref writer, v, options);
            }
            else if (!_omitNulls)
            {
                writer.WriteString(_members[i].Name);
                writer.WriteNil();
            }
        }
    }

    /// <summary>Through the JSON contract too, so that a .NET client reads what the JSON protocol would have given it.</summary>
    public T Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        JsonSerializer.Deserialize<T>(MessagePackJson.ToJson(ref reader, options), _json)!;

    private static void WriteAs<TValue>(ref MessagePackWriter writer, object value, MessagePackSerializerOptions options) =>
        options.Resolver.GetFormatterWithVerify<TValue>().Serialize(ref writer, (TValue)value, options);

    private static bool IsDefault<TItem>(object array) => ((ImmutableArray<TItem>)array).IsDefault;
}
