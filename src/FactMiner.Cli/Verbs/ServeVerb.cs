using System.CommandLine;
using FactMiner.Core.Storage;
using FactMiner.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer serve</c>: the review page on the store, on this machine unless a token guards it.</summary>
internal static class ServeVerb
{
    public const string TokenVariable = "FACTMINER_TOKEN";

    public static Command Create()
    {
        var db = DbOption.Create();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated. Anything but 127.0.0.1/localhost needs --token.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var token = new Option<string?>("--token")
        {
            Description = $"A secret every request must carry (open the page once as /?token=SECRET). Default: ${TokenVariable}, which keeps it out of the process list.",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable(TokenVariable) is { Length: > 0 } secret ? secret : null,
        };
        var command = new Command("serve", "Open the review page: the flag queue with evidence side by side, one key per decision, undo and the audit log.")
        {
            db, urls, token,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var options = new ReviewWebOptions(parseResult.GetValue(db)!) { Urls = parseResult.GetValue(urls)!, Token = parseResult.GetValue(token) };
            WebApplication app;
            try
            {
                app = ReviewWebHost.Build(options);
            }
            catch (ReviewWebSetupException e)
            {
                foreach (var problem in e.Problems)
                {
                    await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
                }

                return CliApp.UsageError;
            }
            catch (Exception e) when (e is StoreVersionException or SqliteException)
            {
                await error.WriteLineAsync($"error: cannot open store {options.DbPath}: {e.Message}").ConfigureAwait(false);
                return CliApp.UsageError;
            }

            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    await error.WriteLineAsync($"error: cannot listen on {options.Urls}: {e.Message}").ConfigureAwait(false);
                    return CliApp.UsageError;
                }

                foreach (var address in app.Urls)
                {
                    await output.WriteLineAsync($"Review page: {address}/{(options.Token is null ? string.Empty : "?token=YOUR_TOKEN")}").ConfigureAwait(false);
                }

                await output.WriteLineAsync($"Store: {options.DbPath}. Press Ctrl+C to stop.").ConfigureAwait(false);
                await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            }

            return 0;
        });
        return command;
    }
}
