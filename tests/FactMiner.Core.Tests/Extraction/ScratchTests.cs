using FactMiner.Core.Extraction;
using FactMiner.Core.Tests.Support;
using Xunit.Abstractions;

namespace FactMiner.Core.Tests.Extraction;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Print()
    {
        foreach (var file in Directory.GetFiles("/tmp/scratch", "*.txt"))
        {
            var doc = ParagraphDocuments.FromText(Path.GetFileName(file), File.ReadAllText(file));
            doc = SubjectResolver.Default.Process(CategoricalExtractor.Default.Process(doc));
            output.WriteLine("=== " + doc.Id);
            foreach (var s in doc.Sentences)
            {
                output.WriteLine($"{s.Index} [{s.Subject}] {s.Text}");
                foreach (var c in s.Categorical)
                {
                    output.WriteLine($"     -> {c.Attribute}={c.Category} {c.Authority} {c.Year} [{c.Subject}] '{c.Text}' q={string.Join(",", c.Qualifiers)}");
                }
            }
        }
    }
}
