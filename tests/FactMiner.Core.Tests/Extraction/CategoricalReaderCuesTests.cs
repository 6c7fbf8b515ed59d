using FactMiner.Core.Classification;
using FactMiner.Core.Extraction;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>Each categorical reader skips sentences without its cue words; a cue list that missed a word would silently
/// drop claims, so every corpus sentence a reader claims something from must pass its cues.</summary>
public sealed class CategoricalReaderCuesTests
{
    private static readonly (string Name, Func<ClauseReader, IEnumerable<CategoricalMatch>> Read, Func<string, bool> MayMatch)[] Readers =
    [
        ("conservation status", ConservationStatusReader.Read, t => ConservationStatusReader.MayMatch(t)),
        ("activity pattern", ActivityPatternReader.Read, t => ActivityPatternReader.MayMatch(t)),
        ("social structure", SocialStructureReader.Read, t => SocialStructureReader.MayMatch(t)),
        ("diet type", DietTypeReader.Read, t => DietTypeReader.MayMatch(t)),
    ];

    [Fact]
    public void MayMatch_EverySentenceAReaderClaimsFrom_PassesThatReadersCues()
    {
        var sentences = CorpusSentences();
        var claimed = 0;
        var missed = new List<string>();
        foreach (var sentence in sentences)
        {
            var reader = new ClauseReader(sentence);
            foreach (var (name, read, mayMatch) in Readers)
            {
                if (read(reader).Any())
                {
                    claimed++;
                    if (!mayMatch(sentence))
                    {
                        missed.Add($"{name}: {sentence}");
                    }
                }
            }
        }

        Assert.Empty(missed);
        Assert.True(claimed > 300, $"only {claimed} claims read: the corpus no longer exercises the readers");
    }

    [Fact]
    public void MayMatch_EverySentenceAPatternMatches_PassesThatPatternsCues()
    {
        var patterns = ActivityPatternReader.GatedPatterns.Concat(SocialStructureReader.GatedPatterns).Concat(DietTypeReader.GatedPatterns).ToList();
        var matched = 0;
        var missed = new List<string>();
        foreach (var sentence in CorpusSentences())
        {
            foreach (var pattern in patterns.Where(p => p.Regex.IsMatch(sentence)))
            {
                matched++;
                if (!pattern.MayMatch(sentence))
                {
                    missed.Add($"{pattern.Regex}: {sentence}");
                }
            }
        }

        Assert.Empty(missed);
        Assert.True(matched > 200, $"only {matched} pattern matches: the corpus no longer exercises the patterns");
    }

    [Theory]
    [InlineData("Adults measure 60 to 80 cm from nose to tail.")]
    [InlineData("The fur is dense and greyish brown.")]
    [InlineData("A great treat was delivered to the zoo.")] // cues only inside longer words: "eat", "live"
    public void Read_SentenceWithoutCueWords_GivesNothing(string sentence)
    {
        Assert.Empty(CategoricalExtractor.Read(sentence));
        Assert.All(Readers, r => Assert.False(r.MayMatch(sentence), r.Name));
    }

    private static List<string> CorpusSentences() =>
        TopicCorpus.Load(RepositoryFolder.File("corpora/topics")).Sentences.Select(s => s.Text)
            .Concat(Directory.EnumerateFiles(RepositoryFolder.File("corpora/samples")).SelectMany(f => File.ReadAllText(f).Split(['.', '\n'])))
            .ToList();
}
