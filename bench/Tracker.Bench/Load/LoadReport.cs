using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tracker.Bench.Load;

/// <summary>The run's result: the JSON file (bench/results/latest.json, or artifacts/bench/quick.json) and a markdown table. <see cref="Settings"/> is the scenario's own options record.</summary>
public sealed record LoadReport(DateTimeOffset Date, string Commit, Machine Machine, object Settings, IReadOnlyList<string> Notes, IReadOnlyList<Figure> Figures)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,

        // The file is read by people too: ">=" and "'" as they are, not as \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public async Task Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Options) + "\n");
    }

    /// <summary>Writes the file, then shows the table and the notes on stdout.</summary>
    public async Task Publish(string path)
    {
        await Write(path);
        Console.WriteLine();
        Console.WriteLine(Table());
        foreach (var note in Notes)
        {
            Console.WriteLine($"- {note}");
        }

        Console.WriteLine($"written to {path}");
    }

    public string Table()
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine("| figure | value | detail | baseline | ratio | target | met |");
        text.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in Figures)
        {
            var baseline = f.BaselineName is null ? "" : string.Create(invariant, $"{f.BaselineName}: {f.BaselineValue:N0}");
            var ratio = f.Ratio is { } r ? r.ToString("0.00", invariant) : "";
            var met = f.Met switch { true => "yes", false => "**no**", null => "" };
            text.AppendLine(invariant, $"| `{f.Name}` | {Value(f.Value)} {f.Unit} | {f.Detail} | {baseline} | {ratio} | {f.Target} | {met} |");
        }

        return text.ToString();
    }

    private static string Value(double value) =>
        value >= 100 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("0.0#", CultureInfo.InvariantCulture);
}
