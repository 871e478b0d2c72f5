using System.Text.Json;
using MessagePack;
using MessagePack.Resolvers;

namespace Tracker.Api.Hubs.Packing;

/// <summary>
/// The live hub's MessagePack protocol speaks the JSON protocol's contract: the same field names
/// (camelCase), the same enum names (IN_TRANSIT, sealed), absent fields for nulls, so that a client
/// switches protocols without renaming a field. Times go out as MessagePack timestamps (UTC), the
/// format's own type, which clients decode to their date type.
/// </summary>
public static class HubMessagePack
{
    /// <param name="json">The JSON hub protocol's options: the one source of names and of what is written.</param>
    public static MessagePackSerializerOptions Options(JsonSerializerOptions json) =>
        MessagePackSerializerOptions.Standard
            .WithResolver(CompositeResolver.Create(new JsonContractResolver(json), StandardResolver.Instance))
            .WithSecurity(MessagePackSecurity.UntrustedData);
}
