namespace Tracker.Domain.Transit;

/// <summary>How a transit consignment travels between its seal and unseal zones.</summary>
public enum ConsignmentMode
{
    Road,
    Rail,
    Water,
}
