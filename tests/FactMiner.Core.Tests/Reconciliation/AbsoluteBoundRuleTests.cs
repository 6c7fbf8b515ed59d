using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class AbsoluteBoundRuleTests
{
    private static ReconciliationResult Reconcile(params object[] claims) => ClaimReconciler.Default.Reconcile(Records(claims));

    [Fact]
    public void Check_TallerThanAnyLandAnimal_FlagsInTheTextsUnit()
    {
        var flag = Assert.Single(Reconcile(Numeric("a.txt#1.0", NumericAttributes.Height, 1200, "cm", "musk deer")).Flags);

        Assert.Equal(("implausible", "absolute-bound"), (flag.Kind, flag.Rule));
        Assert.StartsWith("height 1200 cm exceeds 650 cm, more than any animal:", flag.Message);
    }

    [Theory]
    [InlineData(NumericAttributes.Weight, 300, "t")]
    [InlineData(NumericAttributes.Lifespan, 900, "year")]
    [InlineData(NumericAttributes.Speed, 600, "km/h")]
    public void Check_BeyondAnyAnimal_Flags(string attribute, double value, string unit) =>
        Assert.Equal("absolute-bound", Assert.Single(Reconcile(Numeric("a.txt#1.0", attribute, value, unit, "tiger")).Flags).Rule);

    [Fact]
    public void Check_ApproximateValueJustAboveTheRecord_RaisesNothing() =>
        Assert.Empty(Reconcile(Numeric("a.txt#1.0", NumericAttributes.Weight, 210, "t", "blue whale", "approximate")).Flags);

    [Fact]
    public void Check_ClaimWithoutSubject_IsStillChecked() =>
        Assert.Single(Reconcile(Numeric("a.txt#1.0", NumericAttributes.Height, 20, "m", null)).Flags);

    [Fact]
    public void Check_UpToBoundAboveTheRecord_Flags() =>
        Assert.Single(Reconcile(Numeric("a.txt#1.0", NumericAttributes.Weight, 500, "t", "whale", "up to")).Flags);
}
