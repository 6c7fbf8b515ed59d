using CsvHelper;

namespace FactMiner.Core.Tests.Export;

/// <summary>A row of an exported claims CSV as CsvHelper reads it back: numbers as numbers, lists as their cell text.</summary>
[CsvRecord]
internal sealed partial record ClaimCsvRow(
    [property: CsvColumn("claim_id")] string ClaimId,
    [property: CsvColumn("subject")] string? Subject,
    [property: CsvColumn("attribute")] string Attribute,
    [property: CsvColumn("quantity")] string? Quantity,
    [property: CsvColumn("low")] double? Low,
    [property: CsvColumn("high")] double? High,
    [property: CsvColumn("unit")] string? Unit,
    [property: CsvColumn("si_low")] double? SiLow,
    [property: CsvColumn("si_high")] double? SiHigh,
    [property: CsvColumn("si_unit")] string? SiUnit,
    [property: CsvColumn("category")] string? Category,
    [property: CsvColumn("authority")] string? Authority,
    [property: CsvColumn("year")] int? Year,
    [property: CsvColumn("qualifiers")] string Qualifiers,
    [property: CsvColumn("status")] string Status,
    [property: CsvColumn("corrected_low")] double? CorrectedLow,
    [property: CsvColumn("corrected_high")] double? CorrectedHigh,
    [property: CsvColumn("corrected_unit")] string? CorrectedUnit,
    [property: CsvColumn("kind")] string Kind,
    [property: CsvColumn("document")] string Document,
    [property: CsvColumn("document_sha256")] string DocumentSha256,
    [property: CsvColumn("sentence_index")] int SentenceIndex,
    [property: CsvColumn("sentence_start")] int SentenceStart,
    [property: CsvColumn("sentence")] string Sentence,
    [property: CsvColumn("text")] string Text,
    [property: CsvColumn("start")] int Start,
    [property: CsvColumn("end")] int End,
    [property: CsvColumn("first_seen")] DateTimeOffset? FirstSeen,
    [property: CsvColumn("reviewed_by")] string? ReviewedBy,
    [property: CsvColumn("reviewed_at")] DateTimeOffset? ReviewedAt,
    [property: CsvColumn("note")] string? Note);
