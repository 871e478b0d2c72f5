using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Domain.Transit;
using Tracker.Grains.Consignments;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Live;
using Tracker.Grains.Common;
using Tracker.Grains.Events;
using Tracker.Grains.Storage;
using Tracker.Grains.Tracks;

namespace Tracker.Grains.Vessels;

public sealed class VesselGrain : Grain, IVesselGrain, ICheckpointable
{
    private const double KnotsToKmh = 1.852;

    private readonly CheckpointedState<VesselState> _state;

    /// <summary>AIS positions, stored with each checkpoint like vehicle fixes: the state keeps only the latest.</summary>
    private readonly PendingTrack _track;
    private readonly LiveFeed _live;
    private readonly TimeProvider _clock;

    public VesselGrain(
        [PersistentState("vessel", TrackerStorage.Name)] IPersistentState<VesselState> persisted,
        ITrackStore tracks,
        DirtyGrains dirty,
        LiveFeed live,
        IGrainContext context,
        TimeProvider clock)
    {
        _live = live;
        _clock = clock;
        _track = new PendingTrack(tracks);
        _state = new CheckpointedState<VesselState>(persisted, dirty, context, _track.Store);
    }

    private string Imo => this.GetPrimaryKeyString();

    public async Task<IngestOutcome> Report(ImmutableArray<AisReport> reports)
    {
        var s = _state.State;
        var news = new List<FeederNews>();
        var accepted = new List<TrackPoint>();
        foreach (var r in reports.OrderBy(r => r.Time))
        {
            if (s.Position is not null && s.Position.Time >= r.Time)
            {
                continue;
            }

            s.Position = new Position(r.Lat, r.Lon, r.Time, $"ais:{r.Mmsi}", r.SogKnots * KnotsToKmh, r.Heading ?? r.CogDegrees);
            accepted.Add(TrackPointOf(s.Position));
            s.Mmsi = r.Mmsi;
            s.Name = r.Name ?? s.Name;
            s.CallSign = r.CallSign ?? s.CallSign;
            s.Destination = r.Destination ?? s.Destination;
            if (r.Eta is { } eta && eta != s.Eta)
            {
                news.Add(new FeederNews(r.Time, Eta: eta));
            }

            s.Eta = r.Eta ?? s.Eta;
            _state.Changed();
        }

        foreach (var day in accepted.GroupBy(p => DateOnly.FromDateTime(p.Time.UtcDateTime)))
        {
            _track.Add(TrackIds.Vessel(Imo, day.Key), day);
            if (!s.TrackDays.Contains(day.Key))
            {
                s.TrackDays.Add(day.Key);
                s.TrackDays.Sort();
            }
        }

        PublishLive();
        await Tell(news);
        return new IngestOutcome(reports.Length, 0);
    }

    public async Task<ImmutableArray<EventOutcome>> Apply(ImmutableArray<TrackerEvent> events)
    {
        var s = _state.State;
        var news = new List<FeederNews>();
        var outcomes = events.Select(e =>
        {
            if (!s.AppliedEvents.Add(e.EventId))
            {
                return EventOutcome.Duplicate;
            }

            PortCalls.Apply(s.PortCalls, e);
            if (s.Manifest.Apply(e) && e.Code == EventCode.DISC && e.EquipmentReference is { } discharged)
            {
                s.Owners.Remove(discharged);
            }

            _state.Changed();
            if (NewsOf(e) is { } item)
            {
                news.Add(item);
            }

            return EventOutcome.Applied;
        }).ToImmutableArray();

        PublishLive();
        await Tell(news);
        return outcomes;
    }

    public async Task Watch(string consignmentId)
    {
        var s = _state.State;
        var newRole = s.Role != VesselRole.Feeder;
        s.Role = VesselRole.Feeder;
        if (s.Watchers.Add(consignmentId) || newRole)
        {
            await _state.WriteNow();
        }

        if (newRole)
        {
            PublishLive();
        }
    }

    public async Task ExpectConnection(string consignmentId)
    {
        if (_state.State.Role != VesselRole.Mainline)
        {
            _state.State.Role = VesselRole.Mainline;
            await _state.WriteNow();
            PublishLive();
        }
    }

    public async Task Carry(VesselCargo cargo)
    {
        var s = _state.State;
        var changed = false;
        foreach (var container in cargo.Containers)
        {
            if (s.Owners.TryGetValue(container, out var known) && known.ConsignmentId == cargo.ConsignmentId)
            {
                continue;
            }

            s.Owners[container] = new BoxOwner { ConsignmentId = cargo.ConsignmentId, Tenant = cargo.Tenant, Offices = [.. cargo.Offices] };
            changed = true;
        }

        if (changed)
        {
            await _state.WriteNow();
            PublishLive();
        }
    }

