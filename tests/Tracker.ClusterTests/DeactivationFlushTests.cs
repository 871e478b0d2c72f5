using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Tracker.Domain.Events;
using Tracker.Grains.Checkpoints;
using Tracker.Grains.Locks;
using static Tracker.ClusterTests.Declarations;

namespace Tracker.ClusterTests;

/// <summary>
/// A grain leaving memory writes its changes; when that write fails, its silo must not let the
/// journal behind those changes be retired, since nowhere else holds them.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DeactivationFlushTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_lock_that_cannot_write_as_it_deactivates_holds_back_its_silos_checkpoint()
    {
        var grain = fixture.Grains.GetGrain<ISmartLockGrain>(Ids.Unique("L"));
        await grain.Report([new LockFix(1, T0, 36.0, 120.3, 40, 90, SealState.Sealed, 80)]);
        var id = grain.GetGrainId();
        var silos = fixture.Cluster.Silos.OfType<InProcessSiloHandle>().Select(s => s.SiloHost.Services.GetRequiredService<DirtyGrains>()).ToList();
        var failing = ClusterFixture.Storage.FailWritesOf(id);
        try
        {
            await fixture.DeactivateAll();

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (!silos.Any(s => s.LostGrains.Contains(id)) && DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }

            var holder = Assert.Single(silos, s => s.LostGrains.Contains(id));
            Assert.True(holder.CoveredUpTo(long.MaxValue) < long.MaxValue, "the silo claims its stored state covers a change it lost");
        }
        finally
        {
            failing.Dispose();
            silos.ForEach(s => s.Forget([id]));
        }
    }
}
