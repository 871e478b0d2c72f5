namespace Tracker.Gateways.Jt808.Messages;

public static class Jt808MessageIds
{
    public const ushort TerminalResponse = 0x0001;
    public const ushort Heartbeat = 0x0002;
    public const ushort Register = 0x0100;
    public const ushort Authenticate = 0x0102;
    public const ushort Location = 0x0200;
    public const ushort LocationBatch = 0x0704;
    public const ushort PlatformResponse = 0x8001;
    public const ushort RegisterResponse = 0x8100;
}
