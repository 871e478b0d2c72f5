namespace Tracker.Api.Bench;

/// <summary>What a baseline endpoint did with a batch: items that passed validation, items refused, grains called.</summary>
public sealed record BenchResult(int Accepted, int Rejected, int Grains);
