using System.Globalization;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;

namespace FactMiner.Core.Reconciliation;

/// <summary>Flags a shoulder height that cannot go with a standing height of the same animal: a quadruped's shoulder
/// stands at 0.6-1.0 of its height ("60 cm tall" with "a shoulder height of 20 cm" is 0.33).</summary>
internal static class ShoulderHeightRatioRule
{
    public static void Check(string subject, IReadOnlyList<ReconcileItem> claims, ShoulderHeightRatioOptions options, List<FlagDraft> flags)
    {
        if (!options.AppliesTo.Contains(GroupOf(subject)))
        {
            return;
        }

        var longNecked = options.LongNeckedHeads.Contains(subject[(subject.LastIndexOf(' ') + 1)..]);
        var min = longNecked ? options.LongNeckedMin : options.Min;
        var heights = claims.Where(c => c.Record.Attribute == NumericAttributes.Height).ToList();
        var shoulders = claims.Where(c => c.Record.Attribute == NumericAttributes.ShoulderHeight).ToList();

        // One flag per shoulder height, naming every standing height it cannot go with: a page that states its heights
        // many times should give a curator one decision per claim, not one per pair. A standing height that fits almost
        // none of the shoulder heights is the odd one instead, and carries the one flag.
        foreach (var (odd, against) in OddClaims.Blame(shoulders, heights, (s, h) => !Fits(h, s, min, options.Max)))
        {
            var oddIsShoulder = odd.Record.Attribute == NumericAttributes.ShoulderHeight;
            var (shoulder, height) = oddIsShoulder ? (odd, against[0]) : (against[0], odd);
            var ratio = shoulder.Numeric.Representative / height.Numeric.Representative;
            var others = against.Count > 1 ? $" (and {against.Count - 1} more {(oddIsShoulder ? "standing heights" : "shoulder heights")})" : string.Empty;
            var pairing = oddIsShoulder
                ? $"shoulder height {shoulder.Numeric.Plain()} is {Ratio(ratio)} of standing height {height.Numeric.Plain()}{others}"
                : $"standing height {height.Numeric.Plain()} puts shoulder height {shoulder.Numeric.Plain()}{others} at {Ratio(ratio)} of it";
            flags.Add(FlagDraft.Of(
                FlagDraft.Implausible,
                options.Name,
                [.. against, odd],
                $"{pairing}; {(longNecked ? "long-necked animals" : "quadrupeds")} stand {Band(min)}-{Band(options.Max)}"));
        }
    }

    private static string Ratio(double ratio) => ratio.ToString("0.00", CultureInfo.InvariantCulture);

    private static bool Fits(ReconcileItem height, ReconcileItem shoulder, double min, double max)
    {
        var h = height.Numeric.Widened;
        var s = shoulder.Numeric.Widened;
        var highest = h.Low > 0 ? s.High / h.Low : double.PositiveInfinity;
        var lowest = double.IsFinite(h.High) && h.High > 0 ? s.Low / h.High : 0;
        return highest >= min && lowest <= max;
    }

    /// <summary>The animal group name the rules use for a subject: its head's group, <c>unknown</c> when not listed.</summary>
    public static string GroupOf(string subject) => OrganismNouns.ClassOf(subject).ToString().ToLowerInvariant();

    private static string Band(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
