using Tracker.Grains.Storage;

namespace Tracker.Grains.Devices;

/// <summary>At most one terminal per lock or vehicle. Not reentrant: two claims are answered one after the other.</summary>
public sealed class DeviceBindingGrain(
    [PersistentState("device-binding", TrackerStorage.Name)] IPersistentState<DeviceBindingState> state) : Grain, IDeviceBindingGrain
{
    public async Task<string?> Claim(string terminalId)
    {
        var holder = state.State.TerminalId;
        if (holder is not null && holder != terminalId)
        {
            return holder;
        }

        if (holder is null)
        {
            state.State.TerminalId = terminalId;
            await state.WriteStateAsync();
        }

        return null;
    }

    public async Task Release(string terminalId)
    {
        if (state.State.TerminalId == terminalId)
        {
            state.State.TerminalId = null;
            await state.WriteStateAsync();
        }
    }
}
