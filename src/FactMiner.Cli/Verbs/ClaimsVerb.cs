using System.CommandLine;
using System.Text.Json;
using FactMiner.Core.Review;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer claims</c>: every stored claim with its evidence and review status.</summary>
internal static class ClaimsVerb
{
    public static Command Create()
    {
        var options = new ListingOptions("all", "pending", "accepted", "rejected", "corrected");
        var command = new Command("claims", "List claims with their document, sentence, offsets and review status.");
        options.AddTo(command);
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, options.Db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var claims = ReviewQueries.Claims(store, options.Filter(parseResult));
            var jsonl = parseResult.GetValue(options.Format) == "jsonl";
            foreach (var claim in claims)
            {
                if (jsonl)
                {
                    output.WriteLine(JsonSerializer.Serialize(claim, CliJson.Options));
                    continue;
                }

                var value = claim.Category ?? $"{FactsVerb.Range(claim.Low, claim.High)} {claim.Unit}";
                output.WriteLine($"{claim.ClaimId,-28} {claim.Status,-9} {claim.Subject ?? "-",-22} {claim.Attribute,-16} {value}  \"{claim.Text}\"");
            }

            if (!jsonl)
            {
                output.WriteLine($"{claims.Count} claims");
            }

            return 0;
        }));
        return command;
    }
}
