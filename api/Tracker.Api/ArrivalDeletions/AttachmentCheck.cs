using System.Buffers.Text;
using Tracker.Api.Problems;

namespace Tracker.Api.ArrivalDeletions;

/// <summary>A decoded attachment that passed the checks.</summary>
public sealed record AttachmentFile(string Name, string ContentType, byte[] Data);

/// <summary>
/// The files of an application: at most <see cref="MaxFiles"/>, each a PDF, JPEG or PNG of at most
/// <see cref="MaxBytes"/> decoded. The bytes must begin the way their type says, so a file is what its
/// type claims when an officer opens it.
/// </summary>
public static class AttachmentCheck
{
    public const int MaxFiles = 5;
    public const int MaxBytes = 5 * 1024 * 1024;
    private const int MaxName = 255;

    private static readonly Dictionary<string, byte[]> Signatures = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/pdf"] = "%PDF-"u8.ToArray(),
        ["image/jpeg"] = [0xFF, 0xD8, 0xFF],
        ["image/png"] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
    };

    public static List<AttachmentFile> Decode(FieldErrors errors, AttachmentUpload[]? uploads)
    {
        var files = new List<AttachmentFile>();
        if (uploads is null)
        {
            return files;
        }

        if (uploads.Length > MaxFiles)
        {
            errors.Add("attachments", $"at most {MaxFiles} files");
            return files;
        }

        for (var i = 0; i < uploads.Length; i++)
        {
            if (Decode(errors, $"attachments[{i}]", uploads[i]) is { } file)
            {
                files.Add(file);
            }
        }

        return files;
    }

    private static AttachmentFile? Decode(FieldErrors errors, string field, AttachmentUpload? upload)
    {
        if (upload is null)
        {
            errors.Add(field, "must be an object {name, contentType, dataBase64}");
            return null;
        }

        var ok = true;
        if (string.IsNullOrWhiteSpace(upload.Name))
        {
            errors.Add($"{field}.name", "is required");
            ok = false;
        }
        else if (upload.Name.Length > MaxName || upload.Name.Any(char.IsControl) || upload.Name.IndexOfAny(['/', '\\']) >= 0)
        {
            errors.Add($"{field}.name", $"must be a file name of at most {MaxName} characters, without control characters or slashes");
            ok = false;
        }

        var type = upload.ContentType?.Trim().ToLowerInvariant();
        if (type is null || !Signatures.ContainsKey(type))
        {
            errors.Add($"{field}.contentType", $"must be one of {string.Join(", ", Signatures.Keys)}");
            ok = false;
        }

        var data = Bytes(errors, $"{field}.dataBase64", upload.DataBase64);
        if (!ok || data is null)
        {
            return null;
        }

        if (!data.AsSpan().StartsWith(Signatures[type!]))
        {
            errors.Add($"{field}.dataBase64", $"is not a {type} file");
            return null;
        }

        return new AttachmentFile(upload.Name!, type!, data);
    }

    private static byte[]? Bytes(FieldErrors errors, string field, string? base64)
    {
        if (string.IsNullOrEmpty(base64))
        {
            errors.Add(field, "is required");
            return null;
        }

        // Refused by its length before anything is decoded: a huge string costs no buffer.
        if (Base64.GetMaxDecodedFromUtf8Length(base64.Length) > MaxBytes + 2)
        {
            errors.Add(field, $"must be at most {MaxBytes / (1024 * 1024)} MB decoded");
            return null;
        }

        var buffer = new byte[Base64.GetMaxDecodedFromUtf8Length(base64.Length)];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            errors.Add(field, "is not valid base64");
            return null;
        }

        if (written > MaxBytes)
        {
            errors.Add(field, $"must be at most {MaxBytes / (1024 * 1024)} MB decoded");
            return null;
        }

        if (written == 0)
        {
            errors.Add(field, "must not be empty");
            return null;
        }

        return buffer[..written];
    }
}
