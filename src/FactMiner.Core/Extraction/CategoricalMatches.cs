namespace FactMiner.Core.Extraction;

/// <summary>Orders and thins a sentence's categorical matches in place: a sentence holds a handful, so plain loops beat
/// LINQ's iterators and copies, which had become a fifth of what categorical reading allocated.</summary>
internal static class CategoricalMatches
{
    /// <summary>Sorts by offset, keeping matches at one offset in the order they were found (the readers' order).</summary>
    public static void SortByStart(List<CategoricalMatch> matches)
    {
        for (var i = 1; i < matches.Count; i++)
        {
            var match = matches[i];
            var j = i - 1;
            while (j >= 0 && matches[j].Start > match.Start)
            {
                matches[j + 1] = matches[j];
                j--;
            }

            matches[j + 1] = match;
        }
    }

    /// <summary>Keeps the first match of each category, in their order.</summary>
    public static void KeepFirstPerCategory(List<CategoricalMatch> matches)
    {
        var kept = 0;
        for (var i = 0; i < matches.Count; i++)
        {
            var seen = false;
            for (var k = 0; k < kept && !seen; k++)
            {
                seen = matches[k].Category == matches[i].Category;
            }

            if (!seen)
            {
                matches[kept++] = matches[i];
            }
        }

        matches.RemoveRange(kept, matches.Count - kept);
    }
}
