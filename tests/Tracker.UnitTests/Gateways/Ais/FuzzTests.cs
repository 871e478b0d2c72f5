using System.Diagnostics;
using System.Text;
using Tracker.Gateways.Ais.Sentences;
using Tracker.Simulator.Protocols.Nmea;
using Xunit.Abstractions;

namespace Tracker.UnitTests.Gateways.Ais;

/// <summary>Random and mutated input never throws, and a sentence whose checksum is wrong never gives a report.</summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    private static readonly string[] Seeds =
    [
        "!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
        "!AIVDM,1,1,,A,15NPOOPP00o?b=bE`UNv4?w428D;,0*24",
        "!AIVDM,1,1,,A,B52K>;h00Fc>jpUlNV@ikwpUoP06,0*4C",
        "!AIVDM,1,1,,B,C5N3SRgPEnJGEBT>NhWAwwo862PaLELTBJ:V00000000S0D:R220,0*0B",
        "!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D",
        "!AIVDM,1,1,,A,H42O55lti4hhhilD3nink000?050,0*40",
        "!AIVDO,1,1,,A,H>W@vFTe6??406t2??21J0Wg8Jb0,0*6F",
        "\\c:1565218798*53\\!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A",
        .. NmeaSentences.Wrap(AisEncoder.StaticVoyage(new AisVoyage(477123400, 9074729, "VRAB5", "FEEDER ONE", 70, Destination: "CNTAO")), sequenceId: 4),
    ];

    private const string Alphabet = "!\\$*,0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw\r\n ~\0";

    [Fact]
    public void Mutated_sentences_never_throw_and_give_reports_only_when_their_checksum_still_holds()
    {
        var random = new Random(20261202);
        var feed = new NmeaFeed();
        var received = DateTimeOffset.FromUnixTimeSeconds(1565218800);
        var badChecksums = 0;
        for (var i = 0; i < 50_000; i++)
        {
            var line = Mutate(Seeds[random.Next(Seeds.Length)], random);
            var before = feed.Reports.Count;

            var drop = feed.Line(line, received);

            if (!ChecksumHolds(line))
            {
                badChecksums++;
                Assert.True(feed.Reports.Count == before, $"a report from a sentence with a bad checksum: {line}");
                Assert.NotEqual(NmeaDrop.None, drop);
            }
        }

        Assert.True(badChecksums > 10_000, $"only {badChecksums} mutations broke a checksum");
    }

    [Fact]
    public void Random_bytes_never_throw_and_give_nothing()
    {
        var random = new Random(808);
        var feed = new NmeaFeed();
        var bytes = new byte[300];
        for (var i = 0; i < 50_000; i++)
        {
            var n = random.Next(bytes.Length);
            random.NextBytes(bytes.AsSpan(0, n));
            feed.Decoder.Decode(bytes.AsSpan(0, n), NmeaFeed.Received, feed.Reports);
        }

        Assert.Empty(feed.Reports);
        Assert.Equal(50_000, feed.Counters.Sentences);
    }

    [Fact]
    public void Position_sentences_decode_fast_enough_for_a_port_receiver()
    {
        // Not an assertion on time (the machine is shared): the figure goes to the test output for BENCHMARKS.md.
        var lines = Enumerable.Range(0, 1000)
            .Select(i => Encoding.ASCII.GetBytes(NmeaSentences.Wrap(AisEncoder.ClassA(new AisFix(412000000u + (uint)i, 36 + (i / 1000.0), 120.3, 12.0, 90, 90, 0)))[0]))
            .ToArray();
        var feed = new NmeaFeed();
        var reports = new List<Tracker.Grains.Vessels.AisReport>(lines.Length);
        const int rounds = 300;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            reports.Clear();
            foreach (var line in lines)
            {
                feed.Decoder.Decode(line, NmeaFeed.Received, reports);
            }
        }

        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Assert.Equal(lines.Length, reports.Count);
        var n = rounds * lines.Length;
        output.WriteLine($"{n:N0} position sentences in {clock.Elapsed.TotalMilliseconds:N0} ms wall ({n / clock.Elapsed.TotalSeconds:N0}/s), "
            + $"{cpu.TotalMilliseconds:N0} ms CPU of the test process ({n / cpu.TotalSeconds:N0}/s per core, {cpu.TotalMilliseconds * 1e6 / n:N0} ns each)");
    }

    private static string Mutate(string seed, Random random)
    {
        var chars = seed.ToCharArray().ToList();
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var at = random.Next(chars.Count);
            switch (random.Next(4))
            {
                case 0:
                    chars[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 1:
                    chars.RemoveAt(at);
                    break;
                case 2:
                    chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                default:
                    (chars[at], chars[random.Next(chars.Count)]) = (chars[random.Next(chars.Count)], chars[at]);
                    break;
            }
        }

        return new string([.. chars]);
    }

    /// <summary>An independent reading of the rule: XOR between '!' and '*' equals the two hex digits after '*'.</summary>
    private static bool ChecksumHolds(string line)
    {
        var trimmed = line.Trim(' ', '\t', '\r', '\n');
        var bang = trimmed.IndexOf('!', StringComparison.Ordinal);
        var star = trimmed.LastIndexOf('*');
        if (bang < 0 || star < bang || star + 3 != trimmed.Length)
        {
            return false;
        }

        var x = 0;
        foreach (var c in trimmed[(bang + 1)..star])
        {
            x ^= c;
        }

        return int.TryParse(trimmed[(star + 1)..], System.Globalization.NumberStyles.AllowHexSpecifier, null, out var expected) && expected == x;
    }
}
