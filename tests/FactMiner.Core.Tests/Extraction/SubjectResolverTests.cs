using FactMiner.Core.Extraction;
using FactMiner.Core.Model;
using FactMiner.Core.Tests.Support;

namespace FactMiner.Core.Tests.Extraction;

public sealed class SubjectResolverTests
{
    [SharedFact]
    public void Process_UserSample_EverySentenceGetsItsAnimal()
    {
        var document = SubjectResolver.Default.Process(ParagraphDocuments.Sample());

        var subjects = document.Sentences.Select(s => s.Subject).ToList();

        Assert.Equal(20, subjects.Count);
        Assert.Equal("siberian musk deer", subjects[2]);
        Assert.Equal("himalayan musk deer", subjects[8]);
        Assert.Equal("himalayan musk deer", subjects[11]);
        Assert.Equal("pygmy musk deer", subjects[14]);
        Assert.All(new[] { 0, 1, 3, 4, 5, 6, 7, 9, 10, 12, 13, 15, 16, 17, 18, 19 }, i => Assert.Equal("musk deer", subjects[i]));
    }

    [Theory]
    [InlineData("The Siberian musk deer is classified as vulnerable by the IUCN (1996).", "siberian musk deer")]
    [InlineData("Pygmy musk deer are chevrotains.", "pygmy musk deer")]
    [InlineData("The wild yak lives on the Tibetan plateau.", "wild yak")]
    [InlineData("Domestic yaks are much smaller than their wild relatives.", "domestic yak")]
    [InlineData("Amur tigers are the largest cats.", "amur tiger")]
    [InlineData("The snow leopard has a very long tail.", "snow leopard")]
    [InlineData("Sumatran tigers weigh less than Bengal tigers.", "sumatran tiger")]
    [InlineData("The wild Bactrian camel is critically endangered.", "wild bactrian camel")]
    [InlineData("In captivity giant anteaters have lived up to 26 years.", "giant anteater")]
    [InlineData("In winter snow leopards move to lower elevations.", "snow leopard")]
    public void SubjectOf_NamedAnimal_KeepsItsModifiers(string sentence, string expected) =>
        Assert.Equal(expected, SubjectResolver.SubjectOf(sentence));

    [Theory]
    [InlineData("Ecology and Behavior Himalayan musk deer are most active between dusk and dawn, alternately resting", "himalayan musk deer")]
    [InlineData("Threats: While habitat destruction poses a threat to musk deer populations, hunting is worse.", "musk deer")]
    [InlineData("Physical Description Snow leopards have thick grey fur.", "snow leopard")]
    [InlineData("Diet Red pandas eat mostly bamboo.", "red panda")]
    public void SubjectOf_HeadingGluedToSentence_SkipsHeading(string sentence, string expected) =>
        Assert.Equal(expected, SubjectResolver.SubjectOf(sentence));

    [Theory]
    [InlineData("A doe usually bears one or two fawns.")]
    [InlineData("The female bears a single calf in June.")]
    [InlineData("Each female bears 2 young.")]
    public void SubjectOf_BearsAsTheVerb_NamesNoBearAndKeepsTheRunningSubject(string sentence) =>
        Assert.Equal("musk deer", SubjectResolver.SubjectOf(sentence, runningSubject: "musk deer"));

    [Theory]
    [InlineData("Brown bears weigh 300 kg.", "brown bear")]
    [InlineData("Polar bears only eat seals.", "polar bear")]
    [InlineData("Female bears give birth in winter dens.", "bear")]
    public void SubjectOf_BearsAsTheAnimal_IsStillTheBear(string sentence, string expected) =>
        Assert.Equal(expected, SubjectResolver.SubjectOf(sentence));

    [Theory]
    [InlineData("The Musk Deer is strongly territorial.")]
    [InlineData("The musk-deer is hard to domesticate.")]
    [InlineData("Musk deer are relatively small and antlerless.")]
    [InlineData("Populations of musk deer are declining throughout their distribution.")]
    [InlineData("Hunting of musk deer is done with traps and guns.")]
    [InlineData("Male musk deer have long canine tusks.")]
    public void SubjectOf_VariantsOfOneName_GiveOneSubject(string sentence) =>
        Assert.Equal("musk deer", SubjectResolver.SubjectOf(sentence));

