using System.Reflection;
using Tracker.Grains.Live;

namespace Tracker.HttpTests.Security;

/// <summary>
/// Who may watch which view of the live hub, one letter per caller in the order of <see cref="Callers.All"/>:
/// <c>S</c> a snapshot answers the subscription, <c>N</c> the subscription is taken without a snapshot (the page reads
/// the list itself), <c>E</c> a hub error refuses it, <c>U</c> the connection itself is refused (401).
/// "container:A" is the live view of A's box, "container:B" of B's.
/// </summary>
public static class HubTable
{
    //                                                                control  A  B  X  Y  terminal  device  admin  anonymous
    public static readonly IReadOnlyDictionary<string, string> Rows = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [LiveViews.Overview] = "SEESSEESU",
        [LiveViews.Water] = "SEESSEESU",
        [LiveViews.Rail] = "SEESSEESU",
        [LiveViews.Road] = "SEESSEESU",
        [LiveViews.Alerts] = "SEESSEESU",
        [LiveViews.ArrivalDeletions] = "NNNNNNENU",
        ["container:A"] = "SSESEEESU",
        ["container:B"] = "SESESEESU",
    };

    private static readonly string[] ContainerViews = ["container:A", "container:B"];

    /// <summary>Every view name <see cref="LiveViews"/> declares (its string constants), the container prefix as its two boxes.</summary>
    public static IReadOnlyList<string> DeclaredViews() =>
    [
        .. typeof(LiveViews).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .SelectMany(v => v == LiveViews.ContainerPrefix ? ContainerViews : [v]),
    ];
}
