using MessagePack;
using MessagePack.Formatters;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// A DateTimeOffset as a MessagePack timestamp, in UTC. MessagePack's default is a two-element array
/// (ticks and offset) that only .NET understands; a timestamp is what a JavaScript client decodes to a Date.
/// </summary>
internal sealed class TimestampFormatter : IMessagePackFormatter<DateTimeOffset>
{
    public void Serialize(ref MessagePackWriter writer, DateTimeOffset value, MessagePackSerializerOptions options) =>
        writer.Write(value.UtcDateTime);

    public DateTimeOffset Deserialize(ref MessagePackReader reader, MessagePackSerializerOptions options) =>
        new(reader.ReadDateTime(), TimeSpan.Zero);
}
