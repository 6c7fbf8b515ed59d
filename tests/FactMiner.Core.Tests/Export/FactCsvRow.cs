using CsvHelper;

namespace FactMiner.Core.Tests.Export;

/// <summary>A row of an exported facts CSV as CsvHelper reads it back.</summary>
[CsvRecord]
internal sealed partial record FactCsvRow(
    [property: CsvColumn("subject")] string Subject,
    [property: CsvColumn("attribute")] string Attribute,
    [property: CsvColumn("quantity")] string? Quantity,
    [property: CsvColumn("low")] double? Low,
    [property: CsvColumn("high")] double? High,
    [property: CsvColumn("unit")] string? Unit,
    [property: CsvColumn("si_low")] double? SiLow,
    [property: CsvColumn("si_high")] double? SiHigh,
    [property: CsvColumn("si_unit")] string? SiUnit,
    [property: CsvColumn("category")] string? Category,
    [property: CsvColumn("qualifiers")] string Qualifiers,
    [property: CsvColumn("status")] string Status,
    [property: CsvColumn("support")] int Support,
    [property: CsvColumn("sources")] string Sources,
    [property: CsvColumn("first_seen")] DateTimeOffset? FirstSeen,
    [property: CsvColumn("reviewed_by")] string? ReviewedBy,
    [property: CsvColumn("reviewed_at")] DateTimeOffset? ReviewedAt,
    [property: CsvColumn("note")] string? Note);
