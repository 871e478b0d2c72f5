using Tracker.Grains.Devices;

namespace Tracker.ClusterTests;

/// <summary>
/// The device registry on a two-silo cluster: a registration and its auth code survive deactivation, a retry
/// is answered with the stored record, and one lock or vehicle never reports through two terminals.
/// </summary>
[Collection(ClusterTestGroup.Name)]
public sealed class DeviceGrainTests(ClusterFixture fixture)
{
    private static int _terminal = Random.Shared.Next(10_000_000, 90_000_000);

    private static string Terminal() => $"13{Interlocked.Increment(ref _terminal):D9}";

    private IDeviceGrain Device(string terminalId) => fixture.Grains.GetGrain<IDeviceGrain>(terminalId);

    private static DeviceRegistration ForLock(string lockId, string? model = null) => new(DeviceProtocol.Jt808, lockId, null, model);

    [Fact]
    public async Task A_registration_keeps_its_auth_code_after_deactivation_and_a_retry_gets_the_same_code()
    {
        var terminal = Terminal();
        var lockId = Ids.Unique("lock");

        var first = await Device(terminal).Register(ForLock(lockId, "JT701"));
        await fixture.DeactivateAll();
        var again = await Device(terminal).Register(ForLock(lockId, "JT701"));

        Assert.True(first.Created);
        Assert.Matches("^[A-Za-z0-9_-]{12}$", first.Device!.AuthCode);
        Assert.False(again.Created);
        Assert.Equal(first.Device, again.Device);
        Assert.Equal(first.Device, await Device(terminal).Get());
    }

    [Fact]
    public async Task A_different_mapping_for_a_registered_terminal_is_a_conflict_and_changes_nothing()
    {
        var terminal = Terminal();
        var lockId = Ids.Unique("lock");
        var stored = (await Device(terminal).Register(ForLock(lockId))).Device;

        var otherLock = await Device(terminal).Register(ForLock(Ids.Unique("lock")));
        var vehicle = await Device(terminal).Register(new DeviceRegistration(DeviceProtocol.Jt808, null, Ids.Unique("veh"), null));

        Assert.Equal("lockId", otherLock.ConflictField);
        Assert.Null(otherLock.Device);
        Assert.Equal("vehicleId", vehicle.ConflictField);
        Assert.Equal(stored, await Device(terminal).Get());
    }

    [Fact]
    public async Task One_lock_is_not_bound_to_two_terminals_until_the_first_is_deleted()
    {
        var (first, second) = (Terminal(), Terminal());
        var lockId = Ids.Unique("lock");
        await Device(first).Register(ForLock(lockId));

        var refused = await Device(second).Register(ForLock(lockId));
        Assert.Equal("lockId", refused.ConflictField);
        Assert.Equal(first, refused.ConflictWith);
        Assert.Null(await Device(second).Get());

        Assert.True(await Device(first).Delete());
        var taken = await Device(second).Register(ForLock(lockId));
        Assert.True(taken.Created);
    }

    [Fact]
    public async Task A_binding_left_by_a_registration_that_never_stored_its_device_is_taken_over()
    {
        var lockId = Ids.Unique("lock");
        var ghost = Terminal();
        Assert.Null(await fixture.Grains.GetGrain<IDeviceBindingGrain>(DeviceDirectory.BindingOfLock(lockId)).Claim(ghost));

        var taken = await Device(Terminal()).Register(ForLock(lockId));

        Assert.True(taken.Created);
        Assert.Equal("lockId", (await Device(ghost).Register(ForLock(lockId))).ConflictField);
    }

    [Fact]
    public async Task One_vehicle_is_not_bound_to_two_terminals()
    {
        var vehicleId = Ids.Unique("veh");
        var registration = new DeviceRegistration(DeviceProtocol.Jt808, null, vehicleId, null);
        await Device(Terminal()).Register(registration);

        var refused = await Device(Terminal()).Register(registration);

        Assert.Equal("vehicleId", refused.ConflictField);
    }

    [Fact]
    public async Task A_deleted_terminal_is_unknown_and_a_second_delete_says_so()
    {
        var terminal = Terminal();
        await Device(terminal).Register(ForLock(Ids.Unique("lock")));

        Assert.True(await Device(terminal).Delete());
        await fixture.DeactivateAll();

        Assert.Null(await Device(terminal).Get());
        Assert.False(await Device(terminal).Delete());
        var (all, _) = await AllDevices();
        Assert.DoesNotContain(all, d => d.TerminalId == terminal);
    }

    [Fact]
    public async Task The_list_pages_through_every_device_once_newest_first()
    {
        var terminals = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            var terminal = Terminal();
            terminals.Add(terminal);
            await Device(terminal).Register(ForLock(Ids.Unique("lock")));
        }

        var (all, pages) = await AllDevices(take: 2);
        Assert.True(pages >= 3);

        var ours = all.Where(d => terminals.Contains(d.TerminalId)).ToList();
        Assert.Equal(5, ours.Count);
        Assert.Equal(all.Count, all.Select(d => d.TerminalId).Distinct().Count());
        Assert.Equal(all.OrderByDescending(d => d.RegisteredAt).Select(d => d.RegisteredAt), all.Select(d => d.RegisteredAt));
    }

    private async Task<(List<DeviceRecord> All, int Pages)> AllDevices(int take = 100)
    {
        var all = new List<DeviceRecord>();
        var pages = 0;
        Tracker.Grains.Common.KeysetCursor? after = null;
        do
        {
            var (items, next) = await DeviceDirectory.List(fixture.Grains, new DeviceQuery(take, after));
            Assert.True(items.Length <= take);
            all.AddRange(items);
            pages++;
            after = next;
        }
        while (after is not null);

        return (all, pages);
    }
}
