using System.Globalization;

namespace Tracker.Domain.Timing;

/// <summary>The times, both ends included, that one kind of field accepts; made by <see cref="SaneTimes"/>.</summary>
/// <param name="Horizon">How far past the server clock <paramref name="Latest"/> lies, in words, for the refusal.</param>
public readonly record struct TimeWindow(DateTimeOffset Earliest, DateTimeOffset Latest, string Horizon)
{
    /// <summary>Why a time outside the window is refused; null for a time inside it.</summary>
    public string? Refusal(DateTimeOffset time) =>
        time < Earliest ? string.Create(CultureInfo.InvariantCulture, $"must not be before {Earliest.UtcDateTime:yyyy-MM-dd}")
        : time > Latest ? $"must not be more than {Horizon} ahead of the server clock"
        : null;
}
