using System.Text;

namespace Tracker.Gateways.Jt808.Messages;

/// <summary>JT/T 808 strings are GBK (code page 936): plates start with a Chinese province character.</summary>
public static class Jt808Text
{
    private static readonly Encoding Gbk = CodePagesEncodingProvider.Instance.GetEncoding(936) ?? Encoding.Latin1;

    /// <summary>A fixed-width field: NUL padding and trailing blanks cut.</summary>
    public static string Field(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.IndexOf((byte)0);
        return Gbk.GetString(end < 0 ? bytes : bytes[..end]).TrimEnd();
    }

    public static string Text(ReadOnlySpan<byte> bytes) => Gbk.GetString(bytes);
}
