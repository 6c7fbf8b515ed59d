using System.Text;
using BenchmarkDotNet.Attributes;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace FactMiner.Benchmarks;

/// <summary>
/// Tokenizing one large scraped-style corpus: FactMiner's tokenizer against Lucene.Net's StandardTokenizer.
/// Each workload returns its token count (shown in the Tokens column, turned into tokens/s and MB/s).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class SegmentationBenchmarks : ICorpusBenchmark
{
    private readonly List<Token> tokens = new(capacity: 4096);
    private readonly List<TextSpan> sentences = new(capacity: 256);
    private string text = "";
    private TextSpan[] paragraphs = [];

    /// <summary>Corpus size in characters; 32 million is about 32 MB of mostly-ASCII UTF-8.</summary>
    [Params(32_000_000)]
    public int CorpusChars { get; set; } = 32_000_000;

    public long CorpusBytes { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        text = CorpusGenerator.Generate(CorpusChars);
        paragraphs = SplitParagraphs(text);
        CorpusBytes = Encoding.UTF8.GetByteCount(text);
        Console.WriteLine(
            $"// Corpus: {text.Length:N0} chars, {CorpusBytes:N0} UTF-8 bytes, {paragraphs.Length:N0} paragraphs; "
            + $"FactMiner tokens {FactMinerTokenizer():N0} (after sentence splitting {SentenceSplitterThenTokenizer():N0}), Lucene StandardTokenizer tokens {LuceneStandardTokenizer():N0}");
    }

    /// <summary>The baseline: Lucene.Net's UAX#29 word tokenizer over the whole text (it drops punctuation).</summary>
    [Benchmark(Baseline = true)]
    public int LuceneStandardTokenizer()
    {
        using var reader = new StringReader(text);
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        tokenizer.Reset();
        var count = 0;
        while (tokenizer.IncrementToken())
        {
            count++;
        }

        tokenizer.End();
        return count;
    }

    /// <summary>FactMiner's tokenizer, paragraph by paragraph, one token list reused throughout.</summary>
    [Benchmark]
    public int FactMinerTokenizer()
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            tokens.Clear();
            Tokenizer.Default.Tokenize(text.AsSpan(paragraph.Start, paragraph.Length), paragraph.Start, tokens);
            count += tokens.Count;
        }

        return count;
    }

    /// <summary>What the pipeline does: sentences first, then the tokens of each sentence, both as offsets; lists reused.</summary>
    [Benchmark]
    public int SentenceSplitterThenTokenizer()
    {
        var count = 0;
        foreach (var paragraph in paragraphs)
        {
            sentences.Clear();
            SentenceSplitter.Default.Split(text.AsSpan(paragraph.Start, paragraph.Length), sentences);
            foreach (var sentence in sentences)
            {
                tokens.Clear();
                Tokenizer.Default.Tokenize(text.AsSpan(paragraph.Start + sentence.Start, sentence.Length), paragraph.Start + sentence.Start, tokens);
                count += tokens.Count;
            }
        }

        return count;
    }

    /// <summary>Paragraphs are separated by blank lines, as in the scraped text the pipeline reads.</summary>
    private static TextSpan[] SplitParagraphs(string corpus)
    {
        var found = new List<TextSpan>();
        var start = 0;
        while (start < corpus.Length)
        {
            var blank = corpus.IndexOf("\n\n", start, StringComparison.Ordinal);
            var end = blank < 0 ? corpus.Length : blank;
            if (end > start)
            {
                found.Add(new TextSpan(start, end));
            }

            start = end + 2;
        }

        return [.. found];
    }
}
