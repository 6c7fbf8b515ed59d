using System.Text.Json;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;
using FactMiner.Core.Tests.Support;
using Xunit.Abstractions;

namespace FactMiner.Core.Tests.Segmentation;

public sealed partial class SentenceSplitterTests(ITestOutputHelper output)
{
    private const int GoldenRuleCount = 48;
    private const int GoldenRulesRequired = 46;
    private const int MuskDeerSentences = 20;

    [SharedFact]
    public void Split_GoldenRules_PassesAtLeast46Of48()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedFolder.File("peer-suites/sbd-golden-rules/golden_en.json")));
        var total = 0;
        var passed = 0;
        foreach (var rule in json.RootElement.EnumerateArray())
        {
            if (!rule.TryGetProperty("pysbd_golden_48", out var inSet) || !inSet.GetBoolean())
            {
                continue;
            }

            total++;
            var input = rule.GetProperty("input").GetString()!;
            var expected = rule.GetProperty("expected").EnumerateArray().Select(e => e.GetString()!.Trim()).ToArray();
            var actual = Sentences(input);
            if (expected.SequenceEqual(actual))
            {
                passed++;
            }
            else
            {
                output.WriteLine($"FAIL #{rule.GetProperty("id").GetInt32()} {rule.GetProperty("name").GetString()}");
                output.WriteLine("  expected: " + string.Join(" | ", expected));
                output.WriteLine("  actual:   " + string.Join(" | ", actual));
            }
        }

        output.WriteLine($"Golden rules passed: {passed}/{total}");
        Assert.Equal(GoldenRuleCount, total);
        Assert.True(passed >= GoldenRulesRequired, $"only {passed}/{total} golden rules pass");
    }

    [SharedFact]
    public void Split_MuskDeerSample_YieldsOneSentencePerLine()
    {
        var text = File.ReadAllText(SharedFolder.File("corpora/musk-deer.txt"));
        var expected = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();

        var actual = Sentences(text);

        Assert.Equal(MuskDeerSentences, actual.Length);
        Assert.Equal(expected, actual);
    }

    private static string[] Sentences(string text)
    {
        var spans = new List<TextSpan>();
        SentenceSplitter.Default.Split(text, spans);
        return spans.Select(s => text[s.Start..s.End].Trim()).ToArray();
    }
}
