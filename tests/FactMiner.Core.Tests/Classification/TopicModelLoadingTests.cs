using FactMiner.Core.Classification;

namespace FactMiner.Core.Tests.Classification;

public sealed class TopicModelLoadingTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("factminer-model-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Load_MissingFile_SaysHowToTrainOne()
    {
        var path = Path.Combine(folder, "topics.zip");

        var error = Assert.Throws<TopicModelException>(() => TopicClassifier.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("factminer train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_FileThatIsNotAModel_SaysHowToTrainOne()
    {
        var path = Path.Combine(folder, "topics.zip");
        File.WriteAllText(path, "not a zip");

        var error = Assert.Throws<TopicModelException>(() => TopicClassifier.Load(path));

        Assert.Contains("cannot be used", error.Message, StringComparison.Ordinal);
        Assert.Contains("factminer train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ModelFromAnotherFeaturizer_IsRefusedWithHowToRetrain()
    {
        var path = Path.Combine(folder, "topics.zip");
        using (var zip = System.IO.Compression.ZipFile.Open(path, System.IO.Compression.ZipArchiveMode.Create))
        {
            using (var writer = new StreamWriter(zip.CreateEntry(TopicModelFile.TopicsEntry).Open()))
            {
                writer.Write("diet\nother\n");
            }

            using (var writer = new StreamWriter(zip.CreateEntry(TopicModelFile.FeaturizerEntry).Open()))
            {
                writer.Write("words1;v0\n");
            }
        }

        var error = Assert.Throws<TopicModelException>(() => TopicClassifier.Load(path));

        Assert.Contains("featuriser 'words1;v0'", error.Message, StringComparison.Ordinal);
        Assert.Contains("factminer train", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultModelCandidates_StartBesideTheBinaryThenTheRepository()
    {
        var candidates = TopicClassifier.DefaultModelCandidates().ToArray();

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "models", "topics.zip"), candidates[0]);
        Assert.EndsWith(Path.Combine("models", "topics.zip"), candidates[^1], StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(candidates[^1]))!, "FactMiner.sln")));
    }
}
