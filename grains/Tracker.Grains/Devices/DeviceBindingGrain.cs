using Tracker.Grains.Storage;

namespace Tracker.Grains.Devices;

/// <summary>
/// At most one terminal per lock or vehicle. Not reentrant: two claims are answered one after the other. The holder
/// is asked before a claim is refused, so that a crash between binding and storing a device (or between deleting it
/// and releasing) does not keep the lock from every other terminal for good.
/// </summary>
public sealed class DeviceBindingGrain(
    [PersistentState("device-binding", TrackerStorage.Name)] IPersistentState<DeviceBindingState> state) : Grain, IDeviceBindingGrain
{
    public async Task<string?> Claim(string terminalId)
    {
        var holder = state.State.TerminalId;
        if (holder is not null && holder != terminalId
            && await GrainFactory.GetGrain<IDeviceGrain>(holder).Holds(this.GetPrimaryKeyString()))
        {
            return holder;
        }

        if (holder != terminalId)
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
