namespace Tracker.Bench.Gateways;

/// <summary>The run's locks, each behind one JT/T 808 terminal: its phone number, lock id and where it is.</summary>
public sealed class GatewayFleet
{
    public GatewayFleet(int count, Random random)
    {
        Phones = new string[count];
        Locks = new string[count];
        Places = new (double Lat, double Lon)[count];
        for (var i = 0; i < count; i++)
        {
            Phones[i] = DecodeCorpus.Phone(i);
            Locks[i] = $"GW-L{i:D6}";
            Places[i] = (23 + (random.NextDouble() * 14), 110 + (random.NextDouble() * 10));
        }
    }

    public int Count => Phones.Length;

    public string[] Phones { get; }

    public string[] Locks { get; }

    public (double Lat, double Lon)[] Places { get; }

    /// <summary>Where lock <paramref name="i"/> is at its <paramref name="step"/>-th report: a few metres further north-east each time.</summary>
    public (double Lat, double Lon) At(int i, int step) => (Places[i].Lat + (step * 0.0004), Places[i].Lon + (step * 0.0004));
}
