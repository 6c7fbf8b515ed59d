using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class MassLengthAllometryRuleTests
{
    private static ReconciliationResult Reconcile(params object[] claims) => ClaimReconciler.Default.Reconcile(Records(claims));

    [Fact]
    public void Check_FarTooHeavyForItsLength_Flags()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.BodyLength, 90, "cm", "musk deer"),
            Numeric("b.txt#1.0", NumericAttributes.Weight, 500, "kg", "musk deer"));

        var flag = Assert.Single(result.Flags);
        Assert.Equal(("implausible", "mass-length-allometry"), (flag.Kind, flag.Rule));
        Assert.Equal("weight 500 kg for a body length of 90 cm gives 686 kg/m3 (mass over length cubed); animals of that build span 4.9-128", flag.Message);
    }

    [Fact]
    public void Check_FarTooLightForItsShoulderHeight_Flags()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.ShoulderHeight, 1, "m", "tiger"),
            Numeric("a.txt#2.0", NumericAttributes.Weight, 5, "kg", "tiger"));

        Assert.Equal("mass-length-allometry", Assert.Single(result.Flags).Rule);
    }

    [Theory]
    [InlineData("musk deer", NumericAttributes.BodyLength, 90, 14)]
    [InlineData("hippopotamus", NumericAttributes.ShoulderHeight, 150, 1500)]
    [InlineData("giraffe", NumericAttributes.Height, 500, 1200)]
    [InlineData("least weasel", NumericAttributes.BodyLength, 20, 0.1)]
    [InlineData("burmese python", NumericAttributes.BodyLength, 500, 90)]
    public void Check_RealAnimals_RaiseNothing(string subject, string lengthAttribute, double lengthCm, double massKg)
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", lengthAttribute, lengthCm, "cm", subject),
            Numeric("a.txt#2.0", NumericAttributes.Weight, massKg, "kg", subject));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_NewbornWeightAgainstAdultLength_RaisesNothing()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.BodyLength, 2, "m", "tiger"),
            Numeric("a.txt#2.0", NumericAttributes.Weight, 1, "kg", "tiger", "newborn"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_UpperBoundMassFarTooHeavyForTheLargestLength_Flags()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.BodyLength, 40, 65, "cm", "sunda pangolin"),
            Numeric("a.txt#1.1", NumericAttributes.Weight, 120, "lb", "sunda pangolin", "up to"));

        Assert.Equal("mass-length-allometry", Assert.Single(result.Flags).Rule);
    }

    [Fact]
    public void Check_UpperBoundMassFittingTheLargestLength_RaisesNothing()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.BodyLength, 40, 65, "cm", "sunda pangolin"),
            Numeric("a.txt#1.1", NumericAttributes.Weight, 10, "kg", "sunda pangolin", "up to"));

        Assert.Empty(result.Flags);
    }

    [Fact]
    public void Check_OneLengthFarOffAmongAgreeingOnes_FlagsThatLengthOnce()
    {
        var result = Reconcile(
            Numeric("a.txt#1.0", NumericAttributes.BodyLength, 90, "cm", "musk deer"),
            Numeric("b.txt#1.0", NumericAttributes.BodyLength, 95, "cm", "musk deer"),
            Numeric("c.txt#1.0", NumericAttributes.BodyLength, 9, "m", "musk deer"),
            Numeric("a.txt#2.0", NumericAttributes.Weight, 14, "kg", "musk deer"),
            Numeric("b.txt#2.0", NumericAttributes.Weight, 13, "kg", "musk deer"),
            Numeric("c.txt#2.0", NumericAttributes.Weight, 15, "kg", "musk deer"));

        // The far-off figure also slips a power of ten against the others: that is a flag of its own.
        var flag = Assert.Single(result.Flags, f => f.Rule == "mass-length-allometry");
        Assert.Equal(["a.txt#2.0", "b.txt#2.0", "c.txt#1.0", "c.txt#2.0"], flag.ClaimIds.Order().AsEnumerable());
        Assert.StartsWith("body length 9 m for a weight of 14 kg (and 2 more weights) gives", flag.Message);
    }
}
