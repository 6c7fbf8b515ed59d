using CsvHelper;

namespace FactMiner.Core.Tests.Support;

/// <summary>Does what a curator does in a spreadsheet: takes an exported claims CSV, adds a decision column, saves it.</summary>
internal static class DecisionSheetFile
{
    /// <param name="decisions">Decision per claim id; claims not named get an empty cell.</param>
    /// <param name="extraRows">Rows typed in by hand below the exported ones: (claim_id, decision), other cells empty.</param>
    public static void Write(string exported, string sheet, IReadOnlyDictionary<string, string> decisions, char separator = ',', params (string ClaimId, string Decision)[] extraRows)
    {
        using var reader = CsvReader.FromFile(exported);
        using var writer = CsvWriter.ToFile(sheet, CsvWriterOptions.Default with { Separator = separator });
        var header = reader.Headers.ToList();
        writer.WriteRecord([.. header, "decision"]);
        var idColumn = header.IndexOf("claim_id");
        while (reader.Read())
        {
            var fields = Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToList();
            fields.Add(decisions.GetValueOrDefault(fields[idColumn], string.Empty));
            writer.WriteRecord([.. fields]);
        }

        foreach (var (claimId, decision) in extraRows)
        {
            var fields = Enumerable.Repeat(string.Empty, header.Count + 1).ToArray();
            fields[idColumn] = claimId;
            fields[^1] = decision;
            writer.WriteRecord(fields);
        }
    }
}
