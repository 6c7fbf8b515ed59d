using CsvHelper;

namespace FactMiner.Core.Tests.Export;

/// <summary>A row of an exported flags CSV as CsvHelper reads it back.</summary>
[CsvRecord]
internal sealed partial record FlagCsvRow(
    [property: CsvColumn("id")] string Id,
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("rule")] string Rule,
    [property: CsvColumn("status")] string Status,
    [property: CsvColumn("subject")] string? Subject,
    [property: CsvColumn("attribute")] string? Attribute,
    [property: CsvColumn("claims")] string Claims,
    [property: CsvColumn("message")] string Message,
    [property: CsvColumn("decided_by")] string? DecidedBy,
    [property: CsvColumn("decided_at")] DateTimeOffset? DecidedAt,
    [property: CsvColumn("note")] string? Note);
