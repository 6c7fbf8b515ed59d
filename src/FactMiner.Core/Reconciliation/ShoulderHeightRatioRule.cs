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
        var shoulders = claims.Where(c => c.Record.Attribute == NumericAttributes.ShoulderHeight);

        // One flag per shoulder height, naming every standing height it cannot go with: a page that states its heights
        // many times should give a curator one decision per claim, not one per pair.
        foreach (var shoulder in shoulders)
        {
            var against = heights.Where(h => h.Context.CompatibleWith(shoulder.Context) && !Fits(h, shoulder, min, options.Max)).ToList();
            if (against.Count == 0)
            {
                continue;
            }

            var height = against[0];
            var ratio = shoulder.Numeric.Representative / height.Numeric.Representative;
            var others = against.Count > 1 ? $" (and {against.Count - 1} more standing heights)" : string.Empty;
            flags.Add(FlagDraft.Of(
                FlagDraft.Implausible,
                options.Name,
                [.. against, shoulder],
                $"shoulder height {shoulder.Numeric.Plain()} is {ratio.ToString("0.00", CultureInfo.InvariantCulture)} of standing height {height.Numeric.Plain()}{others}; " +
                $"{(longNecked ? "long-necked animals" : "quadrupeds")} stand {Band(min)}-{Band(options.Max)}"));
        }
    }

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
