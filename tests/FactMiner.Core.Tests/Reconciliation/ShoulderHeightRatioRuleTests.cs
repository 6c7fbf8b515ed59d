using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class ShoulderHeightRatioRuleTests
{
    private static ReconciliationResult Reconcile(params object[] claims) => ClaimReconciler.Default.Reconcile(Records(claims));

    [Fact]
    public void Check_ShoulderAThirdOfHeight_FlagsWithTheRatioInTextUnits()
    {
        var result = Reconcile(
            Numeric("a.txt#9.0", NumericAttributes.Height, 60, "cm", "musk deer", "approximate"),
            Numeric("a.txt#9.1", NumericAttributes.ShoulderHeight, 20, "cm", "musk deer", "approximate"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("implausible", "shoulder-height-ratio"), (flag.Kind, flag.Rule));
        Assert.Equal(["a.txt#9.0", "a.txt#9.1"], flag.ClaimIds.AsEnumerable());
        Assert.Equal("shoulder height 20 cm is 0.33 of standing height 60 cm; quadrupeds stand 0.6-1.0", flag.Message);
    }

    [Fact]
    public void Check_ShoulderAboveStandingHeight_Flags()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 2, "ft", "red fox"),
            Numeric("b.txt#1.0", NumericAttributes.ShoulderHeight, 90, "cm", "red fox"));

        Assert.Equal("shoulder height 90 cm is 1.48 of standing height 2 ft; quadrupeds stand 0.6-1.0", Assert.Single(result.Flags).Message);
    }

    [Theory]
    [InlineData("red deer", 170, 120)]
    [InlineData("elephant", 320, 310)]
    [InlineData("giraffe", 500, 250)]
    [InlineData("ostrich", 250, 100)]
    public void Check_RealProportions_RaiseNothing(string subject, double heightCm, double shoulderCm)
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, heightCm, "cm", subject),
            Numeric("a.txt#2.0", NumericAttributes.ShoulderHeight, shoulderCm, "cm", subject));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_NewbornShoulderAgainstAdultHeight_RaisesNothing()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer"),
            Numeric("a.txt#2.0", NumericAttributes.ShoulderHeight, 20, "cm", "musk deer", "newborn"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_MeasuresOfTwoSubjects_RaiseNothing()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer"),
            Numeric("a.txt#2.0", NumericAttributes.ShoulderHeight, 20, "cm", "lesser mouse-deer"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_ShoulderAgainstSeveralHeights_OneFlagNamingThemAll()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer", "approximate"),
            Numeric("b.txt#1.0", NumericAttributes.Height, 62, "cm", "musk deer"),
            Numeric("a.txt#1.1", NumericAttributes.ShoulderHeight, 20, "cm", "musk deer", "approximate"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(["a.txt#1.0", "a.txt#1.1", "b.txt#1.0"], flag.ClaimIds.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains("(and 1 more standing heights)", flag.Message);
    }

    [Fact]
    public void Check_OneStandingHeightFarOffAmongAgreeingOnes_FlagsThatHeightOnce()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.Height, 60, "cm", "musk deer"),
            Numeric("b.txt#1.0", NumericAttributes.Height, 6, "m", "musk deer"),
            Numeric("a.txt#2.0", NumericAttributes.ShoulderHeight, 53, "cm", "musk deer"),
            Numeric("b.txt#2.0", NumericAttributes.ShoulderHeight, 55, "cm", "musk deer"),
            Numeric("c.txt#2.0", NumericAttributes.ShoulderHeight, 52, "cm", "musk deer"));

        // The far-off figure also slips a power of ten against the others: that is a flag of its own.
        var flag = Assert.Single(result.Flags, f => f.Rule == "shoulder-height-ratio");
        Assert.Equal(["a.txt#2.0", "b.txt#1.0", "b.txt#2.0", "c.txt#2.0"], flag.ClaimIds.Order().AsEnumerable());
        Assert.Equal("standing height 6 m puts shoulder height 53 cm (and 2 more shoulder heights) at 0.09 of it; quadrupeds stand 0.6-1.0", flag.Message);
    }
}
