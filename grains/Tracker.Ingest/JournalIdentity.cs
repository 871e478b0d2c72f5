using Tracker.Ingest.Stores;

namespace Tracker.Ingest;

/// <summary>This process's own journal: its name (stable across restarts) and where it lives.</summary>
public sealed record JournalIdentity(string Name, IJournalStore Store);
