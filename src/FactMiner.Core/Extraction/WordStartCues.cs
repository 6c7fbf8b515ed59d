using System.Buffers;

namespace FactMiner.Core.Extraction;

/// <summary>Cheap gates in front of the categorical patterns: every pattern begins its cue word at a word boundary, so a
/// cue inside a longer word ("eat" in "great", "live" in "delivered") cannot start a match and need not wake the patterns.</summary>
internal static class WordStartCues
{
    /// <summary>Whether any cue occurs in <paramref name="text"/> with no letter or digit right before it.</summary>
    public static bool AnyAt(ReadOnlySpan<char> text, SearchValues<string> cues)
    {
        var from = 0;
        while (from < text.Length && text[from..].IndexOfAny(cues) is var found and >= 0)
        {
            var at = from + found;
            if (at == 0 || !char.IsLetterOrDigit(text[at - 1]))
            {
                return true;
            }

            from = at + 1;
        }

        return false;
    }
}
