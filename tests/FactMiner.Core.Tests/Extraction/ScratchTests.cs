using FactMiner.Core.Extraction;
using FactMiner.Core.Tests.Support;
using Xunit.Abstractions;

namespace FactMiner.Core.Tests.Extraction;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        var doc = SubjectResolver.Default.Process(ParagraphDocuments.Sample());
        foreach (var s in doc.Sentences)
        {
            output.WriteLine($"{s.Index} [{s.Subject}] {s.Text}");
        }
    }
}
