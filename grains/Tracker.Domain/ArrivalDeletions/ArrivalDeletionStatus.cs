namespace Tracker.Domain.ArrivalDeletions;

/// <summary>Where a request to delete an export arrival report (出口运抵删除) stands.</summary>
public enum ArrivalDeletionStatus
{
    /// <summary>The enterprise applied; the terminal has to confirm the box is in port and eligible.</summary>
    Requested,

    /// <summary>The terminal confirmed; customs decides.</summary>
    TerminalConfirmed,

    /// <summary>The terminal refused: closed.</summary>
    Refused,

    /// <summary>Customs approved: the arrival report is deleted (and re-sent when asked). Closed.</summary>
    Approved,

    /// <summary>Customs rejected: closed, the arrival report stays.</summary>
    Rejected,
}
