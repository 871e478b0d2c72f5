namespace Tracker.Api.Audit;

/// <summary>The actions the audit log records: every customs and terminal act the API answers, and the admin's changes to the device registry.</summary>
public static class AuditActions
{
    public const string Declare = "consignment.declare";
    public const string AlertAcknowledge = "alert.acknowledge";
    public const string AlertResolve = "alert.resolve";
    public const string ArrivalDeletionApply = "arrival-deletion.apply";
    public const string DeviceRegister = "device.register";
    public const string DeviceDelete = "device.delete";

    /// <summary>A step of an arrival-report deletion: confirm, refuse, approve, reject.</summary>
    public static string ArrivalDeletion(string step) => $"arrival-deletion.{step}";

    public static readonly IReadOnlyList<string> All =
    [
        Declare, AlertAcknowledge, AlertResolve, ArrivalDeletionApply,
        ArrivalDeletion("confirm"), ArrivalDeletion("refuse"), ArrivalDeletion("approve"), ArrivalDeletion("reject"),
        DeviceRegister, DeviceDelete,
    ];
}
