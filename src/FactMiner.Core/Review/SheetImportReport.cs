namespace FactMiner.Core.Review;

/// <summary>What <c>review import</c> did with a decisions sheet: applied all of it, or refused it with every reason.</summary>
/// <param name="Rows">Claim rows read from the sheet.</param>
/// <param name="Decisions">Rows that carried a decision (the others were left undecided).</param>
/// <param name="Applied">The outcome when applied; null when refused.</param>
public sealed record SheetImportReport(string Path, int Rows, int Decisions, IReadOnlyList<RefusedRow> Refused, ClaimDecisionsOutcome? Applied);