    [Theory]
    [InlineData("Tigers are solitary hunters.", "tiger")]
    [InlineData("Grey wolves live in packs.", "grey wolf")]
    [InlineData("A tigress gives birth to two or three cubs.", "tiger")]
    [InlineData("Newborn tiger cubs weigh about 1 kg.", "tiger")]
    [InlineData("Adult female Amur tigers weigh 100-167 kg.", "amur tiger")]
    [InlineData("Unlike lions, tigers are solitary.", "tiger")]
    [InlineData("It is estimated that fewer than 500 Amur tigers remain.", "amur tiger")]
    public void SubjectOf_PluralsSexesAndYoung_ResolveToTheAnimal(string sentence, string expected) =>
        Assert.Equal(expected, SubjectResolver.SubjectOf(sentence));

    [Fact]
    public void Process_PronounsAndGeneralNouns_TakeTheRunningSubject()
    {
        var document = ParagraphDocuments.FromSentences(
            "notes.txt",
            "The snow leopard lives in the mountains of Central Asia.",
            "It is solitary and secretive.",
            "The species is listed as vulnerable.",
            "They feed on wild sheep and ibex.",
            "This animal rarely meets its neighbours.",
            "Newborn cubs weigh about 500 g.",
            "Males are larger than females.");

        var subjects = SubjectResolver.Default.Process(document).Sentences.Select(s => s.Subject);

        Assert.All(subjects, s => Assert.Equal("snow leopard", s));
    }

    [Fact]
    public void Process_NewAnimalNamed_BecomesTheRunningSubject()
    {
        var document = ParagraphDocuments.FromSentences(
            "notes.txt",
            "The musk deer lives in Asia.",
            "The Siberian musk deer is the largest species.",
            "It weighs up to 18 kg.");

        var subjects = SubjectResolver.Default.Process(document).Sentences.Select(s => s.Subject).ToList();

        Assert.Equal(["musk deer", "siberian musk deer", "siberian musk deer"], subjects);
    }

    [Fact]
    public void Process_UnlistedSpeciesIntroducedWithBinomial_IsRecognised()
    {
        var document = ParagraphDocuments.FromSentences(
            "notes.txt",
            "The saola (Pseudoryx nghetinhensis) is a forest-dwelling bovine.",
            "Saolas weigh about 100 kg.",
            "It was discovered in 1992.");

        var subjects = SubjectResolver.Default.Process(document).Sentences.Select(s => s.Subject);

        Assert.All(subjects, s => Assert.Equal("saola", s));
    }

    [Fact]
    public void Process_DocumentNamedForAnimal_SeedsTheRunningSubject()
    {
        var document = ParagraphDocuments.FromSentences("amur-tiger.txt", "It is the largest living cat.", "Its stripes are unique.");

        var subjects = SubjectResolver.Default.Process(document).Sentences.Select(s => s.Subject);

        Assert.All(subjects, s => Assert.Equal("amur tiger", s));
    }

    [Fact]
    public void Process_NoAnimalAnywhere_LeavesSubjectNull()
    {
        var document = ParagraphDocuments.FromSentences("weather.txt", "The winter was long and cold.");

        Assert.Null(SubjectResolver.Default.Process(document).Sentences[0].Subject);
    }

    [Fact]
    public void Process_ClaimsOfTwoAnimalsInOneSentence_EachGetsItsOwnSubject()
    {
        var document = ParagraphDocuments
            .FromSentences("deer.txt", "Siberian musk deer weigh 11-18 kg, while the dwarf musk deer weighs only 7-9 kg.")
            .WithClaim(0, "11-18 kg", Claims.Numeric("deer.txt#0.0", NumericAttributes.Weight, 11, 18, "kg", null))
            .WithClaim(0, "7-9 kg", Claims.Numeric("deer.txt#0.1", NumericAttributes.Weight, 7, 9, "kg", null));

        var claims = SubjectResolver.Default.Process(document).Sentences[0].Claims;

        Assert.Equal("siberian musk deer", claims[0].Subject);
        Assert.Equal("dwarf musk deer", claims[1].Subject);
    }

