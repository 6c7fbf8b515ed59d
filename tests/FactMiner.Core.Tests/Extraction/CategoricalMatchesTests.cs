using FactMiner.Core.Extraction;

namespace FactMiner.Core.Tests.Extraction;

/// <summary>The order of a sentence's categorical claims decides their ids (<c>#4.c0</c>, <c>#4.c1</c>), so sorting must be
/// stable and thinning must keep the first of each category.</summary>
public sealed class CategoricalMatchesTests
{
    [Fact]
    public void SortByStart_MatchesAtOneOffset_KeepTheOrderTheReadersFoundThem()
    {
        var matches = new List<CategoricalMatch> { Match("diet_type", "herbivore", 30), Match("activity_pattern", "nocturnal", 4), Match("social_structure", "solitary", 4), Match("diet_type", "omnivore", 12) };

        CategoricalMatches.SortByStart(matches);

        Assert.Equal(["nocturnal", "solitary", "omnivore", "herbivore"], matches.Select(m => m.Category));
    }

    [Fact]
    public void KeepFirstPerCategory_RepeatedCategory_KeepsItsFirstMatchAndTheOrder()
    {
        var matches = new List<CategoricalMatch> { Match("diet_type", "herbivore", 30), Match("diet_type", "omnivore", 2), Match("diet_type", "herbivore", 50), Match("diet_type", "omnivore", 60) };

        CategoricalMatches.KeepFirstPerCategory(matches);

        Assert.Equal([30, 2], matches.Select(m => m.Start));
    }

    private static CategoricalMatch Match(string attribute, string category, int start) => new(attribute, category, start, start + 5, null, null, []);
}
