namespace FactMiner.Core.Export;

/// <summary>
/// Writes a file beside its target under a hidden temporary name and renames it over the target only once it is
/// complete and flushed to disk, so the target name only ever holds the old file or the whole new one. A failed or
/// cancelled write deletes its temporary file; a killed process leaves a <c>.NAME.*.partial</c> file, never a torn target,
/// and the next complete write to that target clears such leftovers away.
/// </summary>
internal static class StagedFile
{
    public const string Suffix = ".partial";

    /// <summary>A temporary file untouched this long belongs to no live write: exports write continuously until done.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(10);

    public static async Task<long> WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(write);
        var target = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(target) ?? throw new ArgumentException($"{path} names no file", nameof(path));
        // Same folder as the target: a rename within one file system is atomic, a move across file systems is a copy.
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}{Suffix}");
        try
        {
            long bytes;
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
                bytes = stream.Length;
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, target, overwrite: true);
            RemoveAbandoned(folder, Path.GetFileName(target));
            return bytes;
        }
        catch
        {
            DeleteQuietly(temporary);
            throw;
        }
    }

    /// <summary>Temporary files of earlier writes to the same target that a killed process left behind.</summary>
    private static void RemoveAbandoned(string folder, string targetName)
    {
        var cutoff = DateTime.UtcNow - AbandonedAfter;
        foreach (var leftover in Directory.EnumerateFiles(folder, $".{targetName}.*{Suffix}"))
        {
            if (File.GetLastWriteTimeUtc(leftover) < cutoff)
            {
                DeleteQuietly(leftover);
            }
        }
    }

    // Best effort while another exception is already on its way out: that one is what the user needs to see.
    private static void DeleteQuietly(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
