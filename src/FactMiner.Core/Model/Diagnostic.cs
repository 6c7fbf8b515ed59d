namespace FactMiner.Core.Model;

public enum DiagnosticSeverity
{
    Warning,
    Error,
}

/// <summary>Messy input, reported instead of thrown: a stable code, the document it concerns, and why.</summary>
/// <param name="Code">Stable kebab-case code, e.g. <c>binary-content</c>.</param>
/// <param name="Path">The path as the user gave it or as found under a folder.</param>
public sealed record Diagnostic(string Code, DiagnosticSeverity Severity, string Path, string Message)
{
    public override string ToString() => $"{Severity.ToString().ToLowerInvariant()}: {Path}: {Message} [{Code}]";
}
