using System.Numerics;

namespace FactMiner.Core.Classification;

/// <summary>
/// Turns a sentence into hashed counts of word unigrams and bigrams, of character 3- to 5-grams inside
/// each word, and of topic cue words (<see cref="TopicCues"/>). Both the ML.NET model (through
/// <see cref="TopicFeatureMapping"/>) and <see cref="LinearTopicScorer"/> call it, so training and the
/// fast path see the same vector.
/// </summary>
/// <remarks>
/// Generality over unseen species and sources: text is lowercased, every number becomes the token
/// <c>0</c> (so "15-38 pounds" and "7.2 kg" look alike), a number glued to a unit is split from it
/// ("60cm" reads as "0 cm"), apostrophes vanish, all other punctuation separates words. Character
/// n-grams carry word stems ("poach", "graz", "nocturn") to words the corpus never used; cue features
/// carry a hand-written list of topic words that the corpus may not use at all.
/// </remarks>
internal static class TopicFeaturizer
{
    public const int HashBits = 18;

    public const int Dimension = 1 << HashBits;

    /// <summary>Changes whenever a model trained with the old featuriser would score wrongly with the new one.</summary>
    public const string Version = "words1-2:1+inword-chars3-5:0.35+topic-cues:1;numbers-as-0;hash18;l2;v2";

    public const float UnigramWeight = 1f;

    public const float BigramWeight = 1f;

    public const float CharGramWeight = 0.35f;

    public const float CueWeight = 1f;

    private const uint CueSeed = 0x27D4EB2F;

    private const int Mask = Dimension - 1;

    private const int MaxWordLength = 40;

    private const int MinCharGram = 3;

    private const int MaxCharGram = 5;

    private const uint FnvOffset = 2166136261;

    private const uint FnvPrime = 16777619;

    private const uint UnigramSeed = 0x9E3779B9;

    private const uint BigramSeed = 0x85EBCA6B;

    private const uint CharGramSeed = 0xC2B2AE35;

    /// <summary>Adds the sentence's features to <paramref name="counts"/>; adds nothing for text without letters, digits or <c>%</c>.</summary>
    public static void Featurize(ReadOnlySpan<char> text, FeatureCounts counts)
    {
        var sink = new CountsSink(counts);
        Span<char> padded = stackalloc char[PaddedCapacity];
        var words = new FeatureWords(text, padded);
        uint previous = 0;
        var hasPrevious = false;
        while (words.MoveNext())
        {
            var unigram = AddWordFeatures(words.Padded, ref sink);
            if (hasPrevious)
            {
                sink.Add(BigramBucket(previous, unigram), BigramWeight);
            }

            previous = unigram;
            hasPrevious = true;
        }
    }

    /// <summary>Room for the longest word <see cref="FeatureWords"/> keeps, with its boundary markers.</summary>
    public const int PaddedCapacity = MaxWordLength + 2;

    /// <summary>Adds one word's own features (unigram, character n-grams, topic cues) and returns its unigram hash, which
    /// the bigram with the next word needs.</summary>
    /// <param name="padded">The lowercased word between <c>&lt;</c> and <c>&gt;</c>, as <see cref="FeatureWords"/> gives it.</param>
    public static uint AddWordFeatures<TSink>(ReadOnlySpan<char> padded, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        var word = padded[1..^1];
        var unigram = Fnv(UnigramSeed, word);
        sink.Add(Bucket(unigram), UnigramWeight);
        AddCharGrams(padded, ref sink);
        for (var cues = TopicCues.TopicsOf(word); cues != 0;)
        {
            sink.Add(Bucket(CueSeed + (uint)TopicCues.NextTopic(ref cues)), CueWeight);
        }

        return unigram;
    }

    /// <summary>The bucket of the bigram of two consecutive words, from their unigram hashes.</summary>
    public static int BigramBucket(uint previous, uint unigram) => Bucket(previous ^ BitOperations.RotateLeft(unigram, 13) ^ BigramSeed);

    /// <summary>
    /// The words of a sentence as the featuriser sees them, each lowercased between boundary markers (which let character
    /// n-grams tell prefixes and suffixes, "&lt;un", "ing&gt;", from word middles): every number is <c>0</c>, <c>%</c> is a
    /// word, apostrophes vanish, other punctuation separates, and a word keeps at most its first 40 letters.
    /// </summary>
    public ref struct FeatureWords
    {
        private readonly ReadOnlySpan<char> text;
        private readonly Span<char> padded;
        private int position;
        private int length;

        public FeatureWords(ReadOnlySpan<char> text, Span<char> padded)
        {
            this.text = text;
            this.padded = padded;
            padded[0] = '<';
        }

        public readonly ReadOnlySpan<char> Padded => padded[..(length + 2)];

        public bool MoveNext()
        {
            var i = position;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsDigit(c))
                {
                    i = SkipNumber(text, i);
                    padded[1] = '0';
                    length = 1;
                }
                else if (char.IsLetter(c))
                {
                    length = 0;
                    while (i < text.Length && (char.IsLetter(text[i]) || IsApostrophe(text[i])))
                    {
                        if (length < MaxWordLength && !IsApostrophe(text[i]))
                        {
                            padded[1 + length++] = char.ToLowerInvariant(text[i]);
                        }

                        i++;
                    }
                }
                else if (c == '%')
                {
                    i++;
                    padded[1] = '%';
                    length = 1;
                }
                else
                {
                    i++;
                    continue;
                }

                padded[1 + length] = '>';
                position = i;
                return true;
            }

            position = i;
            return false;
        }
    }

    private static void AddCharGrams<TSink>(ReadOnlySpan<char> padded, ref TSink sink)
        where TSink : struct, IFeatureSink
    {
        for (var start = 0; start + MinCharGram <= padded.Length; start++)
        {
            var hash = FnvOffset ^ CharGramSeed;
            var end = Math.Min(padded.Length, start + MaxCharGram);
            for (var j = start; j < end; j++)
            {
                hash = (hash ^ padded[j]) * FnvPrime;
                if (j - start + 1 >= MinCharGram)
                {
                    sink.Add(Bucket(hash), CharGramWeight);
                }
            }
        }
    }

    private readonly struct CountsSink(FeatureCounts counts) : IFeatureSink
    {
        public void Add(int bucket, float weight) => counts.Add(bucket, weight);
    }

    private static int SkipNumber(ReadOnlySpan<char> text, int i)
    {
        // "1,200", "1.5" and "3.2.1" are one number; "15-38" is two.
        i++;
        while (i < text.Length
            && (char.IsDigit(text[i]) || ((text[i] == '.' || text[i] == ',') && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';

    private static uint Fnv(uint seed, ReadOnlySpan<char> chars)
    {
        var hash = FnvOffset ^ seed;
        foreach (var c in chars)
        {
            hash = (hash ^ c) * FnvPrime;
        }

        return hash;
    }

    private static int Bucket(uint hash)
    {
        // murmur3's finaliser spreads FNV's weak low bits before the mask keeps only them.
        hash ^= hash >> 16;
        hash *= 0x85EBCA6B;
        hash ^= hash >> 13;
        hash *= 0xC2B2AE35;
        hash ^= hash >> 16;
        return (int)(hash & Mask);
    }
}
