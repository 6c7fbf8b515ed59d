namespace FactMiner.Web;

/// <summary>One decision for every flag a filter matches: <c>defer</c> or <c>keep-all</c>; <see cref="Expected"/> is the count the curator confirmed.</summary>
internal sealed record BulkRequest(string? By, string? Note, string? Action, string? Status, string? Subject, string? Attribute, string? Rule, int Expected);
