namespace Tracker.Grains.Consignments;

/// <summary>
/// The list of consignments, newest first, for paged and scoped queries. One directory for
/// the cluster: it changes only on declaration and status changes, never per fix.
/// </summary>
[Alias("tracker.IConsignmentDirectoryGrain")]
public interface IConsignmentDirectoryGrain : IGrainWithIntegerKey
{
    [Alias("upsert")]
    Task Upsert(ConsignmentSummary summary);

    [Alias("list")]
    Task<ConsignmentPage> List(ConsignmentQuery query);
}
