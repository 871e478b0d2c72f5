using MessagePack;
using MessagePack.Formatters;

namespace Tracker.Bench.Load;

/// <summary>The items of a MessagePack "snapshot" or "deltas" message, and the bytes they took on the wire.</summary>
public sealed record PackedItems(object?[] Items, long Bytes);

/// <summary>
/// Decodes the items as MessagePack's default would (maps to dictionaries) and counts the bytes read: the
/// payload's size at no extra cost, where a HubConnection shows no frame sizes.
/// </summary>
public sealed class PackedItemsFormatter : IMessagePackFormatter<PackedItems>
{
    public void Serialize(ref MessagePackWriter writer, PackedItems value, MessagePackSerializerOptions options) =>
        throw new NotSupportedException("the bench only receives items");

    public PackedItems Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var start = reader.Consumed;
        var items = options.Resolver.GetFormatterWithVerify<object?[]>().Deserialize(ref reader, options);
        return new PackedItems(items ?? [], reader.Consumed - start);
    }
}
