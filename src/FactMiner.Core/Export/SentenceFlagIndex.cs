using System.Collections.Frozen;
using FactMiner.Core.Model;

namespace FactMiner.Core.Export;

/// <summary>Finds the flags that involve a sentence's claims: a flag over claims of several sentences shows on each of them.</summary>
public sealed class SentenceFlagIndex
{
    private readonly FrozenDictionary<string, Flag[]> flagsByClaim;

    public SentenceFlagIndex(IEnumerable<Flag> flags)
    {
        ArgumentNullException.ThrowIfNull(flags);
        flagsByClaim = flags
            .SelectMany(flag => flag.ClaimIds.Select(id => (id, flag)))
            .GroupBy(pair => pair.id, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.flag).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>Each flag once, in the order of the sentence's claims.</summary>
    public IEnumerable<Flag> Of(Sentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in sentence.Claims.Select(c => c.Id).Concat(sentence.Categorical.Select(c => c.Id)))
        {
            if (flagsByClaim.TryGetValue(id, out var flags))
            {
                foreach (var flag in flags.Where(f => seen.Add(f.Id)))
                {
                    yield return flag;
                }
            }
        }
    }
}
