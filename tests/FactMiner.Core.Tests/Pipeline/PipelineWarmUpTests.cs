using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;

namespace FactMiner.Core.Tests.Pipeline;

public sealed class PipelineWarmUpTests
{
    // The warm-up only saves time if its pages take the paths real documents take; if a reader or a rule stops
    // firing on them, its code is compiled in the middle of the run again.
    [Fact]
    public void WarmUp_PagesReachEveryReaderAndBothKindsOfFlag()
    {
        var (documents, reconciliation) = PipelineWarmUp.Run();

        var sentences = documents.SelectMany(d => d.Sentences).ToList();
        var numeric = sentences.SelectMany(s => s.Claims).ToList();
        var categorical = sentences.SelectMany(s => s.Categorical).ToList();
        Assert.Contains(numeric, c => c.Low < c.High);
        Assert.Contains(numeric, c => c.Qualifiers.Contains("approximate"));
        Assert.Contains(numeric, c => c.Unit == "lb");
        Assert.Equal(
            [CategoricalVocabulary.ActivityPattern, CategoricalVocabulary.ConservationStatus, CategoricalVocabulary.DietType, CategoricalVocabulary.SocialStructure],
            categorical.Select(c => c.Attribute).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains("siberian musk deer", numeric.Select(c => c.Subject));
        Assert.Contains("himalayan musk deer", numeric.Select(c => c.Subject));
        Assert.NotEmpty(reconciliation.Facts);
        Assert.Contains(reconciliation.Flags, f => f.Kind == "implausible");
        Assert.Contains(reconciliation.Flags, f => f.Kind == "conflict" && f.ClaimIds.Any(id => id.Contains(".c", StringComparison.Ordinal)));
        Assert.Contains(reconciliation.Flags, f => f.Kind == "conflict" && f.ClaimIds.All(id => !id.Contains(".c", StringComparison.Ordinal)));
    }
}
