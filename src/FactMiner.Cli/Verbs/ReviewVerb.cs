using System.CommandLine;
using System.Globalization;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Review;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer review FLAG --accept/--reject/--correct/--defer</c> and <c>factminer review --undo</c>.</summary>
internal static class ReviewVerb
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var flag = new Argument<string?>("FLAG") { Description = "The flag to decide, e.g. F12 (see 'factminer flags').", Arity = ArgumentArity.ZeroOrOne };
        var accept = new Option<string[]>("--accept") { Description = "Claims to keep (accept all of a flag's claims to keep both).", AllowMultipleArgumentsPerToken = true };
        var reject = new Option<string[]>("--reject") { Description = "Claims to reject.", AllowMultipleArgumentsPerToken = true };
        var correct = new Option<string[]>("--correct") { Description = "A corrected value: CLAIM=VALUE UNIT or CLAIM=LOW-HIGH UNIT, e.g. 'musk-deer.txt#9.1=50 cm'." };
        var defer = new Option<bool>("--defer") { Description = "Put the flag aside for later." };
        var undo = new Option<bool>("--undo") { Description = "Take back the latest decision (a new audit entry; nothing is erased)." };
        var note = new Option<string?>("--note") { Description = "Why: kept in the audit log." };
        var by = new Option<string>("--by") { Description = "Who decides (default: $USER).", DefaultValueFactory = _ => Environment.UserName };
        var command = new Command("review", "Decide a flag: accept, reject or correct its claims, or defer it; every decision goes to the audit log.")
        {
            flag, db, accept, reject, correct, defer, undo, note, by,
        };
        command.Subcommands.Add(ReviewImportVerb.Create());
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var service = new ReviewService(store, ClaimReconciler.Default);
            try
            {
                if (parseResult.GetValue(undo))
                {
                    var undone = service.UndoLast(parseResult.GetValue(by)!, parseResult.GetValue(note));
                    output.WriteLine(undone switch
                    {
                        null => "nothing to undo",
                        // A spreadsheet import decides claims outside any single flag.
                        { FlagId: 0 } => $"undid the latest decision: {undone.ClaimsChanged} claims restored",
                        _ => $"undid the latest decision on F{undone.FlagId}: it is {undone.FlagStatus} again",
                    });
                    return 0;
                }

                if (!TryParseFlag(parseResult.GetValue(flag), out var flagId))
                {
                    error.WriteLine("error: name the flag to decide, e.g. 'factminer review F12 --accept CLAIM', or use --undo.");
                    return CliApp.UsageError;
                }

                var corrections = new List<ClaimCorrection>();
                foreach (var text in parseResult.GetValue(correct) ?? [])
                {
                    if (!CorrectionParser.TryParse(text, out var correction))
                    {
                        error.WriteLine($"error: --correct '{text}' is not CLAIM=VALUE UNIT (e.g. 'doc.txt#3.0=50 cm' or 'doc.txt#3.0=15-38 lb').");
                        return CliApp.UsageError;
                    }

                    corrections.Add(correction);
                }

                var outcome = service.Decide(new ReviewDecision(flagId, parseResult.GetValue(by)!)
                {
                    Accept = [.. parseResult.GetValue(accept) ?? []],
                    Reject = [.. parseResult.GetValue(reject) ?? []],
                    Corrections = [.. corrections],
                    Defer = parseResult.GetValue(defer),
                    Note = parseResult.GetValue(note),
                });
                output.WriteLine($"F{outcome.FlagId} is {outcome.FlagStatus}; {outcome.ClaimsChanged} claims decided (decision {outcome.Decision} in the audit log)");
                return 0;
            }
            catch (ReviewException e)
            {
                foreach (var problem in e.Problems)
                {
                    error.WriteLine($"error: {problem}");
                }

                return CliApp.UsageError;
            }
        }));
        return command;
    }

    private static bool TryParseFlag(string? text, out long id)
    {
        id = 0;
        return text is not null && long.TryParse(text.TrimStart('F', 'f'), NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