    [Fact]
    public void Process_ClaimCarryingTheSentenceSubject_IsRefinedToItsClause()
    {
        var sentence = "Siberian musk deer weigh 11-18 kg, while the dwarf musk deer weighs only 7-9 kg.";
        var document = ParagraphDocuments.FromSentences("deer.txt", sentence)
            .WithClaim(0, "7-9 kg", Claims.Numeric("deer.txt#0.0", NumericAttributes.Weight, 7, 9, "kg", "siberian musk deer"));
        document = document with { Sentences = [document.Sentences[0] with { Subject = "siberian musk deer" }] };

        Assert.Equal("dwarf musk deer", SubjectResolver.Default.Process(document).Sentences[0].Claims[0].Subject);
    }

    [Fact]
    public void Process_ClaimWithSubjectAlready_KeepsIt()
    {
        var document = ParagraphDocuments
            .FromSentences("deer.txt", "Musk deer weigh 7-17 kg.")
            .WithClaim(0, "7-17 kg", Claims.Numeric("deer.txt#0.0", NumericAttributes.Weight, 7, 17, "kg", "siberian musk deer"));

        Assert.Equal("siberian musk deer", SubjectResolver.Default.Process(document).Sentences[0].Claims[0].Subject);
    }

    [Fact]
    public void Process_ClaimInPronounSentence_GetsTheRunningSubject()
    {
        var document = ParagraphDocuments
            .FromSentences("yak.txt", "The wild yak lives on the Tibetan plateau.", "Males weigh up to 1,000 kg.")
            .WithClaim(1, "1,000 kg", Claims.Numeric("yak.txt#1.0", NumericAttributes.Weight, 1000, "kg", null, "male", "up to"));

        Assert.Equal("wild yak", SubjectResolver.Default.Process(document).Sentences[1].Claims[0].Subject);
    }

    [Theory]
    [InlineData("The snow leopard weighs 22-55 kg, less than a leopard (up to 90 kg), and is 75-130 cm long.", "22-55 kg", "up to 90 kg", "75-130 cm", "snow leopard,leopard,snow leopard")]
    [InlineData("Domestic yak bulls weigh 350-580 kg, whereas wild bulls can reach 1,000 kg, and calves 15-25 kg.", "350-580 kg", "1,000 kg", "15-25 kg", "domestic yak,wild yak,wild yak")]
    [InlineData("The Amur tiger, which lives in the Russian Far East, weighs up to 300 kg, while the Sumatran tiger weighs 100-140 kg and is 2 m long.", "300 kg", "100-140 kg", "2 m", "amur tiger,sumatran tiger,sumatran tiger")]
    [InlineData("Tigers prey on sambar deer, which weigh up to 300 kg, and eat 40 kg in a night, more than 10 kg a day.", "300 kg", "40 kg", "10 kg", "sambar deer,tiger,tiger")]
    public void Process_ClaimsAroundSeveralAnimals_EachGetsTheAnimalItIsAbout(string sentence, string first, string second, string third, string expected)
    {
        var document = ParagraphDocuments.FromSentences("doc.txt", sentence)
            .WithClaim(0, first, Claims.Numeric("doc.txt#0.0", NumericAttributes.Weight, 1, "kg", null))
            .WithClaim(0, second, Claims.Numeric("doc.txt#0.1", NumericAttributes.Weight, 1, "kg", null))
            .WithClaim(0, third, Claims.Numeric("doc.txt#0.2", NumericAttributes.Weight, 1, "kg", null));

        var subjects = SubjectResolver.Default.Process(document).Sentences[0].Claims.Select(c => c.Subject);

        Assert.Equal(expected, string.Join(",", subjects));
    }

