using System.Text;
using FactMiner.Core.Model;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Counts passes over a peer suite and keeps a line per miss, so the test output shows what still fails.</summary>
internal sealed class PeerSuiteScore
{
    private readonly StringBuilder misses = new();

    public int Cases { get; private set; }

    public int Passed { get; private set; }

    public int NegativeCases { get; private set; }

    public int NegativePassed { get; private set; }

    public double Rate => Cases == 0 ? 0 : (double)Passed / Cases;

    public static bool Close(double expected, double actual) =>
        Math.Abs(expected - actual) <= (1e-4 * Math.Max(Math.Abs(expected), Math.Abs(actual))) + 1e-15;

    public void Record(string input, bool negative, bool passed, IEnumerable<PeerExpectation> expected, IEnumerable<Claim> actual)
    {
        Cases++;
        if (negative)
        {
            NegativeCases++;
        }

        if (passed)
        {
            Passed++;
            if (negative)
            {
                NegativePassed++;
            }

            return;
        }

        misses.AppendLine($"MISS {input}");
        misses.AppendLine($"     expected: {string.Join("; ", expected.Select(e => $"{e.Surface} = {e.Quantity} {e.SiLow:G6}..{e.SiHigh:G6}"))}");
        misses.AppendLine($"     got:      {string.Join("; ", actual.Select(c => $"{c.Text} = {c.Quantity} {c.SiLow:G6}..{c.SiHigh:G6} {c.Attribute}"))}");
    }

    public string Summary(string suite) =>
        $"{suite}: {Passed}/{Cases} = {Rate:P1} (negative cases {NegativePassed}/{NegativeCases}){Environment.NewLine}{misses}";
}
