using System.Net.Sockets;

namespace Tracker.Simulator.Protocols.Jt808;

/// <summary>
/// A JT/T 808 terminal over TCP, as a lock or truck would be: connect, register (0x0100 → auth code), authenticate
/// (0x0102), report fixes (0x0200) and backfill (0x0704), each call returning once the platform has answered it.
/// One call at a time per terminal.
/// </summary>
public sealed class Jt808Terminal : IAsyncDisposable
{
    private readonly TcpClient _client;
    private readonly NetworkStream _stream;
    private readonly byte[] _read = new byte[4096];
    private readonly List<byte> _pending = [];
    private ushort _serial;

    private Jt808Terminal(TcpClient client, string phone, bool is2019)
    {
        _client = client;
        _stream = client.GetStream();
        Phone = phone;
        Is2019 = is2019;
    }

    /// <summary>The terminal's phone number (its id, as the registry knows it: leading zeros stripped).</summary>
    public string Phone { get; }

    public bool Is2019 { get; }

    /// <summary>The zone of this terminal's clock; GMT+8 as the standard says unless its model sends another.</summary>
    public TimeSpan Zone { get; init; } = Jt808Bodies.ChinaTime;

    public static async Task<Jt808Terminal> Connect(string host, int port, string phone, bool is2019 = false, CancellationToken cancellationToken = default)
    {
        var client = new TcpClient { NoDelay = true };
        try
        {
            await client.ConnectAsync(host, port, cancellationToken);
            return new Jt808Terminal(client, phone, is2019);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>0x0100. The reply's <see cref="Jt808Reply.Result"/> is 0 with an <see cref="Jt808Reply.AuthCode"/>, or 4 for a terminal the platform does not know.</summary>
    public Task<Jt808Reply> Register(string model = "SIM-LOCK", CancellationToken cancellationToken = default) =>
        Ask(Jt808Bodies.Register, Jt808Bodies.Registration("SIMUL", model, Phone.Length > 7 ? Phone[^7..] : Phone, Is2019), cancellationToken);

    /// <summary>0x0102; result 0 when the code is right.</summary>
    public Task<Jt808Reply> Authenticate(string code, CancellationToken cancellationToken = default) =>
        Ask(Jt808Bodies.Authenticate, Jt808Bodies.Authentication(code, Is2019, "861234567890123", "sim-1.0"), cancellationToken);

    /// <summary>Registers and authenticates; the auth code, or null when the platform refused.</summary>
    public async Task<string?> Login(CancellationToken cancellationToken = default)
    {
        var registered = await Register(cancellationToken: cancellationToken);
        if (registered.AuthCode is not { } code)
        {
            return null;
        }

        return (await Authenticate(code, cancellationToken)).Result == 0 ? code : null;
    }

    public Task<Jt808Reply> Heartbeat(CancellationToken cancellationToken = default) =>
        Ask(Jt808Bodies.Heartbeat, [], cancellationToken);

    /// <summary>0x0200; the platform acknowledges (result 0) once the fix is durable.</summary>
    public Task<Jt808Reply> Report(Jt808Position position, CancellationToken cancellationToken = default) =>
        Ask(Jt808Bodies.Location, Jt808Bodies.LocationReport(position, Zone), cancellationToken);

    /// <summary>0x0704 blind-area backfill: fixes stored while out of coverage, sent late in one message.</summary>
    /// <remarks>
    /// A body holds at most 1023 bytes, so longer backfills go as several 0x0704 messages of
    /// <see cref="BackfillChunk"/> positions, each awaited; the reply returned is the first that is not 0, or the last.
    /// </remarks>
    public async Task<Jt808Reply> Backfill(IReadOnlyList<Jt808Position> positions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(positions);
        Jt808Reply? reply = null;
        foreach (var chunk in positions.Chunk(BackfillChunk))
        {
            reply = await Ask(Jt808Bodies.LocationBatch, Jt808Bodies.Batch(chunk, backfill: true, Zone), cancellationToken);
            if (reply.Result != 0)
            {
                break;
            }
        }

        return reply ?? throw new ArgumentException("Nothing to backfill.", nameof(positions));
    }

    /// <summary>Positions per 0x0704 message: 20 with every item still fits in 1023 bytes.</summary>
    public const int BackfillChunk = 20;

    /// <summary>Sends a message and waits for the platform's answer to it (0x8001 or 0x8100 naming its serial).</summary>
    public async Task<Jt808Reply> Ask(ushort messageId, byte[] body, CancellationToken cancellationToken = default)
    {
        var serial = _serial++;
        await Send(Jt808FrameBuilder.Build(messageId, Phone, serial, body, Is2019), cancellationToken);
        while (true)
        {
            var reply = await ReadReply(cancellationToken)
                ?? throw new IOException($"The platform closed the connection before answering 0x{messageId:X4} serial {serial}.");
            if (reply.AckSerial == serial && (reply.MessageId == Jt808Bodies.RegisterResponse || reply.AckMessageId == messageId))
            {
                return reply;
            }
        }
    }

    /// <summary>Sends bytes as they are (a frame built elsewhere, or garbage).</summary>
    public async Task Send(byte[] bytes, CancellationToken cancellationToken = default) =>
        await _stream.WriteAsync(bytes, cancellationToken);

    /// <summary>The next platform message; null once the platform has closed the connection.</summary>
    public async Task<Jt808Reply?> ReadReply(CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var start = _pending.IndexOf(0x7E);
            if (start >= 0)
            {
                var end = _pending.IndexOf(0x7E, start + 1);
                if (end > start + 1)
                {
                    var frame = _pending.GetRange(start + 1, end - start - 1).ToArray();
                    _pending.RemoveRange(0, end + 1);
                    if (Jt808Reply.Parse(frame) is { } reply)
                    {
                        return reply;
                    }

                    continue;
                }

                if (end == start + 1)
                {
                    _pending.RemoveRange(0, end);
                    continue;
                }
            }

            int n;
            try
            {
                n = await _stream.ReadAsync(_read, cancellationToken);
            }
            catch (IOException)
            {
                return null;
            }

            if (n == 0)
            {
                return null;
            }

            _pending.AddRange(_read.AsSpan(0, n));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stream.DisposeAsync();
        _client.Dispose();
    }
}