    [Theory]
    [InlineData("The Eurasian lynx (Lynx lynx) weighs 18-30 kg.", "eurasian lynx")]
    [InlineData("The American bison (Bison bison) weighs up to 900 kg.", "american bison")]
    [InlineData("Eurasian lynx ( Lynx lynx ) weigh 18-30 kg.", "eurasian lynx")]
    public void Process_ClaimAfterTheAnimalsBinomialInBrackets_BelongsToTheAnimal(string sentence, string expected)
    {
        var value = sentence[sentence.IndexOf("weigh", StringComparison.Ordinal)..].Split(' ', 2)[1].TrimEnd('.');
        var document = ParagraphDocuments.FromSentences("doc.txt", sentence)
            .WithClaim(0, value, Claims.Numeric("doc.txt#0.0", NumericAttributes.Weight, 1, "kg", null));

        Assert.Equal(expected, SubjectResolver.Default.Process(document).Sentences[0].Claims[0].Subject);
    }

    [Theory]
    [InlineData("Males weigh 45-55 kg, while females weigh 35-40 kg.", "45-55 kg", "male")]
    [InlineData("Males weigh 45-55 kg, while females weigh 35-40 kg.", "35-40 kg", "female")]
    [InlineData("Newborn cubs weigh about 500 g.", "500 g", "newborn")]
    [InlineData("The female gives birth to a single fawn weighing 500 g.", "500 g", "female,newborn")]
    [InlineData("Calves weigh 15-25 kg at birth.", "15-25 kg", "newborn")]
    [InlineData("Juveniles weigh 10 kg.", "10 kg", "juvenile")]
    [InlineData("In captivity, adults weigh up to 20 kg.", "20 kg", "captive,adult")]
    [InlineData("Except for a female and her young, it weighs 10 kg.", "10 kg", "")]
    public void Process_ConditionsNamedInTheClause_AreAddedToTheClaim(string sentence, string value, string expected)
    {
        var document = ParagraphDocuments.FromSentences("doc.txt", "The musk deer lives in Siberia.", sentence)
            .WithClaim(1, value, Claims.Numeric("doc.txt#1.0", NumericAttributes.Weight, 1, "kg", null));

        var claim = SubjectResolver.Default.Process(document).Sentences[1].Claims[0];

        Assert.Equal(expected, string.Join(",", claim.Qualifiers));
        Assert.Equal("musk deer", claim.Subject);
    }

    [Fact]
    public void Process_ClaimAlreadyQualified_KeepsTheExtractorsCondition()
    {
        var document = ParagraphDocuments.FromSentences("doc.txt", "Males weigh 45-55 kg.")
            .WithClaim(0, "45-55 kg", Claims.Numeric("doc.txt#0.0", NumericAttributes.Weight, 45, 55, "kg", "snow leopard", "female"));

        Assert.Equal(["female"], SubjectResolver.Default.Process(document).Sentences[0].Claims[0].Qualifiers.AsEnumerable());
    }

    [Fact]
    public void Process_MessySentences_NeverThrow()
    {
        var document = new Document("odd.txt", "odd.txt", "", "")
        {
            Sentences =
            [
                new Sentence(0, 0, 0, ""),
                new Sentence(1, 0, 0, "\u2014 ;; (( 12-3 \u00e9\u00e9 ))"),
                new Sentence(2, 5, 3, "It is what it is."),
            ],
        };

        var processed = CategoricalExtractor.Default.Process(SubjectResolver.Default.Process(document));

        Assert.All(processed.Sentences, s => Assert.Null(s.Subject));
    }

    [Theory]
    [InlineData("Range Map Musk deer are found across Asia.", "musk deer")]
    [InlineData("Scientific Name Moschus moschiferus Siberian musk deer live in taiga.", "siberian musk deer")]
    public void SubjectOf_PageFurnitureGluedToSentence_SkipsIt(string sentence, string expected) =>
        Assert.Equal(expected, SubjectResolver.SubjectOf(sentence));
}
