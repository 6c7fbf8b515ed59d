using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Tells the years a value holds for (<c>in 2003</c>, <c>by 2022</c>, <c>as of May 2010</c>) from years that are
/// mere dates or citations (<c>(1996)</c>, <c>since 1980</c>): only the first become qualifiers.
/// </summary>
internal static class YearReader
{
    private static readonly string?[] YearStrings = new string?[1101];

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Prepositions = new[]
    {
        "in", "by", "during", "until", "till", "through", "throughout", "circa", "around",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Fillers = new[]
    {
        "early", "mid", "late", "the", "year", "spring", "summer", "autumn", "fall", "winter", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "jan.",
        "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept",
        "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Adds a marker when the bare year-like number at <paramref name="atom"/> is introduced as a time the values hold for.</summary>
    public static void Read(in SentenceTokens tokens, in ValueAtom atom, List<YearMarker> markers)
    {
        if (!atom.IsBare || !atom.Number.Has(NumberTraits.YearLike))
        {
            return;
        }

        var i = atom.Start - 1;
        for (var fillers = 0; fillers < 3 && tokens.IsWord(i) && Fillers.Contains(tokens[i]); fillers++)
        {
            i--;
        }

        var introduced = tokens.IsWord(i) && Prepositions.Contains(tokens[i])
            || (tokens.Is(i, "of") && tokens.Is(i - 1, "as"));
        if (introduced)
        {
            markers.Add(new YearMarker(atom.Start, Format((int)atom.Value)));
        }
    }

    /// <summary>
    /// The year that applies to a claim at tokens <c>[index, end)</c>: the only one in its part of the sentence
    /// (a semicolon ends a part), else one right after the claim, else the nearest before it.
    /// </summary>
    public static string? For(in SentenceTokens tokens, List<YearMarker> markers, int index, int end)
    {
        if (markers.Count == 0)
        {
            return null;
        }

        if (markers.Count == 1)
        {
            var (from, to) = markers[0].Index < index ? (markers[0].Index, index) : (index, markers[0].Index);
            for (var i = from; i < to; i++)
            {
                if (tokens.IsChar(i, ';'))
                {
                    return null;
                }
            }

            return markers[0].Year;
        }

        // "from 10,090 in 1931 to 25,280 in 1988": a year right after the value is its own.
        foreach (var marker in markers)
        {
            if (marker.Index > end && marker.Index <= end + 3 && !HasBreak(tokens, end, marker.Index))
            {
                return marker.Year;
            }
        }

        string? before = null;
        foreach (var marker in markers)
        {
            if (marker.Index < index)
            {
                before = marker.Year;
            }
            else
            {
                return before ?? marker.Year;
            }
        }

        return before;
    }

    private static bool HasBreak(in SentenceTokens tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (ClauseWindow.EndsForward(tokens, i))
            {
                return true;
            }
        }

        return false;
    }

    private static string Format(int year) => YearStrings[year - 1000] ??= year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
