using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Tests.Support;
using static FactMiner.Core.Tests.Support.Claims;

namespace FactMiner.Core.Tests.Reconciliation;

/// <summary>Two documents about one animal with contradictions planted among look-alike decoys, run through subjects,
/// categorical claims and reconciliation: every planted contradiction is flagged, no decoy is.</summary>
public sealed class ClaimReconcilerScenarioTests
{
    private static ReconciliationResult Run()
    {
        var first = ParagraphDocuments.FromSentences(
                "snow-leopard.txt",
                "The snow leopard (Panthera uncia) is a large cat of the mountains of Central Asia.",
                "It was listed as Endangered by the IUCN in 2008 and as Vulnerable in 2017.",
                "Snow leopards are mostly crepuscular, being most active at dawn and dusk.",
                "Adult males weigh 45-55 kg, while females weigh 35-40 kg.",
                "Newborn cubs weigh about 450 g.",
                "They are solitary, except for mothers with cubs.",
                "Snow leopards are about 60 cm tall at the shoulder.",
                "Unlike the snow leopard, the common leopard weighs up to 90 kg.")
            .WithClaim(3, "45-55 kg", Numeric("snow-leopard.txt#3.0", NumericAttributes.Weight, 45, 55, "kg", null))
            .WithClaim(3, "35-40 kg", Numeric("snow-leopard.txt#3.1", NumericAttributes.Weight, 35, 40, "kg", null))
            .WithClaim(4, "about 450 g", Numeric("snow-leopard.txt#4.0", NumericAttributes.Weight, 450, "g", null, "approximate"))
            .WithClaim(6, "about 60 cm", Numeric("snow-leopard.txt#6.0", NumericAttributes.ShoulderHeight, 60, "cm", null, "approximate"))
            .WithClaim(7, "up to 90 kg", Numeric("snow-leopard.txt#7.0", NumericAttributes.Weight, 90, "kg", null, "up to"));
        var second = ParagraphDocuments.FromSentences(
                "snow-leopard-notes.txt",
                "Snow leopards weigh 75-95 kg.",
                "The snow leopard is primarily active at night.",
                "The species is diurnal.",
                "Snow leopards live in large herds.",
                "In captivity, snow leopards live up to 25 years, against 10-12 years in the wild.",
                "Snow leopards weigh about 110 to 121 lb.")
            .WithClaim(0, "75-95 kg", Numeric("snow-leopard-notes.txt#0.0", NumericAttributes.Weight, 75, 95, "kg", null))
            .WithClaim(4, "up to 25 years", Numeric("snow-leopard-notes.txt#4.0", NumericAttributes.Lifespan, 25, "year", null, "up to", "captive"))
            .WithClaim(4, "10-12 years", Numeric("snow-leopard-notes.txt#4.1", NumericAttributes.Lifespan, 10, 12, "year", null, "wild"))
            .WithClaim(5, "about 110 to 121 lb", Numeric("snow-leopard-notes.txt#5.0", NumericAttributes.Weight, 110, 121, "lb", null, "approximate"));

        var documents = new[] { first, second }.Select(d => SubjectResolver.Default.Process(CategoricalExtractor.Default.Process(d)));
        return ClaimReconciler.Default.Reconcile(documents);
    }

    [Fact]
    public void Reconcile_PlantedContradictions_AreEachFlaggedOnceAndDecoysNever()
    {
        var flags = Run().Flags.Select(f => $"{f.Id} {f.Kind} {f.Rule}: {string.Join(" ", f.ClaimIds)}").ToList();

        Assert.Equal(
            [
                "F1 conflict numeric-interval-conflict: snow-leopard-notes.txt#0.0 snow-leopard-notes.txt#5.0 snow-leopard.txt#3.0 snow-leopard.txt#3.1",
                "F2 conflict activity-pattern-conflict: snow-leopard-notes.txt#1.c0 snow-leopard-notes.txt#2.c0",
                "F3 conflict social-structure-conflict: snow-leopard-notes.txt#3.c0 snow-leopard.txt#5.c0",
            ],
            flags);
    }

    [Fact]
    public void Reconcile_OutlierAgainstSeveralGroups_OneFlagNamingTheOutlier()
    {
        var flag = Run().Flags[0];

        Assert.Equal("snow leopard weight: 75-95 kg cannot hold with about 110-121 lb, 45-55 kg (male, adult), 35-40 kg (female)", flag.Message);
    }
}
