using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class CategoricalKeyReconcilerTests
{
    private const string Status = CategoricalVocabulary.ConservationStatus;
    private const string Activity = CategoricalVocabulary.ActivityPattern;
    private const string Social = CategoricalVocabulary.SocialStructure;
    private const string Diet = CategoricalVocabulary.DietType;

    private static ReconciliationResult Reconcile(params object[] claims) => ClaimReconciler.Default.Reconcile(Records(claims));

    [Fact]
    public void Reconcile_TwoStatusesFromOneAuthorityAndYear_Conflict()
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Status, "endangered", "snow leopard", "IUCN", 2008),
            Categorical("b.txt#2.c0", Status, "least_concern", "snow leopard", "IUCN", 2008));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("conflict", "conservation-status-conflict"), (flag.Kind, flag.Rule));
        Assert.Equal("snow leopard conservation status: endangered (IUCN 2008) and least concern (IUCN 2008) exclude each other", flag.Message);
    }

    [Fact]
    public void Reconcile_StatusWithoutAuthorityOrYear_ConflictsWithAnyOther()
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Status, "endangered", "snow leopard", "IUCN", 2008),
            Categorical("b.txt#2.c0", Status, "vulnerable", "snow leopard"));

        Assert.Equal("conservation-status-conflict", Assert.Single(result.Flags).Rule);
    }

    [Theory]
    [InlineData("IUCN", 1996, "IUCN", 2015)]
    [InlineData("IUCN", 2008, "national", 2008)]
    [InlineData("ESA", null, "IUCN", null)]
    public void Reconcile_StatusesOfDifferentYearsOrAuthorities_NeverConflict(string firstAuthority, int? firstYear, string secondAuthority, int? secondYear)
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Status, "vulnerable", "musk deer", firstAuthority, firstYear),
            Categorical("b.txt#2.c0", Status, "endangered", "musk deer", secondAuthority, secondYear));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_StatusesOfTwoSubspecies_NeverConflict()
    {
        var result = Reconcile(
            Categorical("a.txt#2.c0", Status, "vulnerable", "siberian musk deer", "IUCN", 1996),
            Categorical("a.txt#8.c0", Status, "near_threatened", "himalayan musk deer", "IUCN", 1996));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_NocturnalAndDiurnal_Conflict()
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Activity, "nocturnal", "tiger"),
            Categorical("b.txt#1.c0", Activity, "diurnal", "tiger"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("conflict", "activity-pattern-conflict", "tiger activity pattern: nocturnal and diurnal exclude each other"), (flag.Kind, flag.Rule, flag.Message));
    }

    [Theory]
    [InlineData("crepuscular", "nocturnal")]
    [InlineData("crepuscular", "diurnal")]
    [InlineData("cathemeral", "diurnal")]
    [InlineData("cathemeral", "nocturnal")]
    public void Reconcile_CompatibleActivityPatterns_NeverConflict(string first, string second)
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Activity, first, "musk deer"),
            Categorical("b.txt#1.c0", Activity, second, "musk deer"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Reconcile_SolitaryAndHerds_Conflict() =>
        Assert.Equal("social-structure-conflict", Assert.Single(Reconcile(
            Categorical("a.txt#1.c0", Social, "solitary", "musk deer"),
            Categorical("b.txt#1.c0", Social, "group", "musk deer")).Flags).Rule);

    [Theory]
    [InlineData("group", "breeding season", "")]
    [InlineData("group", "female", "male")]
    [InlineData("pair", "", "")]
    public void Reconcile_SolitaryAgainstSeasonalSexOrPairs_NeverConflict(string other, string otherQualifier, string solitaryQualifier)
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Social, "solitary", "musk deer", null, null, solitaryQualifier.Length == 0 ? [] : [solitaryQualifier]),
            Categorical("b.txt#1.c0", Social, other, "musk deer", null, null, otherQualifier.Length == 0 ? [] : [otherQualifier]));

        Assert.Empty(result.Flags);
    }

    [Theory]
    [InlineData("herbivore", "carnivore", true)]
    [InlineData("herbivore", "insectivore", true)]
    [InlineData("omnivore", "herbivore", false)]
    [InlineData("omnivore", "carnivore", false)]
    [InlineData("carnivore", "insectivore", false)]
    public void Reconcile_DietTypes_ConflictOnlyWhenExclusive(string first, string second, bool conflict)
    {
        var result = Reconcile(
            Categorical("a.txt#1.c0", Diet, first, "bear"),
            Categorical("b.txt#1.c0", Diet, second, "bear"));

        Assert.Equal(conflict, result.Flags.Any(f => f.Rule == "diet-type-conflict"));
    }

    [Fact]
    public void Reconcile_SameCategoryTwice_CorroboratesOneFact()
    {
        var result = Reconcile(
            Categorical("a.txt#5.c0", Social, "solitary", "musk deer"),
            Categorical("a.txt#6.c0", Social, "solitary", "musk deer"));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(("solitary", 2), (fact.Category, fact.SupportCount));
    }

    [Fact]
    public void Reconcile_StatusAndItsAuthorityLessEcho_OneFactKeepsAuthorityAndYear()
    {
        var result = Reconcile(
            Categorical("a.txt#2.c0", Status, "vulnerable", "siberian musk deer", "IUCN", 1996),
            Categorical("b.txt#0.c0", Status, "vulnerable", "siberian musk deer"));

        var fact = Assert.Single(result.Facts);
        Assert.Equal(("vulnerable", "IUCN", 1996, 2), (fact.Category, fact.Authority, fact.Year, fact.SupportCount));
    }
}
