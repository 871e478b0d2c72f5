using Tracker.Ingest.Stores;

namespace Tracker.Ingest.Checkpoints;

/// <summary>
/// Segments up to <see cref="LastSegment"/> of a journal, every batch of which had been applied
/// by the checkpoint clock reading <see cref="AppliedBy"/>. They may go once every active silo
/// has stored its state as of a later reading, and no silo died meanwhile.
/// </summary>
/// <param name="Whole">A dead silo's journal, taken over: it goes whole, owner marker and all.</param>
internal sealed record Retirement(string Journal, IJournalStore Store, long LastSegment, long AppliedBy, bool Whole, string? Owner = null);
