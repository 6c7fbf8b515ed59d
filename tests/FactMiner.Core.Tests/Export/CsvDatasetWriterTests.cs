using System.Collections.Immutable;
using System.Text;
using CsvHelper;
using FactMiner.Core.Export;

namespace FactMiner.Core.Tests.Export;

public sealed class CsvDatasetWriterTests
{
    private static readonly ExportTable<Row> Table = new(
        new TextColumn<Row>("text", r => r.Text),
        new RealColumn<Row>("value", r => r.Value),
        new IntegerColumn<Row>("count", r => r.Count),
        new TextListColumn<Row>("tags", r => r.Tags));

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"click\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A9)")]
    [InlineData("\tindented")]
    [InlineData("\rreturn")]
    public async Task WriteAsync_TextThatASpreadsheetWouldRunAsAFormula_GetsALeadingApostrophe(string text)
    {
        var cells = await WriteAndReadBack(new Row(text, 1, 1, []));

        Assert.Equal("'" + text, cells["text"]);
    }

    [Fact]
    public async Task WriteAsync_NegativeNumbersInNumericColumns_StayNumbers()
    {
        var cells = await WriteAndReadBack(new Row("plain", -2.5, -3, []));

        Assert.Equal("-2.5", cells["value"]);
        Assert.Equal("-3", cells["count"]);
    }

    [Fact]
    public async Task WriteAsync_ListStartingLikeAFormula_IsNeutralisedAsOneCell()
    {
        var cells = await WriteAndReadBack(new Row("plain", null, null, ["=cmd", "male"]));

        Assert.Equal("'=cmd; male", cells["tags"]);
        Assert.Equal(string.Empty, cells["value"]);
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("a, quoted \"word\"")]
    [InlineData("1-2 cm")]
    [InlineData("café µm")]
    public async Task WriteAsync_OrdinaryText_IsKeptAsIs(string text)
    {
        var cells = await WriteAndReadBack(new Row(text, 0.5, 2, []));

        Assert.Equal(text, cells["text"]);
        Assert.Equal("0.5", cells["value"]);
    }

    [Fact]
    public async Task WriteAsync_Numbers_UseTheInvariantCultureWhateverTheThreadCulture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.InvariantCulture;
        try
        {
            using var output = new MemoryStream();
            await CsvDatasetWriter.WriteAsync(output, Table, [new Row("x", 1234.5, 1000000, [])], CancellationToken.None);

            Assert.Contains("x,1234.5,1000000,", Encoding.UTF8.GetString(output.ToArray()), StringComparison.Ordinal);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public async Task WriteAsync_StartsWithAByteOrderMarkSoSpreadsheetsReadUtf8()
    {
        using var output = new MemoryStream();
        await CsvDatasetWriter.WriteAsync(output, Table, [new Row("µ", 1, 1, [])], CancellationToken.None);

        Assert.Equal([0xEF, 0xBB, 0xBF], output.ToArray()[..3]);
    }

    private static async Task<Dictionary<string, string>> WriteAndReadBack(Row row)
    {
        using var output = new MemoryStream();
        await CsvDatasetWriter.WriteAsync(output, Table, [row], CancellationToken.None);
        using var reader = CsvReader.Create(output.ToArray());
        Assert.True(reader.Read());
        return Table.Names.ToDictionary(name => name, name => reader.GetString(name));
    }

    private sealed record Row(string Text, double? Value, int? Count, ImmutableArray<string> Tags);
}
