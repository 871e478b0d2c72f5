namespace Tracker.Ingest.Pipeline;

/// <summary>
/// A batch was not acknowledged (journal not ready or not writable, a grain unreachable). The
/// caller sends it again; whatever was taken already counts as duplicates.
/// </summary>
public sealed class IngestUnavailableException : Exception
{
    public IngestUnavailableException()
    {
    }

    public IngestUnavailableException(string message)
        : base(message)
    {
    }

    public IngestUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
