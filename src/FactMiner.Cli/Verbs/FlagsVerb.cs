using System.CommandLine;
using System.Text.Json;
using FactMiner.Core.Review;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer flags</c>: the review queue.</summary>
internal static class FlagsVerb
{
    public static Command Create()
    {
        var options = new ListingOptions("open", "open", "resolved", "deferred");
        var command = new Command("flags", "List flagged claims (conflicts and implausible values) with their status; decide them with 'factminer review'.");
        options.AddTo(command);
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, options.Db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var flags = ReviewQueries.Flags(store, options.Filter(parseResult));
            if (parseResult.GetValue(options.Format) == "jsonl")
            {
                foreach (var flag in flags)
                {
                    output.WriteLine(JsonSerializer.Serialize(new
                    {
                        id = flag.Label,
                        kind = flag.Kind,
                        rule = flag.Rule,
                        claims = flag.ClaimIds,
                        message = flag.Message,
                        status = flag.Status,
                        subject = flag.Subject,
                        attribute = flag.Attribute,
                        decidedBy = flag.DecidedBy,
                        decidedAt = flag.DecidedAt,
                        note = flag.Note,
                    }, CliJson.Options));
                }

                return 0;
            }

            foreach (var flag in flags)
            {
                output.WriteLine($"{flag.Label,-6} {flag.Status,-9} {flag.Kind,-12} {flag.Rule,-24} {flag.Subject} / {flag.Attribute}");
                output.WriteLine($"       {flag.Message}");
                output.WriteLine($"       claims: {string.Join(", ", flag.ClaimIds)}");
            }

            output.WriteLine($"{flags.Count} flags");
            return 0;
        }));
        return command;
    }
}
