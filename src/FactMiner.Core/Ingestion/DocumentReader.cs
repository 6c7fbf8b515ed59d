using System.Security.Cryptography;
using FactMiner.Core.Model;

namespace FactMiner.Core.Ingestion;

/// <summary>Reads sources into <see cref="Document"/>s with a SHA-256 of their bytes; bad files become diagnostics, never exceptions.</summary>
public sealed class DocumentReader(IngestOptions? options = null)
{
    private readonly IngestOptions options = (options ?? IngestOptions.Default).Validate();

    /// <summary>Reads one source; the standard input is read from <paramref name="standardInput"/> when given.</summary>
    public async Task<DocumentReadResult> ReadAsync(SourceFile source, CancellationToken cancellationToken, Stream? standardInput = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        byte[] bytes;
        try
        {
            bytes = source.IsStandardInput
                ? await ReadAllAsync(standardInput ?? Console.OpenStandardInput(), cancellationToken).ConfigureAwait(false)
                : await ReadFileAsync(source.Path, cancellationToken).ConfigureAwait(false);
        }
        catch (DocumentTooLargeException e)
        {
            return Failed(source, "too-large", e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(source, "unreadable", e.Message);
        }

        var (text, code, reason) = TextDecoder.Decode(bytes, options);
        if (text is null)
        {
            return Failed(source, code!, reason!);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        return new DocumentReadResult(source, new Document(source.Id, source.Path, text, hash), null);
    }

    /// <summary>Reads a file into an array of its own size: a buffered stream allocated four times a small page in buffers
    /// (most of what a run allocated while reading). A file that reports no size (a pipe, an empty file) or grows while it
    /// is read is read as a stream instead.</summary>
    private async Task<byte[]> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = RandomAccess.GetLength(handle);
        if (length > options.MaxDocumentBytes)
        {
            throw new DocumentTooLargeException(length, options.MaxDocumentBytes);
        }

        if (length > 0 && ReadWhole(handle, length) is { } bytes)
        {
            return bytes;
        }

        await using var stream = new FileStream(handle, FileAccess.Read, bufferSize: 0);
        return await ReadAllAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The file's bytes when it still ends at <paramref name="length"/>; null when it grew meanwhile.</summary>
    private static byte[]? ReadWhole(Microsoft.Win32.SafeHandles.SafeFileHandle handle, long length)
    {
        var bytes = new byte[length];
        var filled = 0;
        while (filled < bytes.Length && RandomAccess.Read(handle, bytes.AsSpan(filled), filled) is var read and > 0)
        {
            filled += read;
        }

        Span<byte> probe = stackalloc byte[1];
        return filled < bytes.Length ? bytes[..filled] : RandomAccess.Read(handle, probe, filled) == 0 ? bytes : null;
    }

    private async Task<byte[]> ReadAllAsync(Stream stream, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[1 << 16];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > options.MaxDocumentBytes)
            {
                throw new DocumentTooLargeException(buffer.Length + read, options.MaxDocumentBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentReadResult Failed(SourceFile source, string code, string reason) =>
        new(source, null, new Diagnostic(code, DiagnosticSeverity.Error, source.Path, reason));

    private sealed class DocumentTooLargeException(long size, long limit)
        : IOException($"{size / 1048576.0:0.#} MiB or more exceeds the {limit / 1048576.0:0.#} MiB limit per document");
}
