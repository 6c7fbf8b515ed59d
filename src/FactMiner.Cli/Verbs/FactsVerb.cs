using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using FactMiner.Core.Review;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer facts</c>: what the fact table believes, with support and status.</summary>
internal static class FactsVerb
{
    public static Command Create()
    {
        var options = new ListingOptions("all", "clean", "flagged", "accepted");
        var command = new Command("facts", "List facts: each (subject, attribute) value the sources agree on, with its support, sources and status.");
        options.AddTo(command);
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, options.Db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var facts = ReviewQueries.Facts(store, options.Filter(parseResult));
            var jsonl = parseResult.GetValue(options.Format) == "jsonl";
            foreach (var fact in facts)
            {
                if (jsonl)
                {
                    output.WriteLine(JsonSerializer.Serialize(fact, CliJson.Options));
                    continue;
                }

                var value = fact.Category ?? string.Create(CultureInfo.InvariantCulture, $"{Range(fact.Low, fact.High)} {fact.Unit} ({Range(fact.SiLow, fact.SiHigh)} {fact.SiUnit})");
                var qualifiers = fact.Qualifiers.IsEmpty ? string.Empty : $" [{string.Join(", ", fact.Qualifiers)}]";
                output.WriteLine($"{fact.Subject,-24} {fact.Attribute,-20} {value}{qualifiers}  {fact.Status}, {fact.Support} sources: {string.Join(" ", fact.Sources)}");
            }

            if (!jsonl)
            {
                output.WriteLine($"{facts.Count} facts");
            }

            return 0;
        }));
        return command;
    }

    internal static string Range(double? low, double? high) =>
        low == high ? Number(low) : $"{Number(low)}-{Number(high)}";

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "?";
}
