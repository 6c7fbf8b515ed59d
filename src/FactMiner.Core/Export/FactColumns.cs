using FactMiner.Core.Review;

namespace FactMiner.Core.Export;

/// <summary>The columns of <c>export --what facts</c>: what the sources agree on, with support, provenance and review.</summary>
internal static class FactColumns
{
    public static readonly ExportTable<FactListing> Table = new(
        new TextColumn<FactListing>("subject", f => f.Subject, nullable: false),
        new TextColumn<FactListing>("attribute", f => f.Attribute, nullable: false),
        new TextColumn<FactListing>("quantity", f => f.Quantity),
        new RealColumn<FactListing>("low", f => f.Low),
        new RealColumn<FactListing>("high", f => f.High),
        new TextColumn<FactListing>("unit", f => f.Unit),
        new RealColumn<FactListing>("si_low", f => f.SiLow),
        new RealColumn<FactListing>("si_high", f => f.SiHigh),
        new TextColumn<FactListing>("si_unit", f => f.SiUnit),
        // A categorical fact (conservation status, diet...) has its value here and no numbers.
        new TextColumn<FactListing>("category", f => f.Category),
        new TextListColumn<FactListing>("qualifiers", f => f.Qualifiers),
        new TextColumn<FactListing>("status", f => f.Status, nullable: false),
        new IntegerColumn<FactListing>("support", f => f.Support, nullable: false),
        new TextListColumn<FactListing>("sources", f => f.Sources),
        new TimestampColumn<FactListing>("first_seen", f => f.FirstSeen),
        new TextColumn<FactListing>("reviewed_by", f => f.ReviewedBy),
        new TimestampColumn<FactListing>("reviewed_at", f => f.ReviewedAt),
        new TextColumn<FactListing>("note", f => f.Note));
}
