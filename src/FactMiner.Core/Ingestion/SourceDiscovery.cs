using FactMiner.Core.Model;

namespace FactMiner.Core.Ingestion;

/// <summary>Turns the paths a user gave into the files to read: folders recursively (<c>*.txt</c>, <c>*.md</c>), files as given.</summary>
public static class SourceDiscovery
{
    private static readonly string[] DocumentExtensions = [".txt", ".md"];

    /// <summary>Files in ordinal order of their id; missing paths and skipped files come back as diagnostics.</summary>
    public static (IReadOnlyList<SourceFile> Files, IReadOnlyList<Diagnostic> Diagnostics) Discover(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var diagnostics = new List<Diagnostic>();
        foreach (var path in paths)
        {
            if (path == SourceFile.StandardInput)
            {
                files.Add(new SourceFile(path, path));
            }
            else if (Directory.Exists(path))
            {
                AddFolder(path, files, diagnostics);
            }
            else if (File.Exists(path))
            {
                files.Add(new SourceFile(path, Path.GetFileName(path)));
            }
            else
            {
                diagnostics.Add(new Diagnostic("missing-path", DiagnosticSeverity.Error, path, "no such file or folder"));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return (files, diagnostics);
    }

    private static void AddFolder(string folder, List<SourceFile> files, List<Diagnostic> diagnostics)
    {
        IEnumerable<string> found;
        try
        {
            found = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false });
            found = found.ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(new Diagnostic("unreadable-folder", DiagnosticSeverity.Error, folder, e.Message));
            return;
        }

        foreach (var file in found)
        {
            var relative = Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/');
            if (DocumentExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
            {
                files.Add(new SourceFile(file, relative));
            }
            else
            {
                diagnostics.Add(new Diagnostic("skipped-extension", DiagnosticSeverity.Warning, file, "not a .txt or .md file; skipped"));
            }
        }
    }
}
