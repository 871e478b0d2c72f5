namespace Tracker.Bench.Load;

/// <summary>
/// One figure of the run beside the baseline it is judged against, measured in the same run.
/// <see cref="Met"/> is null where the issue sets no target, or where the figure could not be measured.
/// </summary>
public sealed record Figure(
    string Name,
    double Value,
    string Unit,
    string Detail,
    string? BaselineName = null,
    double? BaselineValue = null,
    double? Ratio = null,
    string? Target = null,
    bool? Met = null)
{
    /// <summary>A figure judged by its ratio to a baseline (and, optionally, a floor of its own).</summary>
    public static Figure AgainstBaseline(string name, double value, string unit, string detail, string baselineName, double baselineValue, double minRatio, double? minValue = null)
    {
        var ratio = baselineValue > 0 ? value / baselineValue : (double?)null;
        var target = minValue is { } floor ? $">= {floor:N0} {unit} and >= {minRatio:0.0#} x {baselineName}" : $">= {minRatio:0.0#} x {baselineName}";
        var met = ratio is { } r && r >= minRatio && (minValue is null || value >= minValue);
        return new Figure(name, value, unit, detail, baselineName, baselineValue, ratio, target, met);
    }
}
