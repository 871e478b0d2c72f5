using Tracker.Grains.Common;
using Tracker.Grains.Consignments;
using Tracker.Grains.Locks;

namespace Tracker.ClusterTests;

/// <summary>References made without Orleans' per-call type lookup are the same grains as those made the usual way.</summary>
[Collection(ClusterTestGroup.Name)]
public sealed class GrainRefsTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_cached_reference_names_and_reaches_the_same_grain_for_string_and_integer_keys()
    {
        var lockId = Ids.Unique("L");
        var usual = fixture.Grains.GetGrain<ISmartLockGrain>(lockId);
        var cached = fixture.Grains.Ref<ISmartLockGrain>(lockId);
        var shard = fixture.Grains.Ref<IConsignmentDirectoryGrain>(17);

        Assert.Equal(usual.GetGrainId(), cached.GetGrainId());
        Assert.Equal(fixture.Grains.GetGrain<IConsignmentDirectoryGrain>(17).GetGrainId(), shard.GetGrainId());
        Assert.NotEqual(cached.GetGrainId(), fixture.Grains.Ref<ISmartLockGrain>(lockId + "x").GetGrainId());
        Assert.Null(await cached.Bind(new LockBinding("RT-1", Ids.Container(), Domain.Transit.ConsignmentMode.Road)));
        Assert.Equal("RT-1", (await usual.Get()).ConsignmentId);
    }
}
