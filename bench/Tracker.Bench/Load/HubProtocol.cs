using MessagePack;
using MessagePack.Resolvers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Tracker.Bench.Load;

/// <summary>The live hub's two protocols, which the live windows measure one after the other.</summary>
public enum HubProtocol
{
    Json,
    MessagePack,
}

public static class HubProtocols
{
    /// <summary>
    /// MessagePack's standard options, plus <see cref="PackedItemsFormatter"/>: as a client that knows nothing
    /// of the server's types, items decode to dictionaries (as JSON ones to a JsonElement).
    /// </summary>
    private static readonly MessagePackSerializerOptions Packed = MessagePackSerializerOptions.Standard
        .WithResolver(CompositeResolver.Create([new PackedItemsFormatter()], [StandardResolver.Instance]))
        .WithSecurity(MessagePackSecurity.UntrustedData);

    public static IHubConnectionBuilder With(this IHubConnectionBuilder builder, HubProtocol protocol) =>
        protocol == HubProtocol.MessagePack ? builder.AddMessagePackProtocol(o => o.SerializerOptions = Packed) : builder;

    public static string Display(this HubProtocol protocol) => protocol == HubProtocol.MessagePack ? "MessagePack" : "JSON";
}
