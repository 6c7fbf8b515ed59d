using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Tests.Support;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

/// <summary>The user's sample, run through subjects, categorical claims and reconciliation, with its five numeric claims
/// written by hand as the extractor emits them.</summary>
public sealed class ClaimReconcilerSampleTests
{
    private static (Document Document, ReconciliationResult Result) Run()
    {
        var document = ParagraphDocuments.Sample()
            .WithClaim(7, "three to five", Numeric("musk-deer.txt#7.0", NumericAttributes.Count, 3, 5, "1", null))
            .WithClaim(7, "approximately 25 grams", Numeric("musk-deer.txt#7.1", NumericAttributes.Yield, 25, "g", null, "approximate"))
            .WithClaim(9, "about 60cm", Numeric("musk-deer.txt#9.0", NumericAttributes.Height, 60, "cm", null, "approximate"))
            .WithClaim(9, "about 20cm", Numeric("musk-deer.txt#9.1", NumericAttributes.ShoulderHeight, 20, "cm", null, "approximate"))
            .WithClaim(17, "about 15-38 pounds", Numeric("musk-deer.txt#17.0", NumericAttributes.Weight, 15, 38, "lb", null, "approximate"));
        document = SubjectResolver.Default.Process(CategoricalExtractor.Default.Process(document));
        return (document, ClaimReconciler.Default.Reconcile([document]));
    }

    [SharedFact]
    public void Reconcile_Sample_ClaimsCarryTheirSubject()
    {
        var (document, _) = Run();

        var numeric = document.Sentences.SelectMany(s => s.Claims).ToList();

        Assert.Equal(5, numeric.Count);
        Assert.All(numeric, c => Assert.Equal("musk deer", c.Subject));
    }

    [SharedFact]
    public void Reconcile_Sample_SixtyTallTwentyAtShoulderIsImplausible()
    {
        var (_, result) = Run();

        var flag = Assert.Single(result.FlagsFor("musk-deer.txt", 9));
        Assert.Equal(("implausible", "shoulder-height-ratio"), (flag.Kind, flag.Rule));
        Assert.Equal(["musk-deer.txt#9.0", "musk-deer.txt#9.1"], flag.ClaimIds.AsEnumerable());
        Assert.Equal("shoulder height 20 cm is 0.33 of standing height 60 cm; quadrupeds stand 0.6-1.0", flag.Message);
    }

    [SharedFact]
    public void Reconcile_Sample_SiberianAndHimalayanStatusesDoNotConflict()
    {
        var (_, result) = Run();

        Assert.Empty(result.FlagsFor("musk-deer.txt", 2));
        Assert.Empty(result.FlagsFor("musk-deer.txt", 8));
        Assert.Contains(result.Facts, f => (f.Subject, f.Category, f.Authority, f.Year) == ("siberian musk deer", "vulnerable", "IUCN", 1996));
        Assert.Contains(result.Facts, f => (f.Subject, f.Category, f.Authority, f.Year) == ("himalayan musk deer", "near_threatened", "IUCN", 1996));
    }

    [SharedFact]
    public void Reconcile_Sample_DuskToDawnAndNightDoNotConflict()
    {
        var (document, result) = Run();

        Assert.Equal("crepuscular", Assert.Single(document.Sentences[11].Categorical).Category);
        Assert.Equal("nocturnal", Assert.Single(document.Sentences[12].Categorical).Category);
        Assert.Empty(result.FlagsFor("musk-deer.txt", 11));
        Assert.Empty(result.FlagsFor("musk-deer.txt", 12));
    }

    [SharedFact]
    public void Reconcile_Sample_WeightAndMuskRaiseNothing()
    {
        var (_, result) = Run();

        Assert.Empty(result.FlagsFor("musk-deer.txt", 17));
        Assert.Empty(result.FlagsFor("musk-deer.txt", 7));
        Assert.Equal(["F1"], result.Flags.Select(f => f.Id));
    }

    [SharedFact]
    public void Reconcile_Sample_TwoSolitaryClaimsCorroborate()
    {
        var (_, result) = Run();

        var fact = Assert.Single(result.Facts, f => f.Attribute == CategoricalVocabulary.SocialStructure);
        Assert.Equal(("musk deer", "solitary"), (fact.Subject, fact.Category));
        Assert.Equal(["musk-deer.txt#5.c0", "musk-deer.txt#6.c0"], fact.Sources.AsEnumerable());
    }
}