    public Task<ImmutableArray<string>> AboardFor(string? tenant, string? office) =>
        Task.FromResult(_state.State.Manifest.Aboard
            .Where(box => _state.State.Owners.TryGetValue(box, out var owner)
                && ((tenant is not null && owner.Tenant == tenant) || (office is not null && owner.Offices.Contains(office))))
            .ToImmutableArray());

    public Task<VesselView> Get()
    {
        var s = _state.State;
        return Task.FromResult(new VesselView(Imo, s.Mmsi, s.Name, s.Position, s.Destination, NextEta(s), [.. s.PortCalls], [.. s.Manifest.Aboard], s.Known, s.Role, s.CallSign));
    }

    public async Task<ImmutableArray<TrackPoint>> GetTrack(DateTimeOffset? from, DateTimeOffset? to)
    {
        var first = from is { } f ? DateOnly.FromDateTime(f.UtcDateTime) : DateOnly.MinValue;
        var last = to is { } t ? DateOnly.FromDateTime(t.UtcDateTime) : DateOnly.MaxValue;
        var days = _state.State.TrackDays.Where(d => d >= first && d <= last).ToList();
        var points = await Task.WhenAll(days.Select(d => _track.Read(TrackIds.Vessel(Imo, d), from, to)));
        return [.. points.SelectMany(p => p)];
    }

    public Task Flush() => _state.Flush();

    /// <summary>
    /// AIS carries no sequence number; the report's time stands in for it (one position per vessel and moment),
    /// so a report replayed from the journal after a crash is stored twice but read once.
    /// </summary>
    private static TrackPoint TrackPointOf(Position p) => new(p.Time.UtcTicks, p.Time, p.Lat, p.Lon, p.SpeedKmh, p.Heading);

    private FeederNews? NewsOf(TrackerEvent e) => (e.Code, e.Classifier, e.UnLocode) switch
    {
        (EventCode.ARRI, EventClassifier.Act, { } port) => new FeederNews(e.Time, CalledAt: port),
        (EventCode.ARRI, _, _) => new FeederNews(_clock.GetUtcNow(), Eta: e.Time),
        (EventCode.DISC, EventClassifier.Act, { } port) when e.EquipmentReference is { } box => new FeederNews(e.Time, CalledAt: port, DischargedContainer: box),
        _ => null,
    };

    /// <summary>The water transits this vessel feeds hear of its ETA, calls and discharges.</summary>
    private async Task Tell(List<FeederNews> news)
    {
        if (news.Count == 0 || _state.State.Watchers.Count == 0)
        {
            return;
        }

        foreach (var consignment in _state.State.Watchers)
        {
            var transit = GrainFactory.GetGrain<ITransferConsignmentGrain>(consignment);
            foreach (var item in news)
            {
                await transit.OnFeeder(item);
            }
        }
    }

    /// <summary>The next port call's ETA, else the one AIS last gave.</summary>
    private static DateTimeOffset? NextEta(VesselState s) => PortCalls.Next(s.PortCalls)?.Eta ?? s.Eta;

    /// <summary>The boxes aboard by the offices of their transits (a box in no transit is no office's).</summary>
    private static ImmutableDictionary<string, ImmutableArray<string>> ContainersByOffice(VesselState s) =>
        s.Manifest.Aboard
            .SelectMany(box => s.Owners.TryGetValue(box, out var owner) ? owner.Offices.Select(office => (office, box)) : [])
            .GroupBy(p => p.office, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.Select(p => p.box).ToImmutableArray(), StringComparer.Ordinal);

    private void PublishLive()
    {
        var s = _state.State;
        if (s.Position is { } at)
        {
            _live.Publish(new LiveItem(
                LiveItem.KeyOf(LiveKind.Vessel, Imo), LiveKind.Vessel, at.Time, ConsignmentMode.Water, at.Lat, at.Lon, at.SpeedKmh, at.Heading,
                s.Name ?? Imo, s.Destination, null, [.. s.Manifest.Aboard],
                Category: s.Role == VesselRole.Unknown ? null : Domain.Wire.WireEnum.Name(s.Role), Eta: NextEta(s),
                ContainersByOffice: ContainersByOffice(s)));
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => _state.FlushOnDeactivation();
}
