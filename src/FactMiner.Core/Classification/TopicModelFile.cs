using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using FactMiner.Core.Model;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace FactMiner.Core.Classification;

/// <summary>
/// The model zip: ML.NET's text-to-score model, plus two entries of ours that ML.NET ignores: the topic
/// of each score slot, and the featuriser version the model was trained with.
/// </summary>
internal static class TopicModelFile
{
    public const string TopicsEntry = "FactMiner/topics.txt";

    public const string FeaturizerEntry = "FactMiner/featurizer.txt";

    public const string ScoreColumn = "Score";

    private static readonly DateTimeOffset FixedTimestamp = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Save(MLContext ml, ITransformer model, IReadOnlyList<string> topics, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // Written beside the target and moved over it, so a failed save never leaves a half model behind.
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            ml.Model.Save(model, TextOnlySchema(ml), stream);
        }

        using (var zip = ZipFile.Open(temporary, ZipArchiveMode.Update))
        {
            WriteEntry(zip, TopicsEntry, string.Join('\n', topics) + "\n");
            WriteEntry(zip, FeaturizerEntry, TopicFeaturizer.Version + "\n");

            // ML.NET stamps entries with the time of saving; a fixed stamp makes the same training give the same bytes.
            foreach (var entry in zip.Entries)
            {
                entry.LastWriteTime = FixedTimestamp;
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    public static LoadedTopicModel Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw TopicModelException.Missing(path);
        }

        ImmutableArray<string> topics;
        string featurizer;
        try
        {
            using var zip = ZipFile.OpenRead(path);
            topics = [.. (ReadEntry(zip, TopicsEntry) ?? throw TopicModelException.Incompatible(path, $"it has no {TopicsEntry}, so it was not written by `factminer train`"))
                .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
            featurizer = ReadEntry(zip, FeaturizerEntry)?.Trim() ?? string.Empty;
        }
        catch (InvalidDataException e)
        {
            throw TopicModelException.Incompatible(path, "it is not a zip file", e);
        }

        if (featurizer != TopicFeaturizer.Version)
        {
            throw TopicModelException.Incompatible(path, $"it was trained with featuriser '{featurizer}' but this build has '{TopicFeaturizer.Version}'");
        }

        var unknown = topics.Where(t => !Topics.Set.Contains(t)).ToArray();
        if (topics.Length == 0 || unknown.Length > 0)
        {
            throw TopicModelException.Incompatible(path, $"its topic list has unknown topics ({string.Join(", ", unknown)})");
        }

        var ml = new MLContext(seed: 0);
        ml.ComponentCatalog.RegisterAssembly(typeof(TopicFeatureMapping).Assembly);
        ITransformer model;
        DataViewSchema output;
        try
        {
            using var stream = File.OpenRead(path);
            model = ml.Model.Load(stream, out _);
            output = model.GetOutputSchema(TextOnlySchema(ml));
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or ArgumentException or InvalidDataException or IOException)
        {
            throw TopicModelException.Incompatible(path, "ML.NET could not load it or it does not read a Text column (" + e.Message + ")", e);
        }

        var score = output.GetColumnOrNull(ScoreColumn);
        if (score is not { Type: VectorDataViewType { ItemType: NumberDataViewType, Size: var size } } || size != topics.Length)
        {
            throw TopicModelException.Incompatible(path, $"it does not give one score per topic ({topics.Length} topics)");
        }

        return new LoadedTopicModel(ml, model, topics);
    }

    public static DataViewSchema TextOnlySchema(MLContext ml) =>
        ml.Data.LoadFromEnumerable(Array.Empty<TopicTextRow>()).Schema;

    private static void WriteEntry(ZipArchive zip, string name, string text)
    {
        zip.GetEntry(name)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    private static string? ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            return null;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
