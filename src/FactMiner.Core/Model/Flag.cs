using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>A contradiction or an implausibility found by reconciliation: ordinary output, not an error.</summary>
/// <param name="Kind"><c>conflict</c> or <c>implausible</c>.</param>
/// <param name="Rule">Stable kebab-case name of the rule that fired.</param>
/// <param name="ClaimIds">Every claim involved, numeric or categorical.</param>
/// <param name="Message">One sentence with the numbers in the text's own units.</param>
public sealed record Flag(string Id, string Kind, string Rule, ImmutableArray<string> ClaimIds, string Message);
