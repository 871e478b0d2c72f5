using Tracker.Domain.Events;
using Tracker.Domain.Supervision;
using Tracker.Grains.Alerts;
using Tracker.Grains.Consignments;
using Tracker.Grains.Locks;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>Issue 13 item 10: fixes a lock buffered and uploaded after newer ones still raise their alert, marked late.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class LateFixGrainTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    /// <summary>The k-th fix every 30 s along the declared corridor (NW out of Qingdao), or 5.5 km north of it.</summary>
    private static LockFix Fix(int k, bool off)
    {
        var f = k / 80.0;
        return new LockFix(k + 1, T0.AddMinutes(2) + (k * Step), 36.00 + (0.30 * f) + (off ? 0.05 : 0), 120.30 - (0.30 * f), 40, 315, SealState.Sealed, 90);
    }

    [Fact]
    public async Task A_late_upload_raises_the_deviation_it_shows_marked_late_at_the_fixs_time()
    {
        var declaration = Road(Ids.Unique("RT"), "acme", [Ids.Container()], [Ids.Unique("L")]);
        var transit = fixture.Grains.GetGrain<ITransferConsignmentGrain>(declaration.Id);
        Assert.Equal(DeclareDisposition.Created, (await transit.Declare(declaration)).Disposition);
        var container = declaration.Containers[0];
        await transit.Apply([Event(EventCode.SEAL, T0, container, declaration.Id), Event(EventCode.TSTR, T0.AddMinutes(1), container, declaration.Id)]);
        var device = fixture.Grains.GetGrain<ISmartLockGrain>(declaration.Locks[0].LockId);

        // Live: on the corridor before and after; the ten minutes off it come afterwards, from the lock's buffer.
        await device.Report([.. Enumerable.Range(0, 10).Select(k => Fix(k, off: false))]);
        await device.Report([.. Enumerable.Range(30, 10).Select(k => Fix(k, off: false))]);
        Assert.Empty(await DeviationsAsync(transit));
        await device.Report([.. Enumerable.Range(10, 20).Select(k => Fix(k, off: true))]);

        var alert = Assert.Single(await DeviationsAsync(transit));
        Assert.True(alert.Late);
        Assert.NotNull(alert.ReceivedAt);

        // Outside from the 10th fix, raised when the 3-minute road tolerance ran out: six fixes later.
        Assert.Equal(Fix(16, off: true).Time, alert.RaisedAt);

        // The same buffer uploaded again raises nothing more.
        await device.Report([.. Enumerable.Range(10, 20).Select(k => Fix(k, off: true))]);
        Assert.Single(await DeviationsAsync(transit));
    }

    /// <summary>The transit's RDEV alerts (its deadline lies in the past, so OVRD is raised beside them).</summary>
    private async Task<List<AlertView>> DeviationsAsync(ITransferConsignmentGrain transit)
    {
        var alerts = await Task.WhenAll((await transit.Get())!.AlertIds.Select(id => fixture.Grains.GetGrain<IAlertGrain>(id).Get()));
        return [.. alerts.OfType<AlertView>().Where(a => a.Type == AnomalyType.RDEV)];
    }
}
