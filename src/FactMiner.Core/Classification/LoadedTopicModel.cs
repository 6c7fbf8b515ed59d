using System.Collections.Immutable;
using Microsoft.ML;

namespace FactMiner.Core.Classification;

/// <summary>A model zip as loaded: ML.NET's transformer and the topic of each of its score slots.</summary>
internal sealed record LoadedTopicModel(MLContext Context, ITransformer Model, ImmutableArray<string> Topics);
