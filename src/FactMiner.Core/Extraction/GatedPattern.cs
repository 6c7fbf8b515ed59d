using System.Buffers;
using System.Text.RegularExpressions;

namespace FactMiner.Core.Extraction;

/// <summary>A categorical pattern with the words it cannot match without (at a word start): a sentence holding none of
/// them is not scanned, which spares most sentences most patterns. A test checks every corpus match passes its cues.</summary>
internal sealed record GatedPattern(Regex Regex, SearchValues<string> Cues)
{
    public static GatedPattern Of(Regex regex, params string[] cues) => new(regex, SearchValues.Create(cues, StringComparison.OrdinalIgnoreCase));

    public bool MayMatch(ReadOnlySpan<char> text) => WordStartCues.AnyAt(text, Cues);

    /// <summary>The pattern's matches in <paramref name="text"/>; none, without scanning, when a cue is missing.</summary>
    public IEnumerable<Match> Matches(string text) => MayMatch(text) ? Regex.Matches(text) : [];
}
