using System.Buffers;
using System.Text.RegularExpressions;

namespace FactMiner.Core.Extraction;

/// <summary>A categorical pattern with the words it cannot match without (at a word start): a sentence holding none of
/// them is not scanned, which spares most sentences most patterns. A test checks every corpus match passes its cues.</summary>
internal sealed class GatedPattern(Regex regex, params string[] cueWords)
{
    private readonly string[] words = cueWords;
    private readonly SearchValues<string> cues = SearchValues.Create(cueWords, StringComparison.OrdinalIgnoreCase);

    public Regex Regex => regex;

    public bool MayMatch(ReadOnlySpan<char> text) => WordStartCues.AnyAt(text, cues);

    /// <summary>The pattern's matches in <paramref name="text"/>; none, without scanning, when a cue is missing.</summary>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];

    /// <summary>The cue words of all <paramref name="patterns"/> in one search: a reader's gate, true when any pattern may match.</summary>
    public static SearchValues<string> AnyCueOf(IEnumerable<GatedPattern> patterns) =>
        SearchValues.Create([.. patterns.SelectMany(p => p.words).Distinct(StringComparer.OrdinalIgnoreCase)], StringComparison.OrdinalIgnoreCase);
}
