using CsvHelper;
using FactMiner.Core.Export;

namespace FactMiner.Core.Review;

/// <summary>
/// Reads a claims sheet a curator sends back: the CSV of <c>export --what claims</c> with a <c>decision</c> column added.
/// Each row's decision is <c>accept</c>, <c>reject</c>, a corrected value with its unit (<c>50 cm</c>, <c>15-38 lb</c>),
/// or empty for no decision. The separator is detected, so a sheet saved with semicolons by a spreadsheet reads too.
/// </summary>
internal static class DecisionSheet
{
    private static readonly CsvReaderOptions Options = new() { TrimWhitespace = true };

    /// <summary>The decisions of the sheet (by index, with their rows) and the rows whose decision cannot even be read.</summary>
    /// <exception cref="DecisionSheetException">The file is missing, is not CSV or lacks the claim_id or decision column.</exception>
    public static (List<(int Row, ClaimDecision Decision)> Decisions, List<RefusedRow> Refused, int Rows, int Decided) Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new DecisionSheetException($"no file {path}: pass the CSV exported with 'factminer export --what claims' and a decision column added");
        }

        var decisions = new List<(int, ClaimDecision)>();
        var refused = new List<RefusedRow>();
        var rows = 0;
        try
        {
            using var reader = CsvReader.FromFile(path, Options);
            var missing = new[] { ClaimColumns.ClaimId, DecisionSheetRow.DecisionColumn }.Where(name => !reader.TryGetFieldIndex(name, out _)).ToList();
            if (missing.Count > 0)
            {
                throw new DecisionSheetException(
                    $"{path} has no {string.Join(" or ", missing)} column: send back the sheet of 'factminer export --what claims' with a column named "
                    + $"'{DecisionSheetRow.DecisionColumn}' holding accept, reject or a corrected value such as '50 cm'");
            }

            foreach (var record in reader.GetRecords<DecisionSheetRow>())
            {
                rows++;
                var row = (int)reader.RowNumber + 1;
                var claimId = SpreadsheetText.Restore(record.ClaimId);
                var text = record.Decision.Trim();
                if (text.Length == 0)
                {
                    continue;
                }

                if (claimId.Length == 0)
                {
                    refused.Add(new RefusedRow(row, string.Empty, $"the row decides '{text}' but its claim_id cell is empty"));
                }
                else if (TryParse(claimId, text, out var decision))
                {
                    decisions.Add((row, decision with { SeenStatus = record.Status is { Length: > 0 } status ? SpreadsheetText.Restore(status) : null }));
                }
                else
                {
                    refused.Add(new RefusedRow(row, claimId,
                        $"'{text}' is not a decision: write accept, reject, or a corrected value with its unit such as '50 cm' or '15-38 lb'"));
                }
            }
        }
        catch (CsvFormatException e)
        {
            throw new DecisionSheetException($"{path} is not a readable CSV ({e.Message}); save the sheet as CSV and try again", e);
        }

        // Every row refused here carried a decision too: it just could not be read.
        return (decisions, refused, rows, decisions.Count + refused.Count);
    }

    internal static bool TryParse(string claimId, string text, out ClaimDecision decision)
    {
        if (text.Equals("accept", StringComparison.OrdinalIgnoreCase) || text.Equals("accepted", StringComparison.OrdinalIgnoreCase))
        {
            decision = ClaimDecision.Accept(claimId);
            return true;
        }

        if (text.Equals("reject", StringComparison.OrdinalIgnoreCase) || text.Equals("rejected", StringComparison.OrdinalIgnoreCase))
        {
            decision = ClaimDecision.Reject(claimId);
            return true;
        }

        var parsed = CorrectionParser.TryParseValue(text, out var low, out var high, out var unit);
        decision = ClaimDecision.Correct(new ClaimCorrection(claimId, low, high, unit));
        return parsed;
    }
}
