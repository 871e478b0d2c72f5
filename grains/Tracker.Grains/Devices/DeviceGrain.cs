using System.Security.Cryptography;
using Tracker.Grains.Storage;

namespace Tracker.Grains.Devices;

/// <summary>
/// One terminal's registration. Not reentrant: two registrations of the same terminal are answered one
/// after the other, so the second sees the first's record. The lock or vehicle is bound before the record
/// is stored, so that a stored record always holds its binding.
/// </summary>
public sealed class DeviceGrain(
    [PersistentState("device", TrackerStorage.Name)] IPersistentState<DeviceState> state,
    TimeProvider clock) : Grain, IDeviceGrain
{
    /// <summary>URL-safe, so the code survives being pasted into configuration or a URL unchanged.</summary>
    private const string AuthAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    private const int AuthLength = 12;

    private string TerminalId => this.GetPrimaryKeyString();

    public Task<DeviceRecord?> Get() => Task.FromResult(state.State.Record);

    public async Task<DeviceRegisterResult> Register(DeviceRegistration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        if (state.State.Record is { } known)
        {
            if (ConflictingField(known, registration) is { } field)
            {
                return DeviceRegisterResult.Conflict(field, TerminalId);
            }

            // A retried post: the directory write may have been lost the first time.
            await DeviceDirectory.ShardOf(GrainFactory, TerminalId).Upsert(known);
            return new DeviceRegisterResult(known, Created: false);
        }

        var (bindingKey, field2) = registration.LockId is { } lockId
            ? (DeviceDirectory.BindingOfLock(lockId), "lockId")
            : (DeviceDirectory.BindingOfVehicle(registration.VehicleId!), "vehicleId");
        var binding = GrainFactory.GetGrain<IDeviceBindingGrain>(bindingKey);
        if (await binding.Claim(TerminalId) is { } holder)
        {
            return DeviceRegisterResult.Conflict(field2, holder);
        }

        var record = new DeviceRecord(
            TerminalId, registration.Protocol, registration.LockId, registration.VehicleId, registration.Model,
            RandomNumberGenerator.GetString(AuthAlphabet, AuthLength), clock.GetUtcNow());
        try
        {
            state.State.Record = record;
            await state.WriteStateAsync();
        }
        catch
        {
            // Not stored: the lock or vehicle must not stay bound to a terminal that does not exist.
            state.State.Record = null;
            await binding.Release(TerminalId);
            throw;
        }

        await DeviceDirectory.ShardOf(GrainFactory, TerminalId).Upsert(record);
        return new DeviceRegisterResult(record, Created: true);
    }

    public async Task<bool> Delete()
    {
        if (state.State.Record is not { } known)
        {
            return false;
        }

        // The record goes first: a crash after it leaves at worst a binding and a list entry that a
        // re-registration of this terminal takes over, never a record without its binding.
        state.State.Record = null;
        await state.WriteStateAsync();
        var bindingKey = known.LockId is { } lockId ? DeviceDirectory.BindingOfLock(lockId) : DeviceDirectory.BindingOfVehicle(known.VehicleId!);
        await GrainFactory.GetGrain<IDeviceBindingGrain>(bindingKey).Release(TerminalId);
        await DeviceDirectory.ShardOf(GrainFactory, TerminalId).Remove(TerminalId);
        return true;
    }

    private static string? ConflictingField(DeviceRecord known, DeviceRegistration wanted) =>
        known.Protocol != wanted.Protocol ? "protocol"
        : known.LockId != wanted.LockId ? (wanted.LockId is null ? "vehicleId" : "lockId")
        : known.VehicleId != wanted.VehicleId ? (wanted.VehicleId is null ? "lockId" : "vehicleId")
        : known.Model != wanted.Model ? "model"
        : null;
}
