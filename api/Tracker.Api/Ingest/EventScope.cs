using Tracker.Api.Auth;
using Tracker.Api.Problems;
using Tracker.Grains.Consignments;
using Tracker.Grains.Events;

namespace Tracker.Api.Ingest;

/// <summary>
/// Who may send which event (issue 13 item 4): the token's codes, customs-only codes from an officer of the transit's
/// offices, closing codes from a token covering the transit's destination facility or all its locks.
/// </summary>
internal static class EventScope
{
    /// <summary>Why <paramref name="scope"/> may not send <paramref name="e"/>, or null when it may.</summary>
    public static async Task<ItemProblem?> Refusal(DeviceScope scope, TrackerEvent e, IGrainFactory grains, Dictionary<string, ConsignmentDeclaration?> declarations)
    {
        if (scope.RefusesCode(e.Code) is { } refusal)
        {
            return new ItemProblem("eventCode", refusal);
        }

        var caller = scope.Caller;
        var customsOnly = DeviceScope.CustomsOnly.Contains(e.Code);
        var closing = DeviceScope.Closing.Contains(e.Code);
        if (caller.Role == Roles.Admin || !(customsOnly || closing))
        {
            return null;
        }

        // Only a transit says whose it is: without one these codes would still mark the box's timeline.
        if (e.ConsignmentId is not { } id)
        {
            return new ItemProblem("consignmentId", $"is required for {e.Code} from this token: it is checked against the transit's offices, destination and locks");
        }

        if (!declarations.TryGetValue(id, out var declaration))
        {
            declaration = declarations[id] = (await grains.GetGrain<ITransferConsignmentGrain>(id).Get())?.Declaration;
        }

        if (declaration is null)
        {
            // The transit refuses it itself ("not declared"), as for any other code.
            return null;
        }

        if (customsOnly)
        {
            return caller.Office is { } office && declaration.Offices.Contains(office)
                ? null
                : new ItemProblem("eventCode", $"{e.Code} for {id} comes only from an officer of its offices ({string.Join(", ", declaration.Offices)})");
        }

        var coversFacility = declaration.Destination.Facility is { } facility && caller.Facility == facility;
        var coversLocks = scope.CoversAll || (declaration.Locks.Length > 0 && declaration.Locks.All(l => scope.Covers(l.LockId)));
        return coversFacility || coversLocks
            ? null
            : new ItemProblem("eventCode", $"{e.Code} closes {id}: this token covers neither its destination facility nor all its locks");
    }
}
