using System.Runtime.CompilerServices;

namespace FactMiner.Core.Classification;

/// <summary>Per-bucket sums of one sentence's feature weights in a small open-addressing table that stays in the
/// first-level cache, for the vector's norm. Each slot's key carries the number of the sentence it belongs to, so the next
/// sentence starts with one increment and the last one's slots simply read as free.</summary>
internal sealed class SparseSums
{
    private const int BucketBits = TopicFeaturizer.HashBits;

    // Sentence numbers use the key bits above the bucket; after the last one the table is wiped and numbering restarts.
    internal const int LastSentence = (1 << (31 - BucketBits)) - 1;

    private int[] keys = new int[2048];
    private float[] values = new float[2048];
    private int[] touched = new int[1024];
    private int count;
    private int sentence = 1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int bucket, float weight)
    {
        var mask = keys.Length - 1;
        var key = (sentence << BucketBits) | bucket;

        // Buckets are hash outputs already: their low bits pick the slot.
        var slot = bucket & mask;
        while (true)
        {
            var held = keys[slot];
            if (held == key)
            {
                values[slot] += weight;
                return;
            }

            if (held >> BucketBits != sentence)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        keys[slot] = key;
        values[slot] = weight;
        touched[count++] = slot;
        if (count * 2 >= keys.Length)
        {
            Grow();
        }
    }

    /// <summary>The sum of the squared bucket sums, added in the order the buckets were first touched.</summary>
    public float SumOfSquares()
    {
        var sum = 0f;
        for (var k = 0; k < count; k++)
        {
            var value = values[touched[k]];
            sum += value * value;
        }

        return sum;
    }

    public void Clear()
    {
        count = 0;
        if (++sentence > LastSentence)
        {
            Array.Clear(keys);
            sentence = 1;
        }
    }

    private void Grow()
    {
        var (oldKeys, oldValues, oldTouched, oldCount) = (keys, values, touched, count);
        keys = new int[oldKeys.Length * 2];
        values = new float[oldKeys.Length * 2];
        touched = new int[oldKeys.Length];
        count = 0;
        for (var k = 0; k < oldCount; k++)
        {
            Add(oldKeys[oldTouched[k]] & ((1 << BucketBits) - 1), oldValues[oldTouched[k]]);
        }
    }
}
