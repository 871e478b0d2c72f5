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

    /// <summary>The binding a registration in progress is taking: it counts as held before the record is stored.</summary>
    private string? _taking;

    private string TerminalId => this.GetPrimaryKeyString();

    public Task<DeviceRecord?> Get() => Task.FromResult(state.State.Record);

    public Task<bool> Holds(string binding) =>
        Task.FromResult(_taking == binding || (state.State.Record is { } r && DeviceDirectory.BindingOf(r.LockId, r.VehicleId) == binding));

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

        var bindingKey = DeviceDirectory.BindingOf(registration.LockId, registration.VehicleId);
        var binding = GrainFactory.GetGrain<IDeviceBindingGrain>(bindingKey);
        DeviceRecord record;
        _taking = bindingKey;
        try
        {
            if (await binding.Claim(TerminalId) is { } holder)
            {
                return DeviceRegisterResult.Conflict(registration.LockId is null ? "vehicleId" : "lockId", holder);
            }

            record = new DeviceRecord(
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
        }
        finally
        {
            _taking = null;
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

        // The record goes first: a crash after it leaves at worst a binding that the next claim takes
        // over (Holds) and a list entry a re-registration replaces, never a record without its binding.
        state.State.Record = null;
        await state.WriteStateAsync();
        await GrainFactory.GetGrain<IDeviceBindingGrain>(DeviceDirectory.BindingOf(known.LockId, known.VehicleId)).Release(TerminalId);
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
