using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Extraction;

public sealed class CategoricalExtractorTests
{
    [Theory]
    [InlineData("The Siberian musk deer is classified as vulnerable by the IUCN (1996).", "vulnerable", "IUCN", 1996)]
    [InlineData("As a species, the Himalayan musk deer is classified as low risk, near threatened by the IUCN (1996).", "near_threatened", "IUCN", 1996)]
    [InlineData("It is listed as Lower Risk/least concern.", "least_concern", null, null)]
    [InlineData("The Amur tiger is critically endangered.", "critically_endangered", null, null)]
    [InlineData("The species was assessed as Data Deficient by the IUCN in 2008.", "data_deficient", "IUCN", 2008)]
    [InlineData("Pere David's deer is extinct in the wild.", "extinct_in_the_wild", null, null)]
    [InlineData("The snow leopard has been listed as Endangered on the IUCN Red List since 1972.", "endangered", "IUCN", 1972)]
    [InlineData("The grizzly bear is listed as threatened, and the wolf as endangered under the Endangered Species Act.", "endangered", "ESA", null)]
    public void Read_ConservationStatus_GivesCategoryAuthorityAndYear(string sentence, string category, string? authority, int? year)
    {
        var claim = Assert.Single(CategoricalExtractor.Read(sentence));

        Assert.Equal((CategoricalVocabulary.ConservationStatus, category, authority, year), (claim.Attribute, claim.Category, claim.Authority, claim.Year));
    }

    [Theory]
    [InlineData("Musk deer are vulnerable to poaching.")]
    [InlineData("The tiger is extinct in Kazakhstan.")]
    [InlineData("Without protection, tigers could become extinct within decades.")]
    [InlineData("The musk deer is not endangered.")]
    [InlineData("The wild yak is listed in CITES Appendix I.")]
    [InlineData("The tiger is endangered by habitat loss.")]
    [InlineData("It is one of the most endangered cats in the world.")]
    [InlineData("Hunters target endangered animals such as the tiger.")]
    public void Read_StatusWordOutsideAClassification_GivesNothing(string sentence) =>
        Assert.DoesNotContain(CategoricalExtractor.Read(sentence), c => c.Attribute == CategoricalVocabulary.ConservationStatus);

    [Theory]
    [InlineData("Himalayan musk deer are most active between dusk and dawn, alternately resting.", "crepuscular")]
    [InlineData("They feed mainly at dawn and dusk.", "crepuscular")]
    [InlineData("The lesser mouse-deer is crepuscular.", "crepuscular")]
    [InlineData("Musk deer are primarily active at night, although they rest at times.", "nocturnal")]
    [InlineData("Snow leopards are mostly nocturnal.", "nocturnal")]
    [InlineData("The yak is active mainly during the day.", "diurnal")]
    [InlineData("Gorillas are diurnal.", "diurnal")]
    [InlineData("Tigers may be active day and night.", null)]
    [InlineData("Lions are active both day and night.", "cathemeral")]
    [InlineData("The lemur is cathemeral.", "cathemeral")]
    public void Read_ActivityPattern_MapsPhrasingToCategory(string sentence, string? category)
    {
        var claims = CategoricalExtractor.Read(sentence).Where(c => c.Attribute == CategoricalVocabulary.ActivityPattern).Select(c => c.Category);

        Assert.Equal(category is null ? [] : [category], claims);
    }

    [Theory]
    [InlineData("Musk deer are preyed on by nocturnal predators such as owls.")]
    [InlineData("The tiger is not nocturnal.")]
    [InlineData("Like other nocturnal animals, it has large eyes.")]
    public void Read_ActivityWordNotSaidOfTheSubject_GivesNothing(string sentence) =>
        Assert.DoesNotContain(CategoricalExtractor.Read(sentence), c => c.Attribute == CategoricalVocabulary.ActivityPattern);

    [Fact]
    public void Read_HedgedSecondPattern_KeepsOnlyTheMainOne()
    {
        var claims = CategoricalExtractor.Read("Although mostly nocturnal, they are sometimes active during the day.");

        Assert.Equal(["nocturnal"], claims.Select(c => c.Category));
    }

    [Theory]
    [InlineData("Except for a female and her young, the musk deer is solitary outside of the rutting season.", "solitary", "")]
    [InlineData("The Musk Deer is strongly territorial and reclusive, mostly traveling alone or in solitary pairs.", "solitary", "")]
    [InlineData("Wild yaks live in herds of up to 200 animals.", "group", "")]
    [InlineData("During the rut they gather in small groups.", "group", "breeding season")]
    [InlineData("Gibbons live in monogamous pairs.", "pair", "")]
    [InlineData("Tigers lead a solitary life.", "solitary", "")]
    public void Read_SocialStructure_GivesCategoryAndConditions(string sentence, string category, string qualifiers)
    {
        var claim = Assert.Single(CategoricalExtractor.Read(sentence), c => c.Attribute == CategoricalVocabulary.SocialStructure);

        Assert.Equal((category, qualifiers), (claim.Category, string.Join(",", claim.Qualifiers)));
    }

    [Fact]
    public void Read_MalesAloneFemalesInHerds_QualifiesEachBySex()
    {
        var claims = CategoricalExtractor.Read("Males live alone, while females live in herds with their calves.");

        Assert.Equal(["solitary:male", "group:female"], claims.Select(c => $"{c.Category}:{string.Join(",", c.Qualifiers)}"));
    }

    [Fact]
    public void Read_NegatedSolitary_GivesNothing() =>
        Assert.Empty(CategoricalExtractor.Read("Unlike its relatives, the musk ox is not solitary."));

