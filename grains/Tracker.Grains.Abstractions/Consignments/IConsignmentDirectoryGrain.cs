using System.Collections.Immutable;

namespace Tracker.Grains.Consignments;

/// <summary>
/// One shard of the consignment list (key: the shard's number, see <see cref="ConsignmentDirectory"/>).
/// It changes only on declaration and status changes, never per fix; a list reads every shard.
/// </summary>
[Alias("tracker.IConsignmentDirectoryGrain")]
public interface IConsignmentDirectoryGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// A new consignment is stored before the call returns (its declaration's answer waits for it);
    /// a change to a listed one is written at the silo's next checkpoint, like the consignment's own.
    /// </summary>
    [Alias("upsert")]
    Task Upsert(ConsignmentSummary summary);

    /// <summary>Up to <see cref="ConsignmentQuery.Take"/> + 1 of this shard's matches after the query's cursor, newest first.</summary>
    [Alias("list")]
    Task<ImmutableArray<ConsignmentSummary>> List(ConsignmentQuery query);

    /// <summary>
    /// Up to <see cref="ContainerQuery.Take"/> + 1 container rows of this shard's matching consignments after the
    /// query's cursor, looking at no more than <see cref="ContainerQuery.Budget"/> consignments.
    /// </summary>
    [Alias("containers")]
    Task<ContainerRows> ListContainers(ContainerQuery query);
}
