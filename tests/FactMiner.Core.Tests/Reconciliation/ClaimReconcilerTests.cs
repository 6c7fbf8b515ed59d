using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Tests.Support;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class ClaimReconcilerTests
{
    private const string Weight = NumericAttributes.Weight;

    private static ReconciliationResult Reconcile(params object[] claims) => ClaimReconciler.Default.Reconcile(Records(claims));

    [Fact]
    public void Reconcile_OverlappingRanges_CorroborateOneFactWithAllSources()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("b.txt#4.0", Weight, 12, "kg", "musk deer", "approximate"));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(["a.txt#1.0", "b.txt#4.0"], fact.Sources.AsEnumerable());
        Assert.Equal(2, fact.SupportCount);
        Assert.Equal((12.0, 12.0), (fact.SiLow!.Value, fact.SiHigh!.Value));
        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_ApproximateValuesWithinTolerance_Corroborate()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer", "approximate"),
            Numeric("b.txt#2.0", NumericAttributes.Height, 68, "cm", "musk deer", "approximate"));

        Assert.Empty(result.Flags);
        Assert.Equal((0.6, 0.68), (Assert.Single(result.Facts).SiLow!.Value, result.Facts[0].SiHigh!.Value));
    }

    [Fact]
    public void Reconcile_StatedValuesBeyondTolerance_Conflict()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer"),
            Numeric("b.txt#2.0", NumericAttributes.Height, 68, "cm", "musk deer"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("conflict", "numeric-interval-conflict"), (flag.Kind, flag.Rule));
    }

    [Fact]
    public void Reconcile_UpToBound_AgreesWithSmallerValueOnly()
    {
        var agree = Reconcile(
            Numeric("a.txt#1.0", Weight, 17, "kg", "musk deer", "up to"),
            Numeric("b.txt#2.0", Weight, 12, "kg", "musk deer"));
        var disagree = Reconcile(
            Numeric("a.txt#1.0", Weight, 17, "kg", "musk deer", "up to"),
            Numeric("b.txt#2.0", Weight, 25, "kg", "musk deer"));

        Assert.Empty(agree.Flags);
        Assert.Equal("musk deer weight: up to 17 kg and 25 kg cannot both hold", Assert.Single(disagree.Flags).Message);
    }

    [Fact]
    public void Reconcile_ClaimAndItsConversion_Corroborate()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("b.txt#2.0", Weight, 15, 38, "lb", "musk deer", "approximate"));

        Assert.Empty(result.Flags);
        Assert.Equal(2, Assert.Single(result.Facts).SupportCount);
    }

    [Fact]
    public void Reconcile_DisjointWeightsAcrossDocuments_FlagOnBothSentences()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("b.txt#3.0", Weight, 30, 40, "kg", "musk deer"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("F1", "conflict", "numeric-interval-conflict"), (flag.Id, flag.Kind, flag.Rule));
        Assert.Equal(["a.txt#1.0", "b.txt#3.0"], flag.ClaimIds.AsEnumerable());
        Assert.Equal("musk deer weight: 7-17 kg and 30-40 kg cannot both hold", flag.Message);
        Assert.Equal([flag], result.FlagsFor("a.txt", 1).AsEnumerable());
        Assert.Equal([flag], result.FlagsFor("b.txt", 3).AsEnumerable());
        Assert.Empty(result.FlagsFor("a.txt", 2));
    }

    [Fact]
    public void Reconcile_OutlierAgainstManyAgreeingFigures_ListsEightAndCountsTheRestButLinksThemAll()
    {
        // A generic subject gathers figures from many pages; the message stays readable, the flag keeps every claim.
        var agreeing = Enumerable.Range(1, 12).Select(i => Numeric($"d{i:D2}.txt#1.0", Weight, 9 + (i % 2), 13 + (i % 2), "kg", "musk deer"));
        var result = Reconcile([Numeric("a-outlier.txt#1.0", Weight, 70, "kg", "musk deer"), .. agreeing]);

        var flag = Assert.Single(result.Flags);
        Assert.Equal(13, flag.ClaimIds.Length);
        Assert.Equal("musk deer weight: 70 kg and 10-14 kg, 9-13 kg, 10-14 kg, 9-13 kg, 10-14 kg, 9-13 kg, 10-14 kg, 9-13 kg and 4 more cannot both hold", flag.Message);
    }

    [Theory]
    [InlineData("siberian musk deer", "dwarf musk deer")]
    [InlineData("amur tiger", "sumatran tiger")]
    [InlineData("wild yak", "domestic yak")]
    [InlineData("musk deer", "siberian musk deer")]
    public void Reconcile_DifferentSubjects_NeverConflict(string first, string second)
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 180, 306, "kg", first),
            Numeric("a.txt#2.0", Weight, 10, 14, "kg", second));

        Assert.Empty(result.Flags);
        Assert.Equal(2, result.Facts.Length);
    }

    [Theory]
    [InlineData("newborn", "")]
    [InlineData("newborn", "adult")]
    [InlineData("juvenile", "adult")]
    [InlineData("male", "female")]
    [InlineData("1990", "2010")]
    [InlineData("captive", "")]
    [InlineData("captive", "wild")]
    [InlineData("domestic", "wild")]
    public void Reconcile_IncompatibleQualifiers_NeverConflict(string first, string second)
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 0.5, "kg", "tiger", first),
            Numeric("b.txt#2.0", Weight, 100, 306, "kg", "tiger", second.Length == 0 ? [] : [second]));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_UnqualifiedRangeMissingTheMales_Conflicts()
    {
        // An unqualified weight speaks for both sexes, so it must overlap the males' weight.
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 65, 150, "kg", "tiger"),
            Numeric("b.txt#2.0", Weight, 180, 306, "kg", "tiger", "male"));

        Assert.Equal("conflict", Assert.Single(result.Flags).Kind);
    }

    [Fact]
    public void Reconcile_UnqualifiedRangeMatchingTheMalesOnly_IsTheMalesFigureNotAConflict()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 45, 55, "kg", "snow leopard", "male"),
            Numeric("a.txt#2.0", Weight, 35, 40, "kg", "snow leopard", "female"),
            Numeric("b.txt#1.0", Weight, 110, 121, "lb", "snow leopard"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_TwoValuesInOneSentence_NeverConflict()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 11, 18, "kg", "musk deer"),
            Numeric("a.txt#1.1", Weight, 7, 9, "kg", "musk deer"));

        Assert.Empty(result.Flags);
    }

    [Theory]
    [InlineData(NumericAttributes.Count)]
    [InlineData(NumericAttributes.Population)]
    [InlineData(NumericAttributes.Elevation)]
    [InlineData(NumericAttributes.Yield)]
    public void Reconcile_OccasionalAttributes_NeverConflict(string attribute)
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", attribute, 3, 5, "1", "musk deer"),
            Numeric("b.txt#2.0", attribute, 400, "1", "musk deer"));

        Assert.Empty(result.Flags);
        Assert.Equal(2, result.Facts.Length);
    }

    [Theory]
    [InlineData(15, "kg", 150, "kg", "10")]
    [InlineData(25, "g", 25, "kg", "1000")]
    [InlineData(60, "cm", 60, "mm", "10")]
    public void Reconcile_ValuesAPowerOfTenApart_FlagUnitSlipNotConflict(double a, string aUnit, double b, string bUnit, string factor)
    {
        var attribute = aUnit is "cm" ? NumericAttributes.Height : Weight;
        var result = Reconcile(
            Numeric("a.txt#1.0", attribute, a, aUnit, "musk deer"),
            Numeric("b.txt#2.0", attribute, b, bUnit, "musk deer"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("implausible", "unit-slip"), (flag.Kind, flag.Rule));
        Assert.Contains($"is about {factor} times", flag.Message);
    }

    [Fact]
    public void Reconcile_UnitSlipAgainstSeveralClaims_NamesTheOddOneOut()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("b.txt#2.0", Weight, 12, "kg", "musk deer", "approximate"),
            Numeric("c.txt#3.0", Weight, 120, "kg", "musk deer"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal("musk deer weight 120 kg is about 10 times 7-17 kg, about 12 kg: likely a unit slip or a misplaced decimal point", flag.Message);
        Assert.Equal(["a.txt#1.0", "b.txt#2.0", "c.txt#3.0"], flag.ClaimIds.AsEnumerable());
    }

    [Fact]
    public void Reconcile_ShuffledInput_SameFlagIdsInTextOrder()
    {
        object[] claims =
        [
            Numeric("b.txt#5.0", Weight, 30, 40, "kg", "musk deer"),
            Numeric("a.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("a.txt#2.0", NumericAttributes.Height, 12, "m", "tiger"),
            Categorical("c.txt#0.c0", CategoricalVocabulary.ActivityPattern, "nocturnal", "tiger"),
            Categorical("a.txt#0.c0", CategoricalVocabulary.ActivityPattern, "diurnal", "tiger"),
        ];

        var forward = Reconcile(claims);
        var backward = Reconcile([.. claims.Reverse()]);

        Assert.Equal(forward.Flags, backward.Flags, (x, y) => x.Id == y.Id && x.Message == y.Message && x.ClaimIds.SequenceEqual(y.ClaimIds));
        Assert.Equal(["F1", "F2", "F3"], forward.Flags.Select(f => f.Id));
        Assert.Equal(["activity-pattern-conflict", "numeric-interval-conflict", "absolute-bound"], forward.Flags.Select(f => f.Rule));
    }

    [Fact]
    public void KeysOf_BodyMeasure_TouchesTheSubjectsOtherBodyMeasures()
    {
        var keys = ClaimReconciler.Default.KeysOf(Records(
            Numeric("a.txt#1.0", Weight, 12, "kg", "musk deer"),
            Categorical("a.txt#2.c0", CategoricalVocabulary.DietType, "herbivore", "musk deer"),
            Numeric("a.txt#3.0", Weight, 12, "kg", null)));

        Assert.Equal(
            ["musk deer / body_length", "musk deer / diet_type", "musk deer / height", "musk deer / shoulder_height", "musk deer / weight"],
            keys.Select(k => k.ToString()).Order());
    }

    [Fact]
    public void Reconcile_OnlyTheKeysOfNewClaims_GivesTheSameFlagsForThoseKeys()
    {
        var stored = Records(
            Numeric("old.txt#1.0", Weight, 7, 17, "kg", "musk deer"),
            Numeric("old.txt#2.0", NumericAttributes.Height, 60, "cm", "musk deer"),
            Numeric("old.txt#3.0", Weight, 180, 306, "kg", "amur tiger"),
            Numeric("old.txt#4.0", Weight, 500, 700, "kg", "amur tiger"));
        var fresh = Records(Numeric("new.txt#0.0", NumericAttributes.ShoulderHeight, 20, "cm", "musk deer"));
        var keys = ClaimReconciler.Default.KeysOf(fresh);

        var partial = ClaimReconciler.Default.Reconcile(stored.Where(c => c.Key is { } k && keys.Contains(k)).Concat(fresh));
        var full = ClaimReconciler.Default.Reconcile(stored.Concat(fresh));

        var touched = full.Flags.Where(f => f.ClaimIds.Any(id => id.StartsWith("new.txt", StringComparison.Ordinal) || id.StartsWith("old.txt#2", StringComparison.Ordinal)));
        Assert.Equal(touched.Select(f => (f.Rule, string.Join(",", f.ClaimIds), f.Message)), partial.Flags.Select(f => (f.Rule, string.Join(",", f.ClaimIds), f.Message)));
        Assert.DoesNotContain(partial.Flags, f => f.Message.Contains("tiger", StringComparison.Ordinal));
    }

    [Fact]
    public void Reconcile_Documents_ReadsEveryClaimOfEverySentence()
    {
        var first = ParagraphDocuments.FromSentences("a.txt", "Musk deer weigh 7-17 kg.")
            .WithClaim(0, "7-17 kg", Numeric("a.txt#0.0", Weight, 7, 17, "kg", "musk deer"));
        var second = ParagraphDocuments.FromSentences("b.txt", "Musk deer weigh 120 kg.")
            .WithClaim(0, "120 kg", Numeric("b.txt#0.0", Weight, 120, "kg", "musk deer"));

        var result = ClaimReconciler.Default.Reconcile([first, second]);

        Assert.Equal("unit-slip", Assert.Single(result.Flags).Rule);
        Assert.Equal(["musk deer / weight"], result.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void Reconcile_FactQualifiers_AreThoseAllSourcesShare()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", Weight, 180, 306, "kg", "tiger", "male", "adult"),
            Numeric("b.txt#2.0", Weight, 200, "kg", "tiger", "male", "approximate"));

        Assert.Equal(["male"], Assert.Single(result.Facts).Qualifiers.AsEnumerable());
    }

    [Fact]
    public void Reconcile_MessyClaims_NeverThrow()
    {
        var zero = Numeric("a.txt#1.0", NumericAttributes.Height, 0, "cm", "musk deer") with { Qualifiers = default };
        var unbounded = Numeric("a.txt#2.0", NumericAttributes.ShoulderHeight, 0, 0, "cm", "musk deer", "more than");
        var weight = Numeric("a.txt#3.0", Weight, 0, "kg", "musk deer", "up to");

        var result = Reconcile(zero, unbounded, weight, Categorical("a.txt#4.c0", CategoricalVocabulary.DietType, "herbivore", null));

        Assert.Equal(3, result.Facts.Length);
    }
}
