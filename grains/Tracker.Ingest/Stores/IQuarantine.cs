namespace Tracker.Ingest.Stores;

/// <summary>
/// Journaled batches whose replay kept failing, kept aside so that one bad record cannot stop a
/// host from starting, and so that an operator can see, fix and resend what they held.
/// </summary>
public interface IQuarantine
{
    /// <summary>Keeps the batch; the same journal, segment and record replace an earlier copy.</summary>
    Task Put(QuarantinedBatch batch, CancellationToken cancellationToken);

    Task<IReadOnlyList<QuarantinedBatch>> List(CancellationToken cancellationToken);
}

/// <param name="Journal">The journal it was read from.</param>
/// <param name="Segment">Its segment there.</param>
/// <param name="Record">Its position in the segment, from 0.</param>
/// <param name="Reason">What replaying it threw.</param>
/// <param name="QuarantinedAt">When it was set aside.</param>
/// <param name="Payload">The journal record as written (JSON, unless it was what failed).</param>
public sealed record QuarantinedBatch(string Journal, long Segment, int Record, string Reason, DateTimeOffset QuarantinedAt, byte[] Payload)
{
    /// <summary>A name unique to the record, usable as a file or blob name.</summary>
    public string Key => $"{Journal}-{Segment:D12}-{Record:D6}";
}
