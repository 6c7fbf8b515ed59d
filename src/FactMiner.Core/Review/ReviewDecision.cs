using System.Collections.Immutable;

namespace FactMiner.Core.Review;

/// <summary>
/// One decision on one flag: which of its claims to accept, reject or correct, or to defer it. Accepting every claim is
/// "keep both" (not a contradiction after all); rejecting every claim is "reject both".
/// </summary>
public sealed record ReviewDecision(long FlagId, string By)
{
    public ImmutableArray<string> Accept { get; init; } = [];

    public ImmutableArray<string> Reject { get; init; } = [];

    public ImmutableArray<ClaimCorrection> Corrections { get; init; } = [];

    public bool Defer { get; init; }

    public string? Note { get; init; }

    /// <summary>Every problem with the decision itself, in one list; empty when it can be applied.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(By))
        {
            problems.Add("say who decides (--by NAME)");
        }

        if (!Defer && Accept.IsEmpty && Reject.IsEmpty && Corrections.IsEmpty)
        {
            problems.Add("decide something: --accept, --reject, --correct or --defer");
        }

        if (Defer && !(Accept.IsEmpty && Reject.IsEmpty && Corrections.IsEmpty))
        {
            problems.Add("--defer cannot be combined with --accept, --reject or --correct");
        }

        var named = Accept.Concat(Reject).Concat(Corrections.Select(c => c.ClaimId)).ToList();
        foreach (var twice in named.GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"claim {twice.Key} is decided more than once");
        }

        foreach (var correction in Corrections.Where(c => c.Low > c.High || !double.IsFinite(c.Low) || !double.IsFinite(c.High)))
        {
            problems.Add($"correction of {correction.ClaimId}: low {correction.Low} must be a number no greater than high {correction.High}");
        }

        return problems;
    }
}