    [Theory]
    [InlineData("Musk deer feed on grasses and lichens.", "herbivore")]
    [InlineData("Tigers prey on deer and wild boar.", "carnivore")]
    [InlineData("Brown bears eat berries, roots and fish.", "omnivore")]
    [InlineData("Pangolins feed on ants and termites.", "insectivore")]
    [InlineData("The giant panda is a herbivore.", "herbivore")]
    [InlineData("Snow leopards are carnivorous.", "carnivore")]
    [InlineData("Polar bears are hypercarnivorous.", "carnivore")]
    public void Read_DietType_FromStatementOrFood(string sentence, string category)
    {
        var claim = Assert.Single(CategoricalExtractor.Read(sentence), c => c.Attribute == CategoricalVocabulary.DietType);

        Assert.Equal(category, claim.Category);
    }

    [Theory]
    [InlineData("Musk deer are preyed upon by wolves and lynx.")]
    [InlineData("They are hunted by carnivores such as the wolverine.")]
    [InlineData("Hunting of musk deer is done with traps and guns.")]
    public void Read_SubjectIsTheFood_GivesNoDiet(string sentence) =>
        Assert.DoesNotContain(CategoricalExtractor.Read(sentence), c => c.Attribute == CategoricalVocabulary.DietType);

    [Fact]
    public void Process_ClaimsGetIdsOffsetsAndClauseSubjects()
    {
        var text = "The Siberian musk deer is vulnerable, while the Himalayan\n   musk deer is classified as near threatened.";
        var document = ExtractWithSubjects(ParagraphDocuments.FromText("deer.txt", text));

        var claims = document.Sentences[0].Categorical;

        Assert.Equal(["deer.txt#0.c0", "deer.txt#0.c1"], claims.Select(c => c.Id));
        Assert.Equal(["siberian musk deer", "himalayan musk deer"], claims.Select(c => c.Subject));
        Assert.Equal("near threatened", text[claims[1].Start..claims[1].End]);
        Assert.Equal("vulnerable", text[claims[0].Start..claims[0].End]);
    }

    [SharedFact]
    public void Process_UserSample_FindsStatusesActivityAndSolitude()
    {
        var document = ExtractWithSubjects(ParagraphDocuments.Sample());

        var claims = document.Sentences.SelectMany(s => s.Categorical)
            .Select(c => $"{c.Id} {c.Attribute}={c.Category} {c.Authority} {c.Year} [{c.Subject}]")
            .ToList();

        Assert.Equal(
            [
                "musk-deer.txt#2.c0 conservation_status=vulnerable IUCN 1996 [siberian musk deer]",
                "musk-deer.txt#5.c0 social_structure=solitary   [musk deer]",
                "musk-deer.txt#6.c0 social_structure=solitary   [musk deer]",
                "musk-deer.txt#8.c0 conservation_status=near_threatened IUCN 1996 [himalayan musk deer]",
                "musk-deer.txt#11.c0 activity_pattern=crepuscular   [himalayan musk deer]",
                "musk-deer.txt#12.c0 activity_pattern=nocturnal   [musk deer]",
            ],
            claims);
    }

    [Fact]
    public void Process_ExceptionInTheSameSentence_KeepsOnlyTheMainPattern()
    {
        var document = ExtractWithSubjects(ParagraphDocuments.FromSentences(
            "tiger.txt", "Tigers are mainly nocturnal, but where undisturbed they hunt by day and are active during the day."));

        Assert.Equal(["nocturnal"], document.Sentences[0].Categorical.Select(c => c.Category));
    }

    [Fact]
    public void Process_SelfContradictionInOneSentence_DropsTheLaterClaim()
    {
        var document = ExtractWithSubjects(ParagraphDocuments.FromSentences(
            "tiger.txt", "Tigers are mostly solitary, although they live in groups."));

        Assert.Equal(["solitary"], document.Sentences[0].Categorical.Select(c => c.Category));
    }

    [Fact]
    public void Process_TwoAnimalsComparedInOneSentence_KeepsBothWithTheirSubjects()
    {
        var document = ExtractWithSubjects(ParagraphDocuments.FromSentences(
            "cats.txt", "The lion is a social cat that lives in prides, whereas the tiger is solitary."));

        Assert.Equal(["lion:group", "tiger:solitary"], document.Sentences[0].Categorical.Select(c => $"{c.Subject}:{c.Category}"));
    }

    [Fact]
    public void Read_InCaptivity_QualifiesTheClaim()
    {
        var claim = Assert.Single(CategoricalExtractor.Read("In captivity, pandas are active during the day."));

        Assert.Equal(("diurnal", "captive"), (claim.Category, string.Join(",", claim.Qualifiers)));
    }

    [Theory]
    [InlineData("Although it belongs to the order Carnivora, the giant panda is a folivore.", "herbivore")]
    [InlineData("The otter is piscivorous.", "carnivore")]
    public void Read_SpecialisedDietWords_MapToTheContractCategory(string sentence, string category) =>
        Assert.Equal(category, Assert.Single(CategoricalExtractor.Read(sentence)).Category);

    [Fact]
    public void Read_FeedingInAPlace_GivesNoDiet() =>
        Assert.Empty(CategoricalExtractor.Read("The giant panda spends its life roaming and feeding in the bamboo forests."));

    /// <summary>As the pipeline runs it: categories first, then SubjectResolver gives each its clause's animal.</summary>
    private static Document ExtractWithSubjects(Document document) =>
        SubjectResolver.Default.Process(CategoricalExtractor.Default.Process(document));
}
