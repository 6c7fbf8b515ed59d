using System.Text.Json;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;
using Xunit.Abstractions;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>
/// The extractor against two peers' own test suites (shared/peer-suites), value and unit compared after SI normalisation.
/// Each test prints its pass rate and every miss.
/// </summary>
public sealed class QuantityExtractorPeerSuiteTests(ITestOutputHelper output)
{
    private static readonly string[] DimensionSubtypes = ["Length", "Weight", "Area", "Speed"];

    /// <remarks>
    /// Scope: the cases whose every result is a Length, Weight, Area or Speed (upstream files "Gallon" under Weight;
    /// it is a volume and stays out), plus every negative case (empty Results), which must yield no claim at all.
    /// A result with no number (<c>metric ton</c> in "a metric ton is equal to …") names a unit, not a value, and is not
    /// expected. Recognizers reads "eight to 10 feet" as "10 feet": a single expected value matches either end of a range
    /// claim. Claims of other quantities (durations, counts, percentages) are outside this model and ignored.
    /// </remarks>
    [SharedFact]
    public void Extract_RecognizersDimensionSuite_PassesAtLeastNinetyPercent()
    {
        using var suite = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("peer-suites/recognizers-text/DimensionModel.json")));
        var score = new PeerSuiteScore();
        foreach (var testCase in suite.RootElement.EnumerateArray())
        {
            var input = testCase.GetProperty("Input").GetString()!;
            var results = testCase.GetProperty("Results").EnumerateArray().ToList();
            var negative = results.Count == 0;
            if (!negative && !results.All(InDimensionScope))
            {
                continue;
            }

            var expected = results
                .Where(r => r.GetProperty("Resolution").GetProperty("value").ValueKind == JsonValueKind.String)
                .Select(ToRecognizersExpectation)
                .ToList();
            var claims = QuantityExtractor.Default.Extract("suite", 0, input);
            var passed = negative
                ? claims.IsEmpty
                : Matches(expected, claims.Where(c => PeerUnits.DimensionQuantities.Contains(c.Quantity)).ToList(), eitherEnd: true);
            score.Record(input, negative, passed, expected, claims);
        }

        output.WriteLine(score.Summary("Recognizers-Text DimensionModel (Length, Weight, Area, Speed + negatives)"));
        Assert.True(score.Rate >= 0.90, $"pass rate {score.Rate:P1} is below 90%");
    }

    /// <remarks>
    /// Scope: the cases with at least one length, mass, duration, speed, area or percentage, compared on those
    /// quantities only (bare numbers, money and other units are outside the contract), plus the cases that expect
    /// nothing, which must yield no claim at all. Ranges are compared end to end (quantulum stores midpoint and
    /// half-width). A bracketed conversion right after a value ("1,500,000 kilometres (930,000 mi)") is one claim by
    /// the contract, so the expected pair counts once.
    /// </remarks>
    [SharedFact]
    public void Extract_Quantulum3Suite_PassesAtLeastEightyFivePercent()
    {
        using var suite = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("peer-suites/quantulum3/quantities.json")));
        var score = new PeerSuiteScore();
        foreach (var testCase in suite.RootElement.EnumerateArray())
        {
            var input = testCase.GetProperty("req").GetString()!;
            var results = testCase.GetProperty("res").EnumerateArray().ToList();
            var negative = results.Count == 0;
            var expected = results
                .Where(r => PeerUnits.TryQuantulum(r.GetProperty("unit").GetString()!, out _))
                .Select(ToQuantulumExpectation)
                .ToList();
            if (!negative && expected.Count == 0)
            {
                continue;
            }

            expected = CollapseBracketedConversions(input, expected);
            var claims = QuantityExtractor.Default.Extract("suite", 0, input);
            var passed = negative
                ? claims.IsEmpty
                : Matches(expected, claims.Where(c => PeerUnits.QuantulumQuantities.Contains(c.Quantity)).ToList(), eitherEnd: false);
            score.Record(input, negative, passed, expected, claims);
        }

        output.WriteLine(score.Summary("quantulum3 quantities.json (lengths, masses, durations, speeds, areas, percentages + negatives)"));
        Assert.True(score.Rate >= 0.85, $"pass rate {score.Rate:P1} is below 85%");
    }

    private static bool InDimensionScope(JsonElement result)
    {
        var resolution = result.GetProperty("Resolution");
        return DimensionSubtypes.Contains(resolution.GetProperty("subtype").GetString())
            && resolution.GetProperty("unit").GetString() != "Gallon";
    }

    private static PeerExpectation ToRecognizersExpectation(JsonElement result)
    {
        var resolution = result.GetProperty("Resolution");
        var unit = resolution.GetProperty("unit").GetString()!;
        var value = double.Parse(resolution.GetProperty("value").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        if (!PeerUnits.TryRecognizers(unit, out var si))
        {
            throw new InvalidOperationException($"no SI mapping for Recognizers unit '{unit}'; add it to PeerUnits");
        }

        return new PeerExpectation(si.Quantity, value * si.Factor, value * si.Factor, result.GetProperty("Text").GetString()!);
    }

    private static PeerExpectation ToQuantulumExpectation(JsonElement result)
    {
        PeerUnits.TryQuantulum(result.GetProperty("unit").GetString()!, out var si);
        var value = result.GetProperty("value").GetDouble();
        var uncertainty = result.TryGetProperty("uncertainty", out var u) && u.ValueKind == JsonValueKind.Number ? u.GetDouble() : 0;
        return new PeerExpectation(si.Quantity, (value - uncertainty) * si.Factor, (value + uncertainty) * si.Factor, result.GetProperty("surface").GetString()!);
    }

    private static List<PeerExpectation> CollapseBracketedConversions(string input, List<PeerExpectation> expected)
    {
        var kept = new List<PeerExpectation>();
        foreach (var next in expected)
        {
            if (kept.Count > 0 && kept[^1] is var previous && previous.Quantity == next.Quantity
                && IsBracketedAfter(input, previous.Surface, next.Surface)
                && Math.Abs(previous.SiLow - next.SiLow) <= 0.2 * Math.Max(previous.SiLow, next.SiLow))
            {
                continue;
            }

            kept.Add(next);
        }

        return kept;
    }

    private static bool IsBracketedAfter(string input, string first, string second)
    {
        var end = input.IndexOf(first, StringComparison.Ordinal) + first.Length;
        var rest = input.AsSpan(end).TrimStart();
        return rest.StartsWith("(") && rest[1..].TrimStart().StartsWith(second);
    }

    private static bool Matches(List<PeerExpectation> expected, List<Claim> actual, bool eitherEnd)
    {
        if (expected.Count != actual.Count)
        {
            return false;
        }

        var unused = new List<Claim>(actual);
        foreach (var e in expected)
        {
            var match = unused.FirstOrDefault(c => c.Quantity == e.Quantity && (eitherEnd && e.SiLow == e.SiHigh
                ? PeerSuiteScore.Close(e.SiLow, c.SiLow) || PeerSuiteScore.Close(e.SiLow, c.SiHigh)
                : PeerSuiteScore.Close(e.SiLow, c.SiLow) && PeerSuiteScore.Close(e.SiHigh, c.SiHigh)));
            if (match is null)
            {
                return false;
            }

            unused.Remove(match);
        }

        return true;
    }
}
