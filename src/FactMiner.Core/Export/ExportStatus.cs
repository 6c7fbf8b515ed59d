namespace FactMiner.Core.Export;

/// <summary>
/// The <c>--status</c> filter of an export.
/// <list type="bullet">
/// <item><c>all</c>: every row.</item>
/// <item><c>clean</c>: facts no open flag touches (rejected claims never support a fact); claims neither rejected nor in an
/// open flag; flags a curator resolved.</item>
/// <item><c>accepted</c>: only what a curator accepted or corrected: facts with an accepted or corrected source and no open
/// flag; claims accepted or corrected; resolved flags in which at least one claim was accepted or corrected.</item>
/// </list>
/// </summary>
public static class ExportStatus
{
    public const string All = "all";

    public const string Clean = "clean";

    public const string Accepted = "accepted";

    public static IReadOnlyList<string> Names { get; } = [All, Clean, Accepted];
}
