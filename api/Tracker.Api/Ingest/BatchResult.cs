using Tracker.Api.Problems;

namespace Tracker.Api.Ingest;

/// <summary>The answer to an ingest call: what was taken, what was already known, what was refused and why.</summary>
public sealed record BatchResult(int Accepted, int Duplicates, IReadOnlyList<RejectedItem> Rejected);

public sealed record RejectedItem(int Index, ItemProblem Problem);
