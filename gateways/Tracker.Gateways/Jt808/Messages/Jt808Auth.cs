namespace Tracker.Gateways.Jt808.Messages;

/// <summary>0x0102 authentication: 2013 sends only the code; 2019 a length, the code, IMEI and firmware version.</summary>
public static class Jt808Auth
{
    public static bool TryReadCode(ReadOnlySpan<byte> body, bool is2019, out string code)
    {
        code = "";
        if (!is2019)
        {
            code = Jt808Text.Text(body);
            return true;
        }

        if (body.Length < 1 || body[0] > body.Length - 1)
        {
            return false;
        }

        code = Jt808Text.Text(body.Slice(1, body[0]));
        return true;
    }
}
