namespace FactMiner.Web;

/// <summary>Takes back the latest decision still standing.</summary>
internal sealed record UndoRequest(string? By, string? Note);
