using System.Globalization;
using FactMiner.Core.Extraction;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>
/// Checks a batch of claim decisions against the store as a whole and works out the changes, or every reason it
/// cannot be applied: unknown or retired claims, claims decided twice, corrections of categorical claims, units of the
/// wrong quantity, backwards ranges, and claims someone else decided since the decider looked.
/// </summary>
internal sealed class ClaimDecisionPlan
{
    private ClaimDecisionPlan(List<ClaimChange> changes, List<ClaimDecisionProblem> problems, int unchanged)
    {
        Changes = changes;
        Problems = problems;
        Unchanged = unchanged;
    }

    public IReadOnlyList<ClaimChange> Changes { get; }

    public IReadOnlyList<ClaimDecisionProblem> Problems { get; }

    public int Unchanged { get; }

    public static ClaimDecisionPlan Make(SqliteFactStore store, SqliteTransaction transaction, IReadOnlyList<ClaimDecision> decisions)
    {
        var claims = ClaimUnderReview.Load(store, transaction, decisions.Select(d => d.ClaimId));
        var changes = new List<ClaimChange>();
        var problems = new List<ClaimDecisionProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var unchanged = 0;
        for (var index = 0; index < decisions.Count; index++)
        {
            var decision = decisions[index];
            ClaimChange? change = null;
            var problem = seen.Add(decision.ClaimId)
                ? Check(decision, claims.GetValueOrDefault(decision.ClaimId), out change)
                : $"claim {decision.ClaimId} is decided more than once; keep one decision per claim";
            if (problem is not null)
            {
                problems.Add(new ClaimDecisionProblem(index, decision.ClaimId, problem));
            }
            else if (change is null)
            {
                unchanged++;
            }
            else
            {
                changes.Add(change);
            }
        }

        return new ClaimDecisionPlan(changes, problems, unchanged);
    }

    /// <summary>Null when the decision can be applied (<paramref name="change"/> null when it changes nothing), else why not.</summary>
    private static string? Check(ClaimDecision decision, ClaimUnderReview? claim, out ClaimChange? change)
    {
        change = null;
        if (claim is null)
        {
            return $"no claim {decision.ClaimId} in the store; keep the claim_id column as it was exported";
        }

        if (!claim.Active)
        {
            return $"claim {decision.ClaimId} belongs to an older version of {claim.Document}, replaced since the sheet was exported; export the claims again";
        }

        if (decision.SeenStatus is { } seen && !string.Equals(seen.Trim(), claim.State.Status, StringComparison.OrdinalIgnoreCase))
        {
            var who = claim.ReviewedBy is null ? string.Empty : $" by {claim.ReviewedBy} at {claim.ReviewedAt}";
            return $"claim {decision.ClaimId} is {claim.State.Status} now{who}, but was {seen} when the sheet was exported; "
                + "export the claims again and decide in the new sheet (the status column is not a decision: use the decision column)";
        }

        (string Action, ReviewedClaimState State, string? Problem) after = decision.Verdict switch
        {
            ClaimVerdict.Accept => ("accept", ReviewedClaimState.Pending with { Status = "accepted" }, null),
            ClaimVerdict.Reject => ("reject", ReviewedClaimState.Pending with { Status = "rejected" }, null),
            ClaimVerdict.Correct => Corrected(decision, claim),
            _ => (string.Empty, ReviewedClaimState.Pending, $"unknown verdict {decision.Verdict}"),
        };
        if (after.Problem is null && after.State != claim.State)
        {
            change = new ClaimChange(claim, after.Action, after.State);
        }

        return after.Problem;
    }

    private static (string Action, ReviewedClaimState State, string? Problem) Corrected(ClaimDecision decision, ClaimUnderReview claim)
    {
        if (decision.Correction is not { } correction)
        {
            return ("correct", ReviewedClaimState.Pending, $"claim {decision.ClaimId}: a correction needs its value and unit");
        }

        if (claim.Kind != "numeric" || claim.Quantity is null)
        {
            return ("correct", ReviewedClaimState.Pending, $"claim {decision.ClaimId} is categorical: decide it with accept or reject (a corrected value needs a numeric claim)");
        }

        if (!double.IsFinite(correction.Low) || !double.IsFinite(correction.High) || correction.Low > correction.High)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{correction.Low}-{correction.High}");
            return ("correct", ReviewedClaimState.Pending, $"the corrected range {range} runs backwards or is not a number; write the smaller value first");
        }

        var unit = UnitTable.Default.Find(correction.Unit);
        if (unit is null || unit.Quantity != claim.Quantity)
        {
            var examples = string.Join(", ", UnitTable.Default.All.Where(u => u.Quantity == claim.Quantity).Select(u => u.Symbol).Distinct().Take(5));
            var what = unit is null ? "not a unit FactMiner knows" : $"a unit of {unit.Quantity}";
            return ("correct", ReviewedClaimState.Pending, $"'{correction.Unit}' is {what}, but claim {decision.ClaimId} measures {claim.Quantity}; use a unit such as {examples}");
        }

        return ("correct", new ReviewedClaimState("corrected", correction.Low, correction.High, unit.Symbol, unit.ToSi(correction.Low), unit.ToSi(correction.High)), null);
    }
}
