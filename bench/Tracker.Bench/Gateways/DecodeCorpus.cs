using System.Text;
using System.Text.Json;
using Tracker.Simulator.Protocols.Jt808;

namespace Tracker.Bench.Gateways;

/// <summary>
/// What the in-process decode measures read, built once: many distinct messages laid end to end as they arrive on
/// a connection, so that the decoders cannot lean on one message's bytes sitting in a cache line.
/// </summary>
public static class DecodeCorpus
{
    public const int Messages = 2_000;

    /// <summary>0x0200 frames of 2013 terminals as the simulator's encoder makes them: sealed lock item, battery, mileage and satellites.</summary>
    public static byte[] Jt808Locations()
    {
        var random = new Random(808);
        var bytes = new List<byte>();
        var time = DateTimeOffset.UtcNow;
        for (var i = 0; i < Messages; i++)
        {
            var position = new Jt808Position(
                time.AddSeconds(i), 23 + (random.NextDouble() * 14), 110 + (random.NextDouble() * 10),
                random.Next(0, 90), random.Next(0, 360), random.Next(0, 200),
                Sealed: true, BatteryPct: random.Next(20, 100), MileageTenthsKm: (uint)random.Next(0, 1_000_000), Satellites: 9);
            bytes.AddRange(Jt808FrameBuilder.Build(Jt808Bodies.Location, Phone(i), (ushort)i, Jt808Bodies.LocationReport(position)));
        }

        return [.. bytes];
    }

    /// <summary>A terminal's phone number as the bench registers it: 12 digits, unique per index.</summary>
    public static string Phone(int index) => $"13{index:D10}";

    /// <summary>AIS lines: type 1 positions of <paramref name="vessels"/> MMSIs, and with <paramref name="staticEvery"/> one two-fragment type 5 after that many positions.</summary>
    public static byte[] AisLines(int vessels, int staticEvery = 0, int messages = Messages)
    {
        var random = new Random(1371);
        var text = new StringBuilder();
        for (var i = 0; i < messages; i++)
        {
            var mmsi = Mmsi(i % vessels);
            text.Append(AisSentences.Position(
                mmsi, 26 + (random.NextDouble() * 6), 122.8 + (random.NextDouble() * 1.7),
                12 + (random.NextDouble() * 8), random.NextDouble() * 359, random.Next(0, 360), i % 60));
            if (staticEvery > 0 && i % staticEvery == staticEvery - 1)
            {
                text.Append(AisSentences.Static(mmsi, 9_000_000 + (uint)(i % vessels), $"B{i % vessels:D5}", $"BENCH TRADER {i % vessels}", "CNSHA", i));
            }
        }

        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>China's MID 413, as the load scenario's vessels, from a range of its own.</summary>
    public static uint Mmsi(int index) => 413_200_000 + (uint)index;

    /// <summary>Lock-fix items of the HTTP ingest (the <c>LockFixRequest</c> shape), each its own UTF-8 JSON object.</summary>
    public static byte[][] LockFixItems()
    {
        var random = new Random(11);
        var now = DateTimeOffset.UtcNow;
        var items = new byte[Messages][];
        for (var i = 0; i < Messages; i++)
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream))
            {
                json.WriteStartObject();
                json.WriteString("lockId", $"GW-L{i:D6}");
                json.WriteNumber("seq", i + 1);
                json.WriteString("time", now.AddSeconds(i));
                json.WriteNumber("lat", Math.Round(23 + (random.NextDouble() * 14), 6));
                json.WriteNumber("lon", Math.Round(110 + (random.NextDouble() * 10), 6));
                json.WriteNumber("speedKmh", random.Next(0, 90));
                json.WriteNumber("heading", random.Next(0, 360));
                json.WriteString("seal", "sealed");
                json.WriteNumber("batteryPct", random.Next(20, 100));
                json.WriteEndObject();
            }

            items[i] = stream.ToArray();
        }

        return items;
    }
}
