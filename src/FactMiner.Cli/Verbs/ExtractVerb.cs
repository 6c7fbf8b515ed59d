using System.CommandLine;
using FactMiner.Core.Export;
using FactMiner.Core.Pipeline;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer extract PATH... --format jsonl|text</c>: every stage in memory, nothing stored.</summary>
internal static class ExtractVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to read (folders recursively: *.txt, *.md); '-' reads standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "jsonl: one JSON object per sentence (the contract in shared/contracts/extract-jsonl.md); text: a listing for people.",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "text");
        var model = ModelOption.Create();

        var command = new Command("extract", "Run every stage over the documents in memory and print sentences, claims and flags. Writes no database.")
        {
            paths, format, model,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var extraction = ExtractionSetup.Create(parseResult.GetValue(model), error);
            if (extraction is null)
            {
                return CliApp.UsageError;
            }

            var outcome = await extraction.RunAsync(parseResult.GetValue(paths)!, d => error.WriteLine(d.ToString()), cancellationToken).ConfigureAwait(false);
            if (outcome.Documents.Count == 0)
            {
                await error.WriteLineAsync("error: no document could be read.").ConfigureAwait(false);
                return CliApp.UsageError;
            }

            if (parseResult.GetValue(format) == "text")
            {
                TextListingWriter.Write(output, outcome);
            }
            else
            {
                new SentenceJsonlWriter(outcome.Flags).Write(output, outcome.Documents);
            }

            await output.FlushAsync(cancellationToken).ConfigureAwait(false);
            return outcome.FailedCount > 0 ? 1 : 0;
        });
        return command;
    }
}
