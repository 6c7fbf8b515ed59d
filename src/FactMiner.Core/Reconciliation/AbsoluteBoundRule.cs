namespace FactMiner.Core.Reconciliation;

/// <summary>Flags a value no animal reaches (a land animal taller than 6.5 m, heavier than 200 t), whatever its subject.</summary>
internal static class AbsoluteBoundRule
{
    public static void Check(ReconcileItem claim, AbsoluteBoundOptions options, List<FlagDraft> flags)
    {
        var value = claim.Numeric;
        foreach (var bound in options.Bounds)
        {
            if (bound.Attribute != claim.Record.Attribute)
            {
                continue;
            }

            // What the claim asserts is reached: its upper end, or for "more than x" x itself; shrunk by its tolerance.
            var reached = (value.Bound == NumericValue.BoundKind.Lower ? value.Low : value.High) * (1 - value.Tolerance);
            if (bound.Max is { } max && reached > max)
            {
                flags.Add(FlagDraft.Of(
                    FlagDraft.Implausible,
                    options.Name,
                    [claim],
                    $"{NumericKeyReconciler.Words(bound.Attribute)} {value.Describe()} exceeds {value.InTextUnit(max)}, more than any animal: {bound.Reference}"));
            }

            var least = (value.Bound == NumericValue.BoundKind.Upper ? double.NaN : value.Low) * (1 + value.Tolerance);
            if (bound.Min is { } min && least < min)
            {
                flags.Add(FlagDraft.Of(
                    FlagDraft.Implausible,
                    options.Name,
                    [claim],
                    $"{NumericKeyReconciler.Words(bound.Attribute)} {value.Describe()} is below {value.InTextUnit(min)}, less than any animal: {bound.Reference}"));
            }
        }
    }
}
