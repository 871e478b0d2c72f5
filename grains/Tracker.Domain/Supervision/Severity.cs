namespace Tracker.Domain.Supervision;

/// <summary>How urgently an anomaly needs an officer; declared in increasing order so severities compare.</summary>
/// <remarks>
/// What the rules assign, and why:
/// OPEN and TAMP are Critical: a broken seal is the very thing supervision exists to prevent, and the goods may be
/// leaving the box right now.
/// RDEV, TMIS, OVRD and UPRT are High: each says the cargo is somewhere it was not approved to be (off route, parted
/// from its truck, past its time limit, at another port), but the seal still holds.
/// LSTP and SLOS are Medium: queues, breakdowns, tunnels and dead spots explain most of them; they call for a look,
/// not a chase.
/// CONN grows with lateness: Medium inside the margin, High in its last half, Critical past the cut-off, where the
/// box will be shut out of the mainline.
/// </remarks>
public enum Severity
{
    Low,
    Medium,
    High,
    Critical,
}
