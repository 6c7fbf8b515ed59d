using System.CommandLine;
using FactMiner.Core.Review;

namespace FactMiner.Cli;

/// <summary>The filter and format options shared by <c>flags</c>, <c>facts</c> and <c>claims</c>.</summary>
internal sealed class ListingOptions
{
    public ListingOptions(string defaultStatus, params string[] statuses)
    {
        Status.DefaultValueFactory = _ => defaultStatus;
        Status.AcceptOnlyFromAmong([.. statuses, "all"]);
        Format.AcceptOnlyFromAmong("table", "jsonl");
    }

    public Option<string> Db { get; } = DbOption.Create();

    public Option<string> Status { get; } = new("--status") { Description = "Only rows with this status." };

    public Option<string?> Subject { get; } = new("--subject") { Description = "Only this subject, e.g. 'snow leopard'." };

    public Option<string?> Attribute { get; } = new("--attribute") { Description = "Only this attribute, e.g. weight." };

    public Option<string?> Rule { get; } = new("--rule") { Description = "Only flags of this rule (or claims in such flags), e.g. shoulder-height-ratio." };

    public Option<int> Limit { get; } = new("--limit") { Description = "At most this many rows.", DefaultValueFactory = _ => 1000 };

    public Option<string> Format { get; } = new("--format") { Description = "table for people, jsonl for scripts.", DefaultValueFactory = _ => "table" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Db, Status, Subject, Attribute, Rule, Limit, Format })
        {
            command.Options.Add(option);
        }
    }

    public ListingFilter Filter(ParseResult parseResult) => new()
    {
        Status = parseResult.GetValue(Status)!,
        Subject = parseResult.GetValue(Subject)?.Trim().ToLowerInvariant(),
        Attribute = parseResult.GetValue(Attribute),
        Rule = parseResult.GetValue(Rule),
        Limit = parseResult.GetValue(Limit),
    };
}
