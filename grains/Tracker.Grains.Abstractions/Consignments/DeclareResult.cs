namespace Tracker.Grains.Consignments;

[GenerateSerializer, Immutable, Alias("tracker.declare-result")]
/// <param name="Field">The declaration's field at fault in a conflict, when it is one (e.g. "containers[1]").</param>
public sealed record DeclareResult(
    [property: Id(0)] DeclareDisposition Disposition, [property: Id(1)] string? Reason = null, [property: Id(2)] string? Field = null)
{
    public static DeclareResult Created { get; } = new(DeclareDisposition.Created);
    public static DeclareResult Unchanged { get; } = new(DeclareDisposition.Unchanged);
    public static DeclareResult Conflict(string reason, string? field = null) => new(DeclareDisposition.Conflict, reason, field);
}

[GenerateSerializer, Alias("tracker.declare-disposition")]
public enum DeclareDisposition
{
    /// <summary>A new transit was declared.</summary>
    Created,

    /// <summary>The same declaration was sent again: nothing changed.</summary>
    Unchanged,

    /// <summary>The id is taken by a different declaration, or a lock or container is in another open transit.</summary>
    Conflict,
}
