using System.Diagnostics.CodeAnalysis;

namespace Tracker.StorageTests;

/// <summary>A grain state as the conformance suite writes it.</summary>
public sealed class Parcel
{
    public string Name { get; set; } = "";

    public int Count { get; set; }

    public List<string> Labels { get; set; } = [];

    public string? Payload { get; set; }
}

/// <summary><see cref="Parcel"/> after a rename: the same properties under another .NET type.</summary>
public sealed class Consignment
{
    public string Name { get; set; } = "";

    public int Count { get; set; }

    public List<string> Labels { get; set; } = [];
}

/// <summary>What a grain holds between storage calls; unlike Orleans' own, its state is never null.</summary>
public sealed class TestGrainState<T>(T state, string? eTag = null) : IGrainState<T>
{
    private T _state = state;

    /// <summary>A store that set null here would fail the test that reads it, as it should.</summary>
    [AllowNull]
    public T State
    {
        get => _state;
        set => _state = value!;
    }

    public string? ETag { get; set; } = eTag;

    public bool RecordExists { get; set; }
}

/// <summary>A state with an enum: the silo's JSON options spell enums in upper snake case.</summary>
public sealed class TaggedParcel
{
    public string Name { get; set; } = "";

    public ParcelHandling Handling { get; set; }
}

public enum ParcelHandling
{
    Normal,
    KeepUpright,
}
