using System.Collections.Immutable;
using Tracker.Domain.Events;
using Tracker.Grains.Containers;
using Tracker.Grains.Events;

namespace Tracker.Grains.ArrivalDeletions;

/// <summary>
/// The container events an approval stands for: the arrival report deleted (ARRD) and, when the
/// enterprise asked for it, sent again (ARRP) just after. Their ids come from the request's, so
/// applying them again (a retry, a crash in between) is a duplicate the container ignores.
/// </summary>
public static class ArrivalDeletionMilestones
{
    public static string DeletedId(string requestId) => $"{requestId}.ARRD";

    public static string ResentId(string requestId) => $"{requestId}.ARRP";

    public static ImmutableArray<TrackerEvent> Of(ArrivalDeletionView request, DateTimeOffset approvedAt, ContainerView container)
    {
        // A deletion withdraws only a report sent before it: one stamped later (a terminal clock ahead) needs the deletion after it.
        var deletedAt = container.Customs.ArrivalReportedAt is { } sent && sent >= approvedAt ? sent.AddSeconds(1) : approvedAt;
        var where = container.Terminal;
        var deleted = new TrackerEvent(
            DeletedId(request.Id), EventType.Equipment, EventCode.ARRD, EventClassifier.Act, deletedAt, request.Container,
            UnLocode: where.UnLocode, Facility: request.Facility, ConsignmentId: request.ConsignmentId);
        return request.Resend
            ? [deleted, deleted with { EventId = ResentId(request.Id), Code = EventCode.ARRP, Time = deletedAt.AddSeconds(1) }]
            : [deleted];
    }
}
