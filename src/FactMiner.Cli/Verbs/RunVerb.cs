using System.CommandLine;
using System.Globalization;
using FactMiner.Core.Ingestion;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;
using Spectre.Console;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer run PATH... [--db factminer.db]</c>: the nightly batch into the fact table.</summary>
internal static class RunVerb
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files or folders to ingest (folders recursively: *.txt, *.md). Documents already stored (same content hash) are skipped.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption.Create();
        var model = ModelOption.Create();
        var command = new Command("run", "Ingest new documents, run the pipeline, reconcile their claims against the stored facts, and store everything.")
        {
            paths, db, model,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            if (ExtractionSetup.LoadClassifier(parseResult.GetValue(model), error) is not { } classifier)
            {
                return CliApp.UsageError;
            }

            using var store = StoreOpening.Open(parseResult.GetValue(db)!, error);
            if (store is null)
            {
                return CliApp.UsageError;
            }

            var run = new BatchRun(new DocumentReader(), StandardPipeline.Create(classifier), ClaimReconciler.Default, store, StoreVersions.Of(classifier));
            var summary = await RunWithProgress(run, parseResult.GetValue(paths)!, output, error, cancellationToken).ConfigureAwait(false);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"run {summary.RunId} finished in {summary.Elapsed.TotalSeconds:0.0} s: documents {summary.DocumentsNew} new, {summary.DocumentsUnchanged} unchanged, {summary.DocumentsFailed} failed; "
                + $"{summary.Sentences} sentences; {summary.Claims} claims; {summary.Facts} facts over {summary.KeysReconciled} keys; {summary.FlagsNew} new flags"));
            output.WriteLine($"store: {Path.GetFullPath(store.Path)}");
            return summary.DocumentsFailed > 0 ? 1 : 0;
        });
        return command;
    }

    private static async Task<RunSummary> RunWithProgress(BatchRun run, string[] paths, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        void Report(FactMiner.Core.Model.Diagnostic d) => error.WriteLine(d.ToString());

        if (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive)
        {
            return await AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("documents");
                    var progress = new SynchronousProgress<RunProgress>(p =>
                    {
                        task.MaxValue = Math.Max(1, p.Total);
                        task.Value = p.Done;
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Phase} {p.Done}/{p.Total} ({p.DocumentsPerSecond:0.0} docs/s)");
                    });
                    return await run.RunAsync(paths, Report, progress, cancellationToken).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }

        var last = DateTime.MinValue;
        var lines = new SynchronousProgress<RunProgress>(p =>
        {
            if (DateTime.UtcNow - last < TimeSpan.FromSeconds(2) && p.Phase != "done")
            {
                return;
            }

            last = DateTime.UtcNow;
            var eta = p.EstimatedRemaining is { } remaining ? $", ETA {remaining:hh\\:mm\\:ss}" : string.Empty;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Phase}: {p.Done}/{p.Total} documents, {p.DocumentsPerSecond:0.0} docs/s{eta}"));
        });
        return await run.RunAsync(paths, Report, lines, cancellationToken).ConfigureAwait(false);
    }
}
