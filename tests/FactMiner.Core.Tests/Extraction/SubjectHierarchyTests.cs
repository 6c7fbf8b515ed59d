using FactMiner.Core.Extraction;

namespace FactMiner.Core.Tests.Extraction;

public sealed class SubjectHierarchyTests
{
    [Theory]
    [InlineData("siberian musk deer", "musk deer")]
    [InlineData("musk deer", "deer")]
    [InlineData("wild yak", "yak")]
    [InlineData("amur tiger", "tiger")]
    public void ParentOf_ModifiedSubject_DropsTheLeadingModifier(string subject, string parent) =>
        Assert.Equal(parent, SubjectHierarchy.ParentOf(subject));

    [Fact]
    public void ParentOf_BareHead_HasNoParent() => Assert.Null(SubjectHierarchy.ParentOf("deer"));

    [Fact]
    public void ParentOf_KnownSubjects_SkipsToTheNearestKnownOne() =>
        Assert.Equal("musk deer", SubjectHierarchy.ParentOf("siberian forest musk deer", new HashSet<string> { "musk deer", "deer" }));

    [Theory]
    [InlineData("Male Musk-Deer", "musk deer")]
    [InlineData("Amur tigers", "amur tiger")]
    [InlineData("newborn tiger cubs", "tiger")]
    [InlineData("the Himalayan musk deer", "himalayan musk deer")]
    public void Normalize_Phrase_GivesTheResolversSubject(string phrase, string expected) =>
        Assert.Equal(expected, SubjectHierarchy.Normalize(phrase));

    [Fact]
    public void Normalize_NoAnimal_IsNull() => Assert.Null(SubjectHierarchy.Normalize("the weather"));

    [Theory]
    [InlineData("musk deer", "siberian musk deer", true)]
    [InlineData("deer", "siberian musk deer", true)]
    [InlineData("yak", "wild yak", true)]
    [InlineData("musk deer", "musk deer", false)]
    [InlineData("wild yak", "domestic yak", false)]
    [InlineData("siberian musk deer", "himalayan musk deer", false)]
    public void IsAncestorOf_Pairs_AnswersKindOf(string ancestor, string subject, bool expected) =>
        Assert.Equal(expected, SubjectHierarchy.IsAncestorOf(ancestor, subject));

    [Fact]
    public void AncestorsOf_ThreeWordSubject_ListsNearestFirst() =>
        Assert.Equal(["musk deer", "deer"], SubjectHierarchy.AncestorsOf("siberian musk deer"));
}
