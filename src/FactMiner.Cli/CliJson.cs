using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactMiner.Cli;

/// <summary>JSON options for the CLI's <c>--format jsonl</c> listings: one compact object per line, text kept readable.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };
}
