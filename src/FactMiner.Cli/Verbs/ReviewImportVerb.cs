using System.CommandLine;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Review;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer review import decisions.csv</c>: a curator's spreadsheet decisions, applied all or nothing.</summary>
internal static class ReviewImportVerb
{
    /// <summary>Exit code when rows were refused and nothing was applied.</summary>
    public const int Refused = 1;

    public static Command Create()
    {
        var db = DbOption.Create();
        var file = new Argument<string>("FILE")
        {
            Description = "The CSV of 'factminer export --what claims' with a decision column added: accept, reject, or a corrected "
                + "value with its unit such as '50 cm' or '15-38 lb'; an empty cell decides nothing.",
        };
        var by = new Option<string>("--by") { Description = "Who decided (default: $USER).", DefaultValueFactory = _ => Environment.UserName };
        var note = new Option<string?>("--note") { Description = "Why: kept in the audit log (default: the file's name)." };
        var command = new Command("import", "Apply the decisions of a claims spreadsheet: checked as a whole and applied all or nothing as one "
            + "audit decision (undo with 'factminer review --undo'); flags whose claims are all decided are resolved. Refused rows are "
            + "listed with their row number and why. Exit code 0 when applied, 1 when refused, 2 when the file cannot be read.")
        {
            file, db, by, note,
        };
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(file)!;
            SheetImportReport report;
            try
            {
                var service = new ReviewService(store, ClaimReconciler.Default);
                report = DecisionSheetImport.Apply(service, path, parseResult.GetValue(by)!, parseResult.GetValue(note) ?? $"imported from {Path.GetFileName(path)}");
            }
            catch (DecisionSheetException e)
            {
                error.WriteLine($"error: {e.Message}");
                return CliApp.UsageError;
            }

            if (report.Applied is not { } applied)
            {
                foreach (var row in report.Refused)
                {
                    error.WriteLine(row.ClaimId.Length == 0 ? $"row {row.Row}: {row.Reason}" : $"row {row.Row}, claim {row.ClaimId}: {row.Reason}");
                }

                error.WriteLine($"error: refused {report.Refused.Count} of {report.Decisions} decisions in {path}; nothing was applied. Fix those rows and import again.");
                return Refused;
            }

            if (applied.Decision == 0)
            {
                output.WriteLine(report.Decisions == 0
                    ? $"{path} decides nothing ({report.Rows} rows, every decision cell empty); nothing to apply."
                    : $"{path}: all {report.Decisions} decisions match the store already; nothing to apply.");
                return 0;
            }

            var flags = applied.FlagsResolved.Count == 0 ? "no flag resolved" : $"{applied.FlagsResolved.Count} flags resolved ({string.Join(", ", applied.FlagsResolved.Select(id => $"F{id}"))})";
            var unchanged = applied.Unchanged == 0 ? string.Empty : $", {applied.Unchanged} unchanged";
            output.WriteLine($"applied {applied.ClaimsChanged} decisions from {path}: {applied.Accepted} accepted, {applied.Rejected} rejected, "
                + $"{applied.Corrected} corrected{unchanged}; {flags}; decision {applied.Decision} in the audit log (undo with 'factminer review --undo').");
            return 0;
        }));
        return command;
    }
}
