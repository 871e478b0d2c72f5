using Azure;
using Azure.Storage.Blobs.Models;

namespace Tracker.Silo.Storage.AzureBlob;

/// <summary>Names the Blob Storage answers the provider reacts to, so catch clauses read as prose.</summary>
internal static class RequestFailedExceptionExtensions
{
    /// <summary>412: the blob changed since the ETag in hand (stale <c>If-Match</c>).</summary>
    public static bool IsPreconditionFailed(this RequestFailedException e) => e.Status == 412;

    /// <summary>409: e.g. <c>If-None-Match: *</c> over an existing blob (BlobAlreadyExists, as Azurite answers).</summary>
    public static bool IsConflict(this RequestFailedException e) => e.Status == 409;

    /// <summary>Someone else wrote or deleted the state since we last saw it.</summary>
    public static bool IsWriteConflict(this RequestFailedException e) => e.IsPreconditionFailed() || e.IsConflict();

    public static bool IsBlobNotFound(this RequestFailedException e) =>
        e.Status == 404 && e.ErrorCode == BlobErrorCode.BlobNotFound.ToString();

    public static bool IsContainerNotFound(this RequestFailedException e) =>
        e.Status == 404 && e.ErrorCode == BlobErrorCode.ContainerNotFound.ToString();
}
