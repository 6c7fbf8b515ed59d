using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>Reads conservation statuses in a classification frame ("classified as vulnerable by the IUCN (1996)", "is
/// critically endangered", "low risk, near threatened"), with the authority and year of the clause. A CITES appendix is
/// a trade listing, not a status; "vulnerable to poaching", "extinct in China", "could become endangered" are no claims.</summary>
internal static partial class ConservationStatusReader
{
    /// <summary>Every status phrase needs one of these words.</summary>
    private static readonly SearchValues<string> Cues = SearchValues.Create(
        ["risk", "endangered", "extinct", "threatened", "concern", "deficient", "vulnerable"], StringComparison.OrdinalIgnoreCase);

    /// <summary>False when the text holds none of the words every match needs: most sentences skip the patterns.</summary>
    public static bool MayMatch(ReadOnlySpan<char> text) => text.ContainsAny(Cues);

    public static IEnumerable<CategoricalMatch> Read(ClauseReader reader)
    {
        var text = reader.Text;
        foreach (Match match in StatusPhrase().Matches(text))
        {
            var word = reader.WordAt(match.Index);
            var category = CategoryOf(match);
            if (category is null || IsExcluded(reader, match, word, category))
            {
                continue;
            }

            var clauseStart = reader.OffsetOf(reader.ClauseStart(word));
            var clauseEndWord = reader.ClauseEnd(word);
            var clauseEnd = clauseEndWord < reader.Words.Count ? reader.Words[clauseEndWord].Start : text.Length;
            var authority = AuthorityNear(text, clauseStart, clauseEnd, match.Index) ?? AuthorityNear(text, 0, text.Length, match.Index);
            if (authority is null && !HasTrigger(reader, text[clauseStart..match.Index], word))
            {
                continue;
            }

            yield return new CategoricalMatch(
                CategoricalVocabulary.ConservationStatus,
                category,
                match.Index,
                match.Index + match.Length,
                authority,
                YearNear(text, clauseStart, clauseEnd, match.Index),
                reader.QualifiersAt(word));
        }
    }

    private static string? CategoryOf(Match match)
    {
        if (match.Groups["lr"].Success)
        {
            var old = match.Groups["lrcat"].Value.ToLowerInvariant();
            return old.StartsWith("least", StringComparison.Ordinal) || old == "lc" ? "least_concern" : "near_threatened";
        }

        string[] groups = ["cr", "ew", "nt", "lc", "dd", "en", "vu", "ex"];
        string[] categories =
        [
            "critically_endangered", "extinct_in_the_wild", "near_threatened", "least_concern", "data_deficient",
            "endangered", "vulnerable", "extinct",
        ];
        for (var i = 0; i < groups.Length; i++)
        {
            if (match.Groups[groups[i]].Success)
            {
                return categories[i];
            }
        }

        return null;
    }

    private static bool IsExcluded(ClauseReader reader, Match match, int word, string category)
    {
        var text = reader.Text;
        var after = text[(match.Index + match.Length)..];
        var start = reader.ClauseStart(word);
        for (var k = word - 1; k >= Math.Max(start, word - 5); k--)
        {
            if (reader.IsWord(k, "not", "never", "no", "formerly", "previously", "once", "originally", "until", "former",
                    "earlier", "become", "becoming", "becomes", "became") ||
                reader.Words[k].In(text).EndsWith("n't", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        if (reader.IsWord(word - 1, "from", "most", "more", "less", "highly", "very", "extremely", "seriously", "severely",
                "particularly", "especially", "increasingly", "so", "locally", "regionally", "functionally", "ecologically",
                "virtually", "nearly", "almost", "commercially", "possibly", "probably"))
        {
            return true;
        }

        return category switch
        {
            "vulnerable" => VulnerableTo().IsMatch(after),
            "extinct" => LocalExtinction().IsMatch(after),
            "endangered" => SpeciesAct().IsMatch(after) || (ByCause().IsMatch(after) && AuthorityNear(after, 0, Math.Min(after.Length, 60), 0) is null),
            _ => false,
        };
    }

    /// <summary>A status needs a frame: a classification word before it in its clause, or a copula right before it.</summary>
    private static bool HasTrigger(ClauseReader reader, string before, int word)
    {
        if (ClassificationWord().IsMatch(before))
        {
            return true;
        }

        for (var k = word - 1; k >= 0 && k >= word - 4; k--)
        {
            if (reader.IsWord(k, "is", "are", "was", "were", "remains", "remain", "be", "been"))
            {
                return true;
            }

            if (!reader.IsWord(k, "now", "currently", "still", "officially", "globally", "presently", "today", "a", "an", "as", "considered"))
            {
                return false;
            }
        }

        return false;
    }

    private static string? AuthorityNear(string text, int from, int to, int anchor)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in Authority().Matches(text[from..to]))
        {
            var distance = Math.Abs(from + match.Index - anchor);
            if (distance >= bestDistance)
            {
                continue;
            }

            bestDistance = distance;
            best = match.Groups["national"].Success ? "national"
                : match.Groups["iucn"].Success ? "IUCN"
                : match.Groups["esa"].Success ? "ESA"
                : match.Groups["cosewic"].Success ? "COSEWIC"
                : "CITES";
        }

        return best;
    }

    private static int? YearNear(string text, int from, int to, int anchor)
    {
        int? best = null;
        var bestDistance = int.MaxValue;
        foreach (Match match in Year().Matches(text[from..to]))
        {
            var distance = Math.Abs(from + match.Index - anchor);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = int.Parse(match.Value, CultureInfo.InvariantCulture);
            }
        }

        return best;
    }

    [GeneratedRegex(@"\b(?:(?<lr>low(?:er)?[\s-]+risk)\s*(?:[,/:(\u2013\u2014-]\s*|\s+)(?<lrcat>near[\s-]+threatened|least[\s-]+concern|conservation[\s-]+dependent|nt|lc|cd)\b\)?|(?<cr>critically[\s-]+endangered)|(?<ew>extinct[\s-]+in[\s-]+the[\s-]+wild)|(?<nt>near[\s-]+threatened)|(?<lc>least[\s-]+concern)|(?<dd>data[\s-]+deficient)|(?<en>endangered)|(?<vu>vulnerable)|(?<ex>extinct))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex StatusPhrase();

    [GeneratedRegex(@"\b(?:classif|list|assess|categori[sz]|rated|rank|designat|consider|regard|recogni[sz]|evaluat|placed|status|red\s+list|iucn|declared|uplisted|downlisted|reclassified)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ClassificationWord();

    [GeneratedRegex(@"(?<national>\b(?:China|Chinese|Russian|Russia|India|Indian|Nepal|national|regional|state|Mongolian)(?:'s)?\s+(?:species\s+)?Red\s+(?:List|Data\s+Book)|\bRed\s+Data\s+Book)|(?<iucn>\bIUCN\b|\bRed\s+List\b|International\s+Union\s+for\s+(?:the\s+)?Conservation\s+of\s+Nature)|(?<esa>Endangered\s+Species\s+Act|\bESA\b|Fish\s+and\s+Wildlife\s+Service|\bUSFWS\b)|(?<cosewic>\bCOSEWIC\b)|(?<cites>\bCITES\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Authority();

    [GeneratedRegex(@"(?<![\d.,])\b(?:19|20)\d{2}\b(?!\d|s\b|\s*(?:m|km|kg|g|ft|feet|metres|meters|individuals|animals|mature)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Year();

    [GeneratedRegex(@"^\s+to\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex VulnerableTo();

    [GeneratedRegex(@"^\s+(?:in|from)\s+(?!the\s+wild\b)(?!(?:the\s+)?(?:early\s+|late\s+|mid-?)?\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex LocalExtinction();

    [GeneratedRegex(@"^\s+species\s+act\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex SpeciesAct();

    [GeneratedRegex(@"^\s+by\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex ByCause();
}
