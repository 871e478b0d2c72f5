using Tracker.Bench.Load;

namespace Tracker.Bench.Gateways;

/// <summary>Calls' latencies gathered from many tasks at once, and their count.</summary>
public sealed class Latencies
{
    private readonly List<double> _values = [];
    private long _failed;
    private string? _firstProblem;

    public long Count
    {
        get
        {
            lock (_values)
            {
                return _values.Count;
            }
        }
    }

    public long Failed => Interlocked.Read(ref _failed);

    public string? FirstProblem => _firstProblem;

    public void Add(double milliseconds)
    {
        lock (_values)
        {
            _values.Add(milliseconds);
        }
    }

    public void Fail(string problem)
    {
        Interlocked.Increment(ref _failed);
        Interlocked.CompareExchange(ref _firstProblem, problem, null);
    }

    public double P(double percentile)
    {
        lock (_values)
        {
            return Percentiles.Of(_values, percentile);
        }
    }
}
