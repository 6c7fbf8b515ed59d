using BenchmarkDotNet.Attributes;
using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Benchmarks;

/// <summary>
/// Claim extraction per sentence on one core. Each workload runs <see cref="Sentences"/> sentences, so the Mean
/// column is the time for one sentence (sentences/s = 1e9 / Mean in ns) and Allocated is per sentence.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Sentences = 20_000;

    private string[] measured = [];
    private Token[][] measuredTokens = [];
    private string[] plain = [];
    private Token[][] plainTokens = [];
    private readonly List<Token> scratch = new(capacity: 256);

    [GlobalSetup]
    public void Setup()
    {
        measured = MeasurementSentences.WithMeasurements(Sentences);
        plain = MeasurementSentences.WithoutNumbers(Sentences);
        measuredTokens = Tokenize(measured);
        plainTokens = Tokenize(plain);
        var claims = ExtractMeasured() * (double)Sentences;
        var plainTokenCount = plainTokens.Sum(t => t.Length);
        Console.WriteLine(
            $"// {Sentences:N0} measurement sentences give {claims:N0} claims; {Sentences:N0} number-free sentences "
            + $"({plainTokenCount:N0} tokens) give {ExtractPlain() * Sentences:N0}.");
    }

    /// <summary>Extraction alone over pre-tokenized measurement-rich sentences.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public double ExtractMeasured()
    {
        var claims = 0;
        for (var i = 0; i < measured.Length; i++)
        {
            var text = measured[i];
            claims += QuantityExtractor.Default.Extract("bench", i, text, new TextSpan(0, text.Length), measuredTokens[i], "musk deer").Length;
        }

        return (double)claims / Sentences;
    }

    /// <summary>Extraction over sentences with no number: the fast exit, which must allocate nothing.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public double ExtractPlain()
    {
        var claims = 0;
        for (var i = 0; i < plain.Length; i++)
        {
            var text = plain[i];
            claims += QuantityExtractor.Default.Extract("bench", i, text, new TextSpan(0, text.Length), plainTokens[i], "musk deer").Length;
        }

        return (double)claims / Sentences;
    }

    /// <summary>Tokenizing and extracting measurement-rich sentences, as the pipeline does.</summary>
    [Benchmark(OperationsPerInvoke = Sentences)]
    public double TokenizeAndExtractMeasured()
    {
        var claims = 0;
        for (var i = 0; i < measured.Length; i++)
        {
            var text = measured[i];
            scratch.Clear();
            Tokenizer.Default.Tokenize(text, 0, scratch);
            claims += QuantityExtractor.Default.Extract(
                "bench", i, text, new TextSpan(0, text.Length), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(scratch), "musk deer").Length;
        }

        return (double)claims / Sentences;
    }

    private Token[][] Tokenize(string[] sentences)
    {
        var result = new Token[sentences.Length][];
        for (var i = 0; i < sentences.Length; i++)
        {
            scratch.Clear();
            Tokenizer.Default.Tokenize(sentences[i], 0, scratch);
            result[i] = [.. scratch];
        }

        return result;
    }
}
