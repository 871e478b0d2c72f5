namespace Tracker.Api.Problems;

/// <summary>Why one item of a batch was refused: the field at fault and what is wrong with it.</summary>
public sealed record ItemProblem(string Field, string Detail);
