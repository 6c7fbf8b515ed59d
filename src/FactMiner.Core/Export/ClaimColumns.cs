using FactMiner.Core.Review;

namespace FactMiner.Core.Export;

/// <summary>
/// The columns of <c>export --what claims</c>: every claim with its value, review state and evidence (document, sentence,
/// offsets). A curator adds a <c>decision</c> column to this sheet and sends it back with <c>review import</c>.
/// </summary>
internal static class ClaimColumns
{
    public const string ClaimId = "claim_id";

    public const string Status = "status";

    public static readonly ExportTable<ClaimListing> Table = new(
        new TextColumn<ClaimListing>(ClaimId, c => c.ClaimId, nullable: false),
        new TextColumn<ClaimListing>("subject", c => c.Subject),
        new TextColumn<ClaimListing>("attribute", c => c.Attribute, nullable: false),
        new TextColumn<ClaimListing>("quantity", c => c.Quantity),
        new RealColumn<ClaimListing>("low", c => c.Low),
        new RealColumn<ClaimListing>("high", c => c.High),
        new TextColumn<ClaimListing>("unit", c => c.Unit),
        new RealColumn<ClaimListing>("si_low", c => c.SiLow),
        new RealColumn<ClaimListing>("si_high", c => c.SiHigh),
        new TextColumn<ClaimListing>("si_unit", c => c.SiUnit),
        new TextColumn<ClaimListing>("category", c => c.Category),
        new TextColumn<ClaimListing>("authority", c => c.Authority),
        new IntegerColumn<ClaimListing>("year", c => c.Year),
        new TextListColumn<ClaimListing>("qualifiers", c => c.Qualifiers),
        new TextColumn<ClaimListing>(Status, c => c.Status, nullable: false),
        new RealColumn<ClaimListing>("corrected_low", c => c.CorrectedLow),
        new RealColumn<ClaimListing>("corrected_high", c => c.CorrectedHigh),
        new TextColumn<ClaimListing>("corrected_unit", c => c.CorrectedUnit),
        new TextColumn<ClaimListing>("kind", c => c.Kind, nullable: false),
        new TextColumn<ClaimListing>("document", c => c.Document, nullable: false),
        new TextColumn<ClaimListing>("document_sha256", c => c.DocumentHash, nullable: false),
        new IntegerColumn<ClaimListing>("sentence_index", c => c.SentenceIndex, nullable: false),
        new IntegerColumn<ClaimListing>("sentence_start", c => c.SentenceStart, nullable: false),
        new TextColumn<ClaimListing>("sentence", c => c.SentenceText, nullable: false),
        new TextColumn<ClaimListing>("text", c => c.Text, nullable: false),
        new IntegerColumn<ClaimListing>("start", c => c.Start, nullable: false),
        new IntegerColumn<ClaimListing>("end", c => c.End, nullable: false),
        new TimestampColumn<ClaimListing>("first_seen", c => c.FirstSeen),
        new TextColumn<ClaimListing>("reviewed_by", c => c.ReviewedBy),
        new TimestampColumn<ClaimListing>("reviewed_at", c => c.ReviewedAt),
        new TextColumn<ClaimListing>("note", c => c.Note));
}
