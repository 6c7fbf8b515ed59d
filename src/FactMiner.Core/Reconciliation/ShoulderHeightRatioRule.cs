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
        var heights = claims.Where(c => c.Record.Attribute == NumericAttributes.Height);
        var shoulders = claims.Where(c => c.Record.Attribute == NumericAttributes.ShoulderHeight).ToList();
        foreach (var height in heights)
        {
            foreach (var shoulder in shoulders.Where(s => s.Context.CompatibleWith(height.Context)))
            {
                var h = height.Numeric.Widened;
                var s = shoulder.Numeric.Widened;
                var highest = h.Low > 0 ? s.High / h.Low : double.PositiveInfinity;
                var lowest = double.IsFinite(h.High) && h.High > 0 ? s.Low / h.High : 0;
                if (highest >= min && lowest <= options.Max)
                {
                    continue;
                }

                var ratio = shoulder.Numeric.Representative / height.Numeric.Representative;
                flags.Add(FlagDraft.Of(
                    FlagDraft.Implausible,
                    options.Name,
                    [height, shoulder],
                    $"shoulder height {shoulder.Numeric.Plain()} is {ratio.ToString("0.00", CultureInfo.InvariantCulture)} of standing height {height.Numeric.Plain()}; " +
                    $"{(longNecked ? "long-necked animals" : "quadrupeds")} stand {Band(min)}-{Band(options.Max)}"));
            }
        }
    }

    /// <summary>The animal group name the rules use for a subject: its head's group, <c>unknown</c> when not listed.</summary>
    public static string GroupOf(string subject) => OrganismNouns.ClassOf(subject).ToString().ToLowerInvariant();

    private static string Band(double value) => value.ToString("0.0##", CultureInfo.InvariantCulture);
}
