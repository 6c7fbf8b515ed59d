using System.Xml.Linq;
using FactMiner.Core.Review;

namespace FactMiner.Web.Tests;

public sealed class ValueChartTests
{
    [Fact]
    public void Render_MarkupInNames_StaysTextInValidSvg()
    {
        var values = new[] { Value(1, "<b>x</b>.txt#0.0", 7, 17), Value(2, "b.txt#0.0", 70, 70) };

        var svg = XDocument.Parse(ValueChart.Render("musk <i>deer</i>", "weight", values, new HashSet<long> { 2 }));

        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "b" or "i" or "script");
        Assert.Contains(svg.Descendants(), e => e.Name.LocalName == "text" && e.Value == "<b>x</b>.txt#0.0");
    }

    [Fact]
    public void Render_ValuesSpanningHundredfold_UsesALogAxis()
    {
        var values = new[] { Value(1, "a.txt#0.0", 0.5, 0.5), Value(2, "b.txt#0.0", 900, 900) };

        var svg = ValueChart.Render("wild yak", "weight", values, new HashSet<long>());

        Assert.Contains(">log scale<", svg, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ManyValues_KeepsFlaggedRowsAndGroupsTheRest()
    {
        var values = Enumerable.Range(1, 200).Select(i => Value(i, $"d{i}.txt#0.0", 10 + (i % 7), 10 + (i % 7))).ToList();

        var svg = XDocument.Parse(ValueChart.Render("musk deer", "weight", values, new HashSet<long> { 5, 9 }));

        var labels = svg.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value).ToList();
        Assert.Contains("d5.txt#0.0", labels);
        Assert.Contains("198 other values", labels);
        Assert.DoesNotContain("d6.txt#0.0", labels);
    }

    private static KnownValue Value(long row, string claimId, double low, double high) =>
        new(row, claimId, claimId.Split('#')[0], "pending", low, high, "kg", null, [], InOpenFlag: false);
}
