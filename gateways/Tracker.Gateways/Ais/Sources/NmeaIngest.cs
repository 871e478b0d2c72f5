using Microsoft.Extensions.Logging;
using Tracker.Gateways.Ais.Assembly;
using Tracker.Grains.Common;
using Tracker.Grains.Vessels;
using Tracker.Ingest.Batches;
using Tracker.Ingest.Metrics;
using Tracker.Ingest.Pipeline;

namespace Tracker.Gateways.Ais.Sources;

/// <summary>
/// Hands a source's batch of reports to the durable ingest (journal first, then the transponder grains), as the
/// HTTP ingest does. NMEA has no acknowledgement, so a batch the journal cannot take yet (a store outage, a restart's
/// replay) is tried again until it is taken: meanwhile a stream source reads nothing more, and TCP holds the sender
/// back instead of its reports being dropped. Only a failure that is not "try again" drops a batch, counted.
/// </summary>
public sealed class NmeaIngest(IngestPipeline pipeline, IngestDispatcher dispatcher, IngestMetrics metrics, NmeaCounters counters, TimeProvider clock, ILogger<NmeaIngest> log)
{
    public async Task<IngestOutcome?> Submit(IReadOnlyList<AisReport> reports, CancellationToken cancellationToken)
    {
        if (reports.Count == 0)
        {
            return null;
        }

        try
        {
            var outcome = await JournalRetry.UntilTaken(
                () => pipeline.Submit(new IngestBatch(Ais: reports), () => dispatcher.Ais(reports), cancellationToken),
                (refused, pause) =>
                {
                    counters.Retrying(reports.Count);
                    log.LogWarning("{Count} AIS reports decoded from NMEA are offered again in {Pause}: {Reason}", reports.Count, pause, refused.Message);
                },
                clock, cancellationToken);
            metrics.Ingested("nmea", outcome.Accepted, outcome.Duplicates, 0);
            return outcome;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A source is a long-running loop: one failed batch must not end it (nor, from a hosted service, the host).
            counters.NotSubmitted(reports.Count);
            log.LogError(e, "{Count} AIS reports decoded from NMEA were not taken", reports.Count);
            return null;
        }
    }
}
