using System.Text;
using FactMiner.Core.Ingestion;

namespace FactMiner.Core.Tests.Ingestion;

public sealed class DocumentReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-ingest-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Read_Utf8WithBom_RemovesBomAndHashesBytes()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("Yaks graze.")).ToArray();
        var path = Write("bom.txt", bytes);

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "bom.txt"), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("Yaks graze.", result.Document!.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), result.Document.Sha256);
    }

    [Fact]
    public async Task Read_Utf16WithBom_DecodesText()
    {
        var path = Write("utf16.txt", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Tigers swim.\r\nThey hunt.")).ToArray());

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "utf16.txt"), CancellationToken.None);

        Assert.Equal("Tigers swim.\r\nThey hunt.", result.Document!.Text);
    }

    [Fact]
    public async Task Read_BinaryFile_FailsWithBinaryReasonAndPath()
    {
        var path = Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]);

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "image.txt"), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal("binary-content", result.Failure!.Code);
        Assert.Equal(path, result.Failure.Path);
        Assert.Contains("binary", result.Failure.Message);
    }

    [Fact]
    public async Task Read_InvalidUtf8_FailsWithEncodingReason()
    {
        var path = Write("latin1.txt", Encoding.Latin1.GetBytes("Caf\u00e9 au lait for the okapi."));

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "latin1.txt"), CancellationToken.None);

        Assert.Equal("invalid-encoding", result.Failure!.Code);
        Assert.Contains("UTF-8", result.Failure.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \r\n\t ")]
    public async Task Read_EmptyOrBlankFile_FailsAsEmpty(string content)
    {
        var path = Write("empty.txt", Encoding.UTF8.GetBytes(content));

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "empty.txt"), CancellationToken.None);

        Assert.Equal("empty-document", result.Failure!.Code);
    }

    [Fact]
    public async Task Read_MissingFile_FailsAsUnreadable()
    {
        var path = Path.Combine(folder, "gone.txt");

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "gone.txt"), CancellationToken.None);

        Assert.Equal("unreadable", result.Failure!.Code);
        Assert.Equal(path, result.Failure.Path);
    }

    [Fact]
    public async Task Read_HundredMegabyteLine_FailsWithoutReadingItAll()
    {
        var path = Path.Combine(folder, "huge.txt");
        await using (var stream = File.Create(path))
        {
            var chunk = Encoding.ASCII.GetBytes(new string('a', 1 << 20));
            for (var i = 0; i < 100; i++)
            {
                await stream.WriteAsync(chunk);
            }
        }

        var result = await new DocumentReader().ReadAsync(new SourceFile(path, "huge.txt"), CancellationToken.None);

        Assert.Equal("too-large", result.Failure!.Code);
        Assert.Contains("MiB", result.Failure.Message);
    }

    [Fact]
    public async Task Read_LineLongerThanLimit_FailsWithLineLength()
    {
        var path = Write("long.txt", Encoding.ASCII.GetBytes("Short line.\n" + new string('x', 2_000)));

        var result = await new DocumentReader(new IngestOptions { MaxLineLength = 1_000 }).ReadAsync(new SourceFile(path, "long.txt"), CancellationToken.None);

        Assert.Equal("line-too-long", result.Failure!.Code);
        Assert.Contains("2,000", result.Failure.Message);
    }

    [Fact]
    public async Task Read_StandardInput_ReadsGivenStream()
    {
        using var stdin = new MemoryStream(Encoding.UTF8.GetBytes("Pikas cache hay."));

        var result = await new DocumentReader().ReadAsync(new SourceFile("-", "-"), CancellationToken.None, stdin);

        Assert.Equal("-", result.Document!.Id);
        Assert.Equal("Pikas cache hay.", result.Document.Text);
    }

    [Fact]
    public void Options_NonPositiveLimits_ThrowOneMessageNamingEach()
    {
        var e = Assert.Throws<ArgumentException>(() => new DocumentReader(new IngestOptions { MaxDocumentBytes = 0, MaxLineLength = -1 }));

        Assert.Contains("MaxDocumentBytes", e.Message);
        Assert.Contains("MaxLineLength", e.Message);
    }

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
