using CsvHelper;
using FactMiner.Core.Export;

namespace FactMiner.Core.Review;

/// <summary>
/// The columns of a returned claims sheet that the import reads: the claim, the curator's decision, and the status the
/// claim had when exported (to catch decisions made by someone else in between). Every other column is ignored.
/// </summary>
[CsvRecord]
internal sealed partial record DecisionSheetRow(
    [property: CsvColumn(ClaimColumns.ClaimId)] string ClaimId,
    [property: CsvColumn(DecisionSheetRow.DecisionColumn)] string Decision,
    [property: CsvColumn(ClaimColumns.Status, Optional = true)] string? Status = null)
{
    public const string DecisionColumn = "decision";
}
