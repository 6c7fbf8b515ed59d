using FactMiner.Core.Classification;

namespace FactMiner.Core.Tests.Classification;

/// <summary>The norm scratch is reused for every sentence a thread scores: a bucket left from an earlier sentence must
/// never count in a later one, however many sentences pass and however long one is.</summary>
public sealed class SparseSumsTests
{
    [Fact]
    public void SumOfSquares_RepeatedBuckets_AddsTheirWeightsBeforeSquaring()
    {
        var sums = new SparseSums();
        sums.Add(7, 1f);
        sums.Add(7, 0.5f);
        sums.Add(2049, 2f); // same slot as bucket 1 in a small table: probes past it

        sums.Add(1, 1f);

        Assert.Equal((1.5f * 1.5f) + 4f + 1f, sums.SumOfSquares());
    }

    [Fact]
    public void SumOfSquares_AfterManyThousandSentences_CountsOnlyTheCurrentSentence()
    {
        var sums = new SparseSums();
        var random = new Random(17);
        for (var sentence = 0; sentence < 20_000; sentence++)
        {
            sums.Clear();
            var expected = new Dictionary<int, float>();
            for (var feature = 0; feature < 12; feature++)
            {
                var bucket = random.Next(TopicFeaturizer.Dimension);
                sums.Add(bucket, 1f);
                expected[bucket] = expected.GetValueOrDefault(bucket) + 1f;
            }

            Assert.Equal(expected.Values.Sum(v => v * v), sums.SumOfSquares(), 4);
        }
    }

    [Fact]
    public void SumOfSquares_BucketOfTheFirstSentence_IsNotCountedOnceTheNumberingComesRound()
    {
        // Sentences are numbered in the table's keys; when the numbers run out they start again at the first one's.
        var sums = new SparseSums();
        sums.Add(100, 1f);
        for (var sentence = 0; sentence < SparseSums.LastSentence; sentence++)
        {
            sums.Clear();
            sums.Add(200, 1f);
        }

        sums.Add(100, 1f);

        Assert.Equal(2f, sums.SumOfSquares());
    }

    [Fact]
    public void SumOfSquares_SentenceWithThousandsOfFeatures_KeepsEveryBucket()
    {
        var sums = new SparseSums();
        sums.Add(5, 3f); // an earlier sentence, forgotten by Clear
        sums.Clear();
        for (var bucket = 0; bucket < 5000; bucket++)
        {
            sums.Add(bucket * 37, 0.5f);
        }

        sums.Add(0, 0.5f);

        Assert.Equal((4999 * 0.25f) + 1f, sums.SumOfSquares(), 2);
    }
}
