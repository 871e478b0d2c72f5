using System.Globalization;
using Tracker.Bench.Load;

namespace Tracker.Bench.Gateways;

/// <summary>The host's own counts, read from its Prometheus page (/metrics, admin only): what the host saw, not what the bench sent.</summary>
public static class HostMetrics
{
    /// <summary>The sum of a metric's series (every label set), by its OpenTelemetry name; null when the host does not export it.</summary>
    public static async Task<double?> Sum(LoadApi api, string name)
    {
        using var response = await api.Get("/metrics", api.Admin);
        if (!response.IsSuccessStatusCode)
        {
            return null;
        }

        var text = await response.Content.ReadAsStringAsync();
        var wanted = name.Replace('.', '_');
        double? sum = null;
        foreach (var line in text.Split('\n'))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var end = line.IndexOfAny(['{', ' ']);
            if (end <= 0)
            {
                continue;
            }

            // "name{labels} value [timestamp]": the value is the first field after the labels.
            var metric = line[..end];
            var after = line[end] == '{' ? line.IndexOf('}', end) + 1 : end;
            var fields = line[after..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if ((metric == wanted || metric == wanted + "_total") && fields.Length > 0
                && double.TryParse(fields[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                sum = (sum ?? 0) + value;
            }
        }

        return sum;
    }
}
