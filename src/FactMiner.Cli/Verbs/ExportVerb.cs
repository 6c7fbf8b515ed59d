using System.CommandLine;
using System.Globalization;
using FactMiner.Core.Export;

namespace FactMiner.Cli.Verbs;

/// <summary><c>factminer export --out FILE</c>: facts, claims or flags as CSV, JSON lines or Parquet.</summary>
internal static class ExportVerb
{
    /// <summary>Exit code when the user interrupted the export (the shell's code for Ctrl+C).</summary>
    public const int Interrupted = 130;

    public static Command Create()
    {
        var db = DbOption.Create();
        var output = new Option<string>("--out")
        {
            Description = "The file to write. It is written beside itself under a temporary name and renamed only when complete, "
                + "so an interrupted export leaves the previous file (or none), never a truncated one.",
            Required = true,
        };
        var format = new Option<string?>("--format")
        {
            Description = "csv (for spreadsheets: UTF-8 with BOM, text that starts with = + - @, tab or CR gets a leading '), "
                + "jsonl (one JSON object per line) or parquet (typed columns for pandas, DuckDB, Spark). "
                + "Default: from the extension of --out (.csv, .jsonl or .ndjson, .parquet).",
        };
        format.AcceptOnlyFromAmong([.. ExportFormats.Names]);
        var what = new Option<string>("--what")
        {
            Description = "facts (one row per agreed value, with support and sources), claims (one row per claim with its sentence "
                + "and offsets: the sheet to decide in and send back with 'factminer review import'), or flags.",
            DefaultValueFactory = _ => "facts",
        };
        what.AcceptOnlyFromAmong("facts", "claims", "flags");
        var status = new Option<string>("--status")
        {
            Description = "all: every row. clean: facts no open flag touches (rejected claims never support a fact), claims neither "
                + "rejected nor in an open flag, resolved flags. accepted: only what a curator accepted or corrected: facts with an "
                + "accepted or corrected source and no open flag, accepted or corrected claims, resolved flags in which a claim was "
                + "accepted or corrected.",
            DefaultValueFactory = _ => ExportStatus.All,
        };
        status.AcceptOnlyFromAmong([.. ExportStatus.Names]);
        var subject = new Option<string?>("--subject") { Description = "Only this subject, e.g. 'snow leopard'." };
        var attribute = new Option<string?>("--attribute") { Description = "Only this attribute, e.g. weight." };
        var command = new Command("export", "Export facts, claims or flags as CSV, JSON lines or Parquet: the same columns in every format, "
            + "numbers as numbers, with provenance. Exit code 0 when written, 2 for bad arguments or when nothing could be written.")
        {
            db, output, format, what, status, subject, attribute,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            var error = parseResult.InvocationConfiguration.Error;
            var path = parseResult.GetValue(output)!;
            var named = parseResult.GetValue(format);
            if ((named is null ? ExportFormats.FromPath(path) : ExportFormats.Parse(named)) is not { } chosen)
            {
                error.WriteLine($"error: cannot tell the format of '{path}' from its extension; name the file .csv, .jsonl, .ndjson or .parquet, "
                    + "or pass --format csv|jsonl|parquet.");
                return Task.FromResult(CliApp.UsageError);
            }

            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder))
            {
                error.WriteLine($"error: folder {folder} does not exist; create it first or choose another --out.");
                return Task.FromResult(CliApp.UsageError);
            }

            var request = new ExportRequest(Enum.Parse<ExportDataset>(parseResult.GetValue(what)!, ignoreCase: true), chosen)
            {
                Status = parseResult.GetValue(status)!,
                Subject = parseResult.GetValue(subject)?.Trim().ToLowerInvariant(),
                Attribute = parseResult.GetValue(attribute)?.Trim(),
            };
            return StoreVerb.WithExistingStoreAsync(parseResult, db, store => ExportAsync(parseResult, store, request, path, cancellationToken));
        });
        return command;
    }

    private static async Task<int> ExportAsync(ParseResult parseResult, Core.Storage.SqliteFactStore store, ExportRequest request, string path, CancellationToken cancellationToken)
    {
        var output = parseResult.InvocationConfiguration.Output;
        var error = parseResult.InvocationConfiguration.Error;
        try
        {
            var result = await DatasetExporter.ExportAsync(store, request, path, cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"wrote {result.Rows:N0} {request.Dataset.ToString().ToLowerInvariant()} to {path} ({ExportFormats.NameOf(result.Format)}, {Size(result.Bytes)})")).ConfigureAwait(false);
            return 0;
        }
        catch (ArgumentException e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return CliApp.UsageError;
        }
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync($"export interrupted: {path} is unchanged.").ConfigureAwait(false);
            return Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: cannot write {path}: {e.Message}; {path} is unchanged.").ConfigureAwait(false);
            return CliApp.UsageError;
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MiB"),
    };
}
