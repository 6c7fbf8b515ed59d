namespace FactMiner.Core.Ingestion;

/// <summary>A file found for reading: where it is, and the document id it will carry.</summary>
/// <param name="Path">Filesystem path, or <c>-</c> for standard input.</param>
/// <param name="Id">Path relative to the folder given (with '/'), or the file name of a file given directly.</param>
public sealed record SourceFile(string Path, string Id)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;
}
