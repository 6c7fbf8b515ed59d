using System.Collections.Immutable;
using CsvHelper;
using FactMiner.Core.Model;

namespace FactMiner.Core.Classification;

/// <summary>The labelled sentences of every <c>*.csv</c> in a corpus folder (columns <c>text,topic,species,style</c>).</summary>
public sealed class TopicCorpus
{
    private static readonly CsvReaderOptions ReaderOptions = new()
    {
        Separator = ',',
        TrackLineNumbers = true,
        TrimInsideQuotes = true,
    };

    private TopicCorpus(ImmutableArray<LabelledSentence> sentences) => Sentences = sentences;

    public ImmutableArray<LabelledSentence> Sentences { get; }

    /// <summary>Reads every <c>*.csv</c> directly in <paramref name="folder"/>, in ordinal order of file name.</summary>
    /// <exception cref="TopicCorpusException">The folder is missing or has no CSV, a row has an unknown topic or an empty text, or a file is not valid CSV.</exception>
    public static TopicCorpus Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        if (!Directory.Exists(folder))
        {
            throw new TopicCorpusException($"corpus folder '{folder}' not found: pass the folder that holds the labelled CSVs (default corpora/topics).");
        }

        var files = Directory.GetFiles(folder, "*.csv").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new TopicCorpusException($"corpus folder '{folder}' has no *.csv file: write labelled sentences as text,topic,species,style.");
        }

        var sentences = ImmutableArray.CreateBuilder<LabelledSentence>();
        foreach (var file in files)
        {
            ReadFile(file, sentences);
        }

        return new TopicCorpus(sentences.ToImmutable());
    }

    /// <summary>A corpus of sentences already in memory (tests, subsets).</summary>
    public static TopicCorpus From(IEnumerable<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var all = sentences.ToImmutableArray();
        foreach (var sentence in all)
        {
            if (!Topics.Set.Contains(sentence.Topic))
            {
                throw new TopicCorpusException($"{sentence.Source}: unknown topic '{sentence.Topic}'; use one of: {string.Join(", ", Topics.All)}.");
            }
        }

        return new TopicCorpus(all);
    }

    /// <summary>How many sentences each topic has, in the contract's topic order (zero counts included).</summary>
    public IReadOnlyList<(string Topic, int Count)> CountByTopic() =>
        [.. Topics.All.Select(topic => (topic, Sentences.Count(s => s.Topic == topic)))];

    public IReadOnlyList<(string Species, int Count)> CountBySpecies() =>
        [.. Sentences.GroupBy(s => s.Species, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key, StringComparer.Ordinal)];

    public IReadOnlyList<(string Style, int Count)> CountByStyle() =>
        [.. Sentences.GroupBy(s => s.Style, StringComparer.Ordinal)
            .Select(g => (g.Key, g.Count()))
            .OrderByDescending(p => p.Item2)
            .ThenBy(p => p.Key, StringComparer.Ordinal)];

    private static void ReadFile(string file, ImmutableArray<LabelledSentence>.Builder sentences)
    {
        var name = Path.GetFileName(file);
        try
        {
            using var reader = CsvReader.FromFile(file, ReaderOptions);
            if (!reader.TryValidateHeader<TopicCorpusRecord>(out var missing))
            {
                throw new TopicCorpusException(
                    $"{name}:1: the header lacks {string.Join(", ", missing)}; the header must be text,topic,species,style.");
            }

            foreach (var record in reader.GetRecords<TopicCorpusRecord>())
            {
                var source = $"{name}:{reader.LineNumber}";
                var topic = record.Topic.Trim();
                if (!Topics.Set.Contains(topic))
                {
                    throw new TopicCorpusException(
                        $"{source}: unknown topic '{record.Topic}'; use one of: {string.Join(", ", Topics.All)}.");
                }

                var text = record.Text.Trim();
                if (text.Length == 0)
                {
                    throw new TopicCorpusException($"{source}: empty text; write the sentence in the first column or delete the row.");
                }

                sentences.Add(new LabelledSentence(text, topic, record.Species.Trim().ToLowerInvariant(), record.Style.Trim(), source));
            }
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? $":{e.LineNumber}" : string.Empty;
            throw new TopicCorpusException(
                $"{name}{line}: not a valid corpus CSV ({e.Message}); the header must be text,topic,species,style.", e);
        }
    }
}
