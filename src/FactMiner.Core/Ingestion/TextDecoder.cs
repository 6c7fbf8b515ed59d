using System.Text;
using FactMiner.Core.Model;

namespace FactMiner.Core.Ingestion;

/// <summary>Decodes a file's bytes: UTF-8 with or without BOM, UTF-16 with BOM; anything else is refused with a reason.</summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16LittleEndian = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16BigEndian = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

    /// <summary>The text, or a diagnostic code and reason.</summary>
    public static (string? Text, string? Code, string? Reason) Decode(ReadOnlySpan<byte> bytes, IngestOptions options)
    {
        var (encoding, bomLength) = DetectEncoding(bytes);
        var body = bytes[bomLength..];
        if (encoding is UTF8Encoding && body.IndexOf((byte)0) is var nul and >= 0)
        {
            return (null, "binary-content", $"binary content (NUL byte at offset {nul + bomLength})");
        }

        string text;
        try
        {
            text = encoding.GetString(body);
        }
        catch (DecoderFallbackException e)
        {
            var at = e.Index >= 0 ? $" near byte {e.Index + bomLength}" : string.Empty;
            return (null, "invalid-encoding", $"not valid {(encoding is UTF8Encoding ? "UTF-8" : "UTF-16")}{at}; save it as UTF-8");
        }

        if (text.Contains('\0'))
        {
            return (null, "binary-content", "binary content (NUL character)");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, "empty-document", "empty document (no text)");
        }

        var longest = LongestLine(text);
        if (longest > options.MaxLineLength)
        {
            return (null, "line-too-long", $"a line of {longest:N0} characters exceeds the {options.MaxLineLength:N0} limit");
        }

        return (text, null, null);
    }

    private static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> bytes) => bytes switch
    {
        [0xEF, 0xBB, 0xBF, ..] => (StrictUtf8, 3),
        [0xFF, 0xFE, ..] => (StrictUtf16LittleEndian, 2),
        [0xFE, 0xFF, ..] => (StrictUtf16BigEndian, 2),
        _ => (StrictUtf8, 0),
    };

    private static int LongestLine(ReadOnlySpan<char> text)
    {
        var longest = 0;
        while (!text.IsEmpty)
        {
            var end = text.IndexOfAny('\n', '\r');
            var length = end < 0 ? text.Length : end;
            longest = Math.Max(longest, length);
            text = end < 0 ? [] : text[(end + 1)..];
        }

        return longest;
    }
}
