using System.Runtime.CompilerServices;

namespace FactMiner.Core.Classification;

/// <summary>Per-bucket sums of one sentence's feature weights in a small open-addressing table that stays in the
/// first-level cache, for the vector's norm; cleared in O(touched).</summary>
internal sealed class SparseSums
{
    private int[] keys = Empty(1024);
    private float[] values = new float[1024];
    private int[] touched = new int[512];
    private int count;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int bucket, float weight)
    {
        var mask = keys.Length - 1;
        var slot = (int)(((uint)bucket * 2654435769u) >> 12) & mask;
        while (true)
        {
            var key = keys[slot];
            if (key == bucket)
            {
                values[slot] += weight;
                return;
            }

            if (key < 0)
            {
                break;
            }

            slot = (slot + 1) & mask;
        }

        keys[slot] = bucket;
        values[slot] = weight;
        touched[count++] = slot;
        if (count * 2 >= keys.Length)
        {
            Grow();
        }
    }

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
        for (var k = 0; k < count; k++)
        {
            keys[touched[k]] = -1;
        }

        count = 0;
    }

    private void Grow()
    {
        var (oldKeys, oldValues, oldTouched, oldCount) = (keys, values, touched, count);
        keys = Empty(oldKeys.Length * 2);
        values = new float[oldKeys.Length * 2];
        touched = new int[oldKeys.Length];
        count = 0;
        for (var k = 0; k < oldCount; k++)
        {
            Add(oldKeys[oldTouched[k]], oldValues[oldTouched[k]]);
        }
    }

    private static int[] Empty(int length)
    {
        var array = new int[length];
        Array.Fill(array, -1);
        return array;
    }
}
