namespace Tracker.Grains.Consignments;

[GenerateSerializer, Immutable, Alias("tracker.declare-result")]
public sealed record DeclareResult([property: Id(0)] DeclareDisposition Disposition, [property: Id(1)] string? Reason = null)
{
    public static DeclareResult Created { get; } = new(DeclareDisposition.Created);
    public static DeclareResult Unchanged { get; } = new(DeclareDisposition.Unchanged);
    public static DeclareResult Conflict(string reason) => new(DeclareDisposition.Conflict, reason);
}

[GenerateSerializer, Alias("tracker.declare-disposition")]
public enum DeclareDisposition
{
    /// <summary>A new transit was declared.</summary>
    Created,

    /// <summary>The same declaration was sent again: nothing changed.</summary>
    Unchanged,

    /// <summary>The id is taken by a different declaration, or a lock is in use.</summary>
    Conflict,
}
