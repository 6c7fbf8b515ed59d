using FactMiner.Core.Review;

namespace FactMiner.Core.Export;

/// <summary>The columns of <c>export --what flags</c>: the review queue and what curators decided.</summary>
internal static class FlagColumns
{
    public static readonly ExportTable<FlagListing> Table = new(
        new TextColumn<FlagListing>("id", f => f.Label, nullable: false),
        new TextColumn<FlagListing>("kind", f => f.Kind, nullable: false),
        new TextColumn<FlagListing>("rule", f => f.Rule, nullable: false),
        new TextColumn<FlagListing>("status", f => f.Status, nullable: false),
        new TextColumn<FlagListing>("subject", f => f.Subject),
        new TextColumn<FlagListing>("attribute", f => f.Attribute),
        new TextListColumn<FlagListing>("claims", f => f.ClaimIds),
        new TextColumn<FlagListing>("message", f => f.Message, nullable: false),
        new TextColumn<FlagListing>("decided_by", f => f.DecidedBy),
        new TimestampColumn<FlagListing>("decided_at", f => f.DecidedAt),
        new TextColumn<FlagListing>("note", f => f.Note));
}
