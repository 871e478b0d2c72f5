using System.Collections.Immutable;
using Orleans.Concurrency;
using Tracker.Grains.Indexes;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Devices;

/// <summary>
/// One shard of the device list. Reentrant, so that changes arriving together share one write
/// (<see cref="GroupCommit{T}"/>); a write holds the pages that changed (<see cref="PagedState{T}"/>).
/// </summary>
[Reentrant]
public sealed class DeviceDirectoryGrain : Grain, IDeviceDirectoryGrain
{
    private readonly PagedState<DeviceRecord> _pages;
    private readonly GroupCommit<PagedDictionary<DeviceRecord>> _state;
    private readonly KeysetIndex<DeviceRecord> _index = new(DeviceDirectory.Key);

    public DeviceDirectoryGrain(IServiceProvider services, IGrainContext context)
    {
        _pages = TrackerStorage.Pages<DeviceRecord>(services, context, "devices");
        _state = new GroupCommit<PagedDictionary<DeviceRecord>>(_pages);
    }

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await _pages.ReadStateAsync();
        foreach (var device in _state.State.Values)
        {
            _index.Add(device);
        }
    }

    public Task Upsert(DeviceRecord device)
    {
        ArgumentNullException.ThrowIfNull(device);
        var devices = _state.State;
        if (devices.TryGetValue(device.TerminalId, out var known))
        {
            if (known == device)
            {
                return _state.WriteStateAsync();
            }

            _index.Replace(known, device);
        }
        else
        {
            _index.Add(device);
        }

        devices.Set(device.TerminalId, device);
        return _state.WriteStateAsync();
    }

    public Task Remove(string terminalId)
    {
        var devices = _state.State;
        if (!devices.TryGetValue(terminalId, out var known))
        {
            return Task.CompletedTask;
        }

        _index.Remove(known);
        devices.Remove(terminalId);
        return _state.WriteStateAsync();
    }

    public Task<ImmutableArray<DeviceRecord>> List(DeviceQuery query) =>
        Task.FromResult<ImmutableArray<DeviceRecord>>([.. _index.Page(query.After, query.Take + 1, static _ => true)]);
}
