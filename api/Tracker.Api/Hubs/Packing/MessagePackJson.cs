using System.Buffers;
using System.Text.Json;
using MessagePack;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// Rewrites one MessagePack value as JSON, for reading a hub message back through the JSON contract:
/// maps become objects, timestamps ISO 8601 strings, binary base64.
/// </summary>
internal static class MessagePackJson
{
    public static byte[] ToJson(ref MessagePackReader reader, MessagePackSerializerOptions options)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Copy(ref reader, json, options);
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Copy(ref MessagePackReader reader, Utf8JsonWriter json, MessagePackSerializerOptions options)
    {
        switch (reader.NextMessagePackType)
        {
            case MessagePackType.Nil:
                reader.ReadNil();
                json.WriteNullValue();
                break;
            case MessagePackType.Boolean:
                json.WriteBooleanValue(reader.ReadBoolean());
                break;
            case MessagePackType.Integer when reader.NextCode == MessagePackCode.UInt64:
                json.WriteNumberValue(reader.ReadUInt64());
                break;
            case MessagePackType.Integer:
                json.WriteNumberValue(reader.ReadInt64());
                break;
            case MessagePackType.Float:
                json.WriteNumberValue(reader.ReadDouble());
                break;
            case MessagePackType.String:
                json.WriteStringValue(reader.ReadString());
                break;
            case MessagePackType.Binary:
                json.WriteBase64StringValue(reader.ReadBytes()?.ToArray() ?? []);
                break;
            case MessagePackType.Extension when reader.CreatePeekReader().ReadExtensionFormatHeader().TypeCode == ReservedMessagePackExtensionTypeCode.DateTime:
                json.WriteStringValue(new DateTimeOffset(reader.ReadDateTime(), TimeSpan.Zero));
                break;
            case MessagePackType.Array:
                options.Security.DepthStep(ref reader);
                json.WriteStartArray();
                for (var n = reader.ReadArrayHeader(); n > 0; n--)
                {
                    Copy(ref reader, json, options);
                }

                json.WriteEndArray();
                reader.Depth--;
                break;
            case MessagePackType.Map:
                options.Security.DepthStep(ref reader);
                json.WriteStartObject();
                for (var n = reader.ReadMapHeader(); n > 0; n--)
                {
                    json.WritePropertyName(reader.ReadString() ?? throw new MessagePackSerializationException("a map key is nil"));
                    Copy(ref reader, json, options);
                }

                json.WriteEndObject();
                reader.Depth--;
                break;
            default:
                throw new MessagePackSerializationException($"a {reader.NextMessagePackType} has no JSON form");
        }
    }
}
