namespace FactMiner.Core.Review;

/// <summary>
/// <c>factminer review import</c>: applies the decisions of a returned claims sheet all or nothing, through
/// <see cref="ReviewService.DecideClaims"/> (one audit decision, flags settled, facts recomputed), or refuses the whole
/// sheet with every row that has a problem and why.
/// </summary>
public static class DecisionSheetImport
{
    /// <exception cref="DecisionSheetException">The sheet cannot be read at all.</exception>
    public static SheetImportReport Apply(ReviewService service, string path, string by, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(service);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        var (read, refused, rows, decided) = DecisionSheet.Read(path);

        // A claim decided in two rows: report the later rows with the first, and check only the first against the store.
        var decisions = new List<(int Row, ClaimDecision Decision)>();
        var firstRow = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (row, decision) in read)
        {
            if (firstRow.TryGetValue(decision.ClaimId, out var first))
            {
                refused.Add(new RefusedRow(row, decision.ClaimId, $"claim {decision.ClaimId} is also decided in row {first}; keep one decision per claim"));
            }
            else
            {
                firstRow[decision.ClaimId] = row;
                decisions.Add((row, decision));
            }
        }

        var batch = decisions.Select(d => d.Decision).ToList();
        if (refused.Count > 0)
        {
            refused.AddRange(service.CheckClaims(batch).Select(p => Refused(decisions, p)));
            return Report(path, rows, decided, refused, null);
        }

        try
        {
            return Report(path, rows, decided, refused, service.DecideClaims(batch, by, note));
        }
        catch (ClaimDecisionException e)
        {
            return Report(path, rows, decided, [.. e.Problems.Select(p => Refused(decisions, p))], null);
        }
    }

    private static RefusedRow Refused(List<(int Row, ClaimDecision Decision)> decisions, ClaimDecisionProblem problem) =>
        new(decisions[problem.Index].Row, problem.ClaimId, problem.Reason);

    private static SheetImportReport Report(string path, int rows, int decided, List<RefusedRow> refused, ClaimDecisionsOutcome? applied) =>
        new(path, rows, decided, [.. refused.OrderBy(r => r.Row)], applied);
}
