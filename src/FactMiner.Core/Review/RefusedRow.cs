namespace FactMiner.Core.Review;

/// <summary>A row of a decisions sheet that was refused, and why.</summary>
/// <param name="Row">The row as a spreadsheet numbers it: the header is row 1, the first claim row 2.</param>
public sealed record RefusedRow(int Row, string ClaimId, string Reason);
