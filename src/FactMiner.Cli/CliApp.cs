using System.CommandLine;
using FactMiner.Cli.Verbs;

namespace FactMiner.Cli;

/// <summary>The <c>factminer</c> command line: one verb per file in <c>Verbs/</c>, each calling the core.</summary>
internal static class CliApp
{
    /// <summary>Exit code for bad arguments or when nothing could be done.</summary>
    public const int UsageError = 2;

    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("FactMiner turns scraped text about species into a reviewed table of facts.");
        root.Subcommands.Add(ExtractVerb.Create());
        root.Subcommands.Add(RunVerb.Create());
        root.Subcommands.Add(StatusVerb.Create());
        root.Subcommands.Add(TrainVerb.Create());
        root.Subcommands.Add(FlagsVerb.Create());
        root.Subcommands.Add(ReviewVerb.Create());
        root.Subcommands.Add(FactsVerb.Create());
        root.Subcommands.Add(ClaimsVerb.Create());
        root.Subcommands.Add(ExportVerb.Create());
        root.Subcommands.Add(ServeVerb.Create());
        return root;
    }

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parseResult = CreateRoot().Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var parseError in parseResult.Errors)
            {
                await error.WriteLineAsync($"error: {parseError.Message}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'factminer --help' (or 'factminer VERB --help') for usage.").ConfigureAwait(false);
            return UsageError;
        }

        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
