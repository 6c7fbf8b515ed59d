using System.CommandLine;
using FactMiner.Core.Storage;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer status [--db factminer.db]</c>: the store's counts, open flags and recent runs.</summary>
internal static class StatusVerb
{
    public static Command Create()
    {
        var db = DbOption.Create();
        var command = new Command("status", "Print the store's counts, its open flags by rule, and its recent runs.") { db };
        command.SetAction(parseResult => StoreVerb.WithExistingStore(parseResult, db, store =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var status = StoreStatusReader.Read(store);
            output.WriteLine($"store {Path.GetFullPath(store.Path)}");
            foreach (var (name, count) in status.Counts)
            {
                output.WriteLine($"  {name,-18}{count,10:N0}");
            }

            output.WriteLine("flags");
            foreach (var state in new[] { "open", "deferred", "resolved" })
            {
                output.WriteLine($"  {state,-18}{status.FlagsByStatus.GetValueOrDefault(state),10:N0}");
            }

            foreach (var (rule, open) in status.OpenFlagsByRule)
            {
                output.WriteLine($"    open {rule,-28}{open,8:N0}");
            }

            output.WriteLine("recent runs");
            foreach (var run in status.RecentRuns)
            {
                output.WriteLine($"  #{run.Id} {run.StartedAt} {run.Status}: {run.DocumentsNew} new, {run.DocumentsUnchanged} unchanged, {run.DocumentsFailed} failed, {run.Claims} claims, {run.FlagsNew} new flags");
            }

            return 0;
        }));
        return command;
    }
}
