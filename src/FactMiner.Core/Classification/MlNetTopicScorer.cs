using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactMiner.Core.Classification;

/// <summary>
/// Scores through ML.NET itself: one batch Transform over an IDataView of the sentences (never a
/// PredictionEngine, which is not thread-safe). Works for any trainer the model was made with; the
/// reference the fast path is checked against.
/// </summary>
internal sealed class MlNetTopicScorer(MLContext context, ITransformer model) : ITopicScorer
{
    public void Score(IReadOnlyList<string> sentences, Span<int> topics, Span<float> confidences)
    {
        var input = context.Data.LoadFromEnumerable(sentences.Select(s => new TopicTextRow { Text = s }));
        var scored = model.Transform(input);
        var column = scored.Schema[TopicModelFile.ScoreColumn];
        using var cursor = scored.GetRowCursor([column]);
        var getter = cursor.GetGetter<VBuffer<float>>(column);
        var scores = default(VBuffer<float>);
        var k = 0;
        while (cursor.MoveNext())
        {
            getter(ref scores);
            var values = scores.DenseValues().ToArray();
            var best = 0;
            for (var c = 1; c < values.Length; c++)
            {
                if (values[c] > values[best])
                {
                    best = c;
                }
            }

            topics[k] = best;
            confidences[k] = values[best];
            k++;
        }
    }
}
