using System.Text.Json;
using FactMiner.Core.Review;

namespace FactMiner.Web;

/// <summary>One line of the page's "last decisions": who decided what on which flag, each claim's change, and whether it can be undone.</summary>
internal sealed record DecisionView(
    long Decision, string At, string By, string? Note, long? FlagId, bool IsUndo, bool Undone, bool Undoable, string Summary, IReadOnlyList<string> Changes)
{
    /// <summary>Lists decisions newest first; only the newest decision still standing can be undone (undo takes back the latest).</summary>
    public static IReadOnlyList<DecisionView> From(IReadOnlyList<DecisionRecord> decisions)
    {
        var undoable = decisions.FirstOrDefault(d => !d.IsUndo && !d.Undone)?.Decision;
        return [.. decisions.Select(d => new DecisionView(
            d.Decision, d.At, d.By, d.Note, d.FlagId, d.IsUndo, d.Undone, d.Decision == undoable, Summarise(d),
            [.. d.Entries.Select(e => $"{e.ClaimId ?? (e.FlagId is { } f ? $"F{f}" : "?")}: {State(e.Before)} \u2192 {State(e.After)}")]))];
    }

    private static string Summarise(DecisionRecord decision)
    {
        var flag = decision.FlagId is { } id ? $"F{id}" : "a flag";
        if (decision.IsUndo)
        {
            var reopened = decision.Entries.LastOrDefault(e => e.ClaimId is null)?.After ?? "open";
            return $"undo on {flag}: {reopened} again";
        }

        var claims = decision.Entries.Where(e => e.ClaimId is not null).ToList();
        var verdict = claims.Count switch
        {
            0 => "deferred",
            _ when claims.All(e => e.Action == "accept") => claims.Count > 1 ? "keep all" : "accepted",
            _ when claims.All(e => e.Action == "reject") => claims.Count > 1 ? "reject all" : "rejected one",
            _ when claims.Any(e => e.Action == "correct") => "corrected",
            _ => "keep one",
        };
        return $"{flag}: {verdict}";
    }

    /// <summary>A flag row holds a bare status; a claim row holds its review state as JSON.</summary>
    private static string State(string? stored)
    {
        if (stored is null || !stored.StartsWith('{'))
        {
            return stored ?? "none";
        }

        using var json = JsonDocument.Parse(stored);
        var status = json.RootElement.TryGetProperty("Status", out var s) ? s.GetString() ?? "?" : "?";
        if (status == "corrected" && json.RootElement.TryGetProperty("CorrectedLow", out var low) && low.ValueKind == JsonValueKind.Number
            && json.RootElement.TryGetProperty("CorrectedHigh", out var high) && json.RootElement.TryGetProperty("CorrectedUnit", out var unit))
        {
            return $"corrected to {ValueText.Range(low.GetDouble(), high.GetDouble(), unit.GetString())}";
        }

        return status;
    }
}
