using System.Diagnostics.Metrics;
using Tracker.Gateways.Ais.Sentences;

namespace Tracker.Gateways.Ais.Assembly;

/// <summary>
/// What the NMEA input has seen (meter "Tracker.Gateways"): sentences read, reports made, and what was dropped, by
/// reason. Shared by every source; plain counters underneath so tests and decoders can read them without a meter.
/// </summary>
public sealed class NmeaCounters
{
    public const string MeterName = "Tracker.Gateways";

    private readonly long[] _dropped = new long[NmeaDrops.Count];
    private long _sentences;
    private long _reports;
    private long _unsubmitted;
    private long _retried;

    public NmeaCounters()
    {
    }

    public NmeaCounters(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(MeterName);
        meter.CreateObservableCounter("tracker.gateways.nmea.sentences", () => Sentences, "{sentence}", "NMEA lines read by the AIS input.");
        meter.CreateObservableCounter("tracker.gateways.nmea.reports", () => Reports, "{report}", "AIS reports decoded from NMEA.");
        meter.CreateObservableCounter("tracker.gateways.nmea.dropped", DroppedMeasurements, "{sentence}", "NMEA lines dropped, by reason.");
        meter.CreateObservableCounter("tracker.gateways.nmea.unsubmitted", () => Unsubmitted, "{report}", "Decoded reports dropped on a failure that was not \"try again\".");
        meter.CreateObservableCounter("tracker.gateways.nmea.retried", () => Retried, "{report}", "Decoded reports offered again because the journal could not take them yet (a store outage, a restart's replay).");
    }

    public long Sentences => Interlocked.Read(ref _sentences);

    public long Reports => Interlocked.Read(ref _reports);

    public long Unsubmitted => Interlocked.Read(ref _unsubmitted);

    public long Retried => Interlocked.Read(ref _retried);

    public long Dropped(NmeaDrop reason) => Interlocked.Read(ref _dropped[(int)reason]);

    internal void Sentence() => Interlocked.Increment(ref _sentences);

    internal void Reported(int n)
    {
        if (n > 0)
        {
            Interlocked.Add(ref _reports, n);
        }
    }

    internal void Drop(NmeaDrop reason, int n = 1)
    {
        if (reason != NmeaDrop.None && n > 0)
        {
            Interlocked.Add(ref _dropped[(int)reason], n);
        }
    }

    internal void NotSubmitted(int n) => Interlocked.Add(ref _unsubmitted, n);

    internal void Retrying(int n) => Interlocked.Add(ref _retried, n);

    private IEnumerable<Measurement<long>> DroppedMeasurements()
    {
        for (var r = NmeaDrop.Syntax; (int)r < _dropped.Length; r++)
        {
            yield return new Measurement<long>(Dropped(r), new KeyValuePair<string, object?>("reason", NmeaDrops.Name(r)));
        }
    }
}
