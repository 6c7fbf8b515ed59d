using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Flags a weight that cannot go with a length of the same animal: k = mass / length³ must fall in the band
/// the calibration species span for that kind of length (head-and-body length, shoulder height, standing height).</summary>
internal static class MassLengthAllometryRule
{
    private static readonly string[] Lengths = [NumericAttributes.BodyLength, NumericAttributes.ShoulderHeight, NumericAttributes.Height];

    public static void Check(string subject, IReadOnlyList<ReconcileItem> claims, MassLengthAllometryOptions options, List<FlagDraft> flags)
    {
        if (!options.AppliesTo.Contains(ShoulderHeightRatioRule.GroupOf(subject)))
        {
            return;
        }

        var weights = claims.Where(c => c.Record.Attribute == NumericAttributes.Weight).ToList();
        foreach (var attribute in Lengths)
        {
            if (options.BandFor(attribute) is not { } band)
            {
                continue;
            }

            // One flag per weight and kind of length naming every length it cannot go with (not one per pair), or, for a
            // length that fits almost none of the weights, one flag on that length.
            var lengths = claims.Where(c => c.Record.Attribute == attribute).ToList();
            foreach (var (odd, against) in OddClaims.Blame(weights, lengths, (w, l) => !Fits(w, l, band)))
            {
                var oddIsWeight = odd.Record.Attribute == NumericAttributes.Weight;
                var (weight, length) = oddIsWeight ? (odd, against[0]) : (against[0], odd);
                var k = weight.Numeric.Representative / Math.Pow(length.Numeric.Representative, 3);
                var others = against.Count > 1 ? $" (and {against.Count - 1} more {(oddIsWeight ? "lengths" : "weights")})" : string.Empty;
                var pairing = oddIsWeight
                    ? $"weight {weight.Numeric.Plain()} for a {NumericKeyReconciler.Words(attribute)} of {length.Numeric.Plain()}{others}"
                    : $"{NumericKeyReconciler.Words(attribute)} {length.Numeric.Plain()} for a weight of {weight.Numeric.Plain()}{others}";
                flags.Add(FlagDraft.Of(
                    FlagDraft.Implausible,
                    options.Name,
                    [.. against, odd],
                    $"{pairing} gives {NumericValue.Number(Math.Round(k, k < 10 ? 2 : 0))} kg/m3 (mass over length cubed); animals of that build span " +
                    $"{NumericValue.Number(Math.Round(band.Min, 1))}-{NumericValue.Number(Math.Round(band.Max))}"));
            }
        }
    }

    private static bool Fits(ReconcileItem weight, ReconcileItem length, (double Min, double Max) band)
    {
        var m = weight.Numeric.Widened;
        var l = length.Numeric.Widened;

        // "up to 120 lb" is what the largest animals reach, so it is held against the largest length.
        var massLow = weight.Numeric.Bound == NumericValue.BoundKind.Upper ? weight.Numeric.High : m.Low;
        var lowest = double.IsFinite(l.High) && l.High > 0 ? massLow / (l.High * l.High * l.High) : 0;
        var highest = l.Low > 0 ? m.High / (l.Low * l.Low * l.Low) : double.PositiveInfinity;
        return lowest <= band.Max && highest >= band.Min;
    }
}
