using System.Text.Json.Nodes;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Reconciliation;

public sealed class PlausibilityRulesTests
{
    private static string RulesFile => RepositoryFolder.File("models/plausibility-rules.json");

    [Fact]
    public void Default_ShippedRules_NameEveryRuleStably()
    {
        Assert.Equal(
            [
                "numeric-interval-conflict", "conservation-status-conflict", "activity-pattern-conflict",
                "social-structure-conflict", "diet-type-conflict", "unit-slip", "shoulder-height-ratio",
                "mass-length-allometry", "absolute-bound",
            ],
            PlausibilityRules.Default.RuleNames);
    }

    [Fact]
    public void Load_RepositoryFile_GivesTheEmbeddedRules()
    {
        var loaded = PlausibilityRules.Load(RulesFile);

        Assert.Equal(PlausibilityRules.Default.RuleNames, loaded.RuleNames);
        Assert.Equal(PlausibilityRules.Default.Tolerance, loaded.Tolerance);
        Assert.Equal(PlausibilityRules.Default.MassLengthAllometry.Calibration.Length, loaded.MassLengthAllometry.Calibration.Length);
    }

    [Fact]
    public void Default_AllometryBand_IsDerivedFromTheCalibrationSpecies()
    {
        var allometry = PlausibilityRules.Default.MassLengthAllometry;
        var ks = allometry.Calibration.Where(c => c.BodyLengthM is not null).Select(c => c.MassKg / Math.Pow(c.BodyLengthM!.Value, 3)).ToList();

        var band = allometry.BandFor(NumericAttributes.BodyLength)!.Value;

        Assert.True(allometry.Calibration.Length >= 10);
        Assert.All(allometry.Calibration, c => Assert.False(string.IsNullOrWhiteSpace(c.Source)));
        Assert.Equal(ks.Min() / allometry.Margin, band.Min, 6);
        Assert.Equal(ks.Max() * allometry.Margin, band.Max, 6);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsEveryOneInOneMessage()
    {
        var json = JsonNode.Parse(File.ReadAllText(RulesFile))!.AsObject();
        json.Remove("tolerance");
        json["unitSlip"]!["name"] = "Unit Slip";
        json["numericConflict"]!["attributes"]!.AsArray().Add("heigth");
        json["shoulderHeightRatio"]!["min"] = 1.5;
        json["massLengthAllometry"]!["calibration"]![0]!.AsObject().Remove("source");

        var error = Assert.Throws<InvalidDataException>(() => PlausibilityRules.Parse(json.ToJsonString(), "edited.json"));

        Assert.StartsWith("edited.json has 6 problem(s)", error.Message);
        Assert.Contains("tolerance: expected an object, found nothing (the key is missing)", error.Message);
        Assert.Contains("unitSlip.name: \"Unit Slip\" is not kebab-case", error.Message);
        Assert.Contains("numericConflict.attributes: \"heigth\" is not a numeric attribute", error.Message);
        Assert.Contains("shoulderHeightRatio.min: 1.5 is outside [0, 1]", error.Message);
        Assert.Contains("shoulderHeightRatio.min: must be below max", error.Message);
        Assert.Contains("massLengthAllometry.calibration[0].source: expected a non-empty string", error.Message);
    }

    [Fact]
    public void Parse_DuplicateRuleName_IsAProblem()
    {
        var json = JsonNode.Parse(File.ReadAllText(RulesFile))!.AsObject();
        json["unitSlip"]!["name"] = "absolute-bound";

        var error = Assert.Throws<InvalidDataException>(() => PlausibilityRules.Parse(json.ToJsonString(), "edited.json"));

        Assert.Contains("rule name \"absolute-bound\" is used twice", error.Message);
    }

    [Fact]
    public void Parse_NotJson_SaysWhichFile()
    {
        var error = Assert.Throws<InvalidDataException>(() => PlausibilityRules.Parse("{ not json", "broken.json"));

        Assert.StartsWith("broken.json is not valid JSON", error.Message);
    }

    [Fact]
    public void Parse_UnknownCategoryInAPair_IsAProblem()
    {
        var json = JsonNode.Parse(File.ReadAllText(RulesFile))!.AsObject();
        json["categoricalConflicts"]![1]!["exclusivePairs"] = JsonNode.Parse("""[["nocturnal", "daytime"]]""");

        var error = Assert.Throws<InvalidDataException>(() => PlausibilityRules.Parse(json.ToJsonString(), "edited.json"));

        Assert.Contains("categoricalConflicts[1].exclusivePairs", error.Message);
        Assert.Contains("must be two categories of activity_pattern", error.Message);
    }
}
