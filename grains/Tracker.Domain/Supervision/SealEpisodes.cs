namespace Tracker.Domain.Supervision;

/// <summary>Seal state of one lock as the OPEN and TAMP rules see it: part of <see cref="SupervisorState"/>.</summary>
public sealed class SealEpisodes
{
    public bool OpenRaised { get; set; }

    public bool TamperRaised { get; set; }

    /// <summary>
    /// The lock reported opened inside an unsealing zone (or the grain said it was unsealed): the authorised unseal.
    /// Until it reports sealed again, neither opened nor tampered reports raise anything, because a removed lock
    /// carried off by the truck reports exactly that.
    /// </summary>
    public bool AuthorisedUnseal { get; set; }
}
