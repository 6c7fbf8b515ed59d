using System.Buffers;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace FactMiner.Core.Extraction;

/// <summary>One sentence cut into words and clauses, with the checks every categorical reader shares: is a word said of
/// the subject (predicative) or of something else, is it negated or hedged, and under which conditions it holds.</summary>
internal sealed partial class ClauseReader
{
    private static readonly WordSet Copulas = new(
        "is", "are", "was", "were", "be", "been", "being", "remain", "remains", "remained", "become", "becomes", "seem",
        "seems", "appear", "appears", "stay", "stays", "'s");

    private static readonly WordSet Negations = new("not", "never", "no", "nor", "neither", "hardly", "longer");

    private static readonly WordSet Hedges = new(
        "sometimes", "occasionally", "rarely", "seldom", "also", "may", "might", "can", "could", "partly", "partially",
        "somewhat", "sporadically", "less", "more", "facultatively", "opportunistically", "sometime", "often");

    /// <summary>Words that show the adjective belongs to another noun ("by nocturnal predators", "other solitary cats").</summary>
    private static readonly WordSet Blockers = new(
        "by", "of", "for", "from", "with", "to", "in", "on", "at", "among", "than", "like", "unlike", "other", "such", "the",
        "this", "these", "those", "their", "its", "his", "her", "many", "some", "several", "which", "that", "into",
        "against", "toward", "towards", "about");

    private static readonly WordSet ClauseConjunctions = new(
        "while", "whereas", "but", "although", "though", "however", "whilst", "except");

    private static readonly WordSet MaleWords = new(
        "male", "males", "bull", "bulls", "stag", "stags", "buck", "bucks", "ram", "rams", "stallion", "stallions", "bachelor");

    private static readonly WordSet FemaleWords = new(
        "female", "females", "cow", "cows", "doe", "does", "hind", "hinds", "ewe", "ewes", "sow", "sows", "vixen", "vixens",
        "mother", "mothers", "mare", "mares", "tigress", "tigresses", "lioness", "lionesses");

    // Words the setting, season and birth patterns need: most clauses have none, and skip the patterns.
    private static readonly SearchValues<string> SettingCues = SearchValues.Create(["captivity", "zoo", "wild"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> SeasonCues = SearchValues.Create(
        ["rut", "season", "winter", "summer", "spring", "autumn", "monsoon"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> BirthCues = SearchValues.Create(["born", "birth"], StringComparison.OrdinalIgnoreCase);

    public ClauseReader(string text)
        : this(text, SentenceWord.Scan(text))
    {
    }

    /// <summary>On words already scanned from <paramref name="text"/> (the subject finder's), so a sentence is cut once.</summary>
    public ClauseReader(string text, List<SentenceWord> words)
    {
        Text = text;
        Words = words;
    }

    public string Text { get; }

    public List<SentenceWord> Words { get; }

    /// <summary>Index of the word that starts at or contains <paramref name="offset"/> (the next word when between words).</summary>
    public int WordAt(int offset)
    {
        // A loop, not FindIndex: a lambda over the offset would allocate on every call, and claims ask often.
        var index = 0;
        while (index < Words.Count && Words[index].End <= offset)
        {
            index++;
        }

        return index;
    }

    public string Lower(int word) => Words[word].In(Text).ToString().ToLowerInvariant();

    /// <summary>First word of the clause holding <paramref name="word"/>: after a full stop or semicolon, or at "while", "but", ...</summary>
    public int ClauseStart(int word)
    {
        for (var k = Math.Min(word, Words.Count - 1); k > 0; k--)
        {
            if (Words[k].Boundary == ';' || IsIn(ClauseConjunctions, k) || (Words[k].Boundary == ',' && IsWord(k, "and", "or")))
            {
                return k;
            }
        }

        return 0;
    }

    /// <summary>Word index one past the clause holding <paramref name="word"/>.</summary>
    public int ClauseEnd(int word)
    {
        for (var k = word + 1; k < Words.Count; k++)
        {
            if (Words[k].Boundary == ';' || IsIn(ClauseConjunctions, k) || (Words[k].Boundary == ',' && IsWord(k, "and", "or")))
            {
                return k;
            }
        }

        return Words.Count;
    }

    public int OffsetOf(int word) => word < Words.Count ? Words[word].Start : Text.Length;

    public bool IsWord(int word, params ReadOnlySpan<string> candidates)
    {
        if (word < 0 || word >= Words.Count)
        {
            return false;
        }

        var span = Words[word].In(Text);
        foreach (var candidate in candidates)
        {
            if (span.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A negation or hedge among the few words before <paramref name="word"/> in its clause.</summary>
    public bool IsNegatedOrHedged(int word, int window = 4)
    {
        var start = ClauseStart(word);
        for (var k = word - 1; k >= Math.Max(start, word - window); k--)
        {
            var span = Words[k].In(Text);
            if (IsIn(Negations, k) || IsIn(Hedges, k) || span.EndsWith("n't", StringComparison.OrdinalIgnoreCase) ||
                span.EndsWith("n\u2019t", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word is said of the clause's subject: after a copula ("are mainly nocturnal", "is a solitary animal"), or
    /// fronted ("Shy and nocturnal, ..."), not attached to another noun ("preyed on by nocturnal predators").</summary>
    public bool IsPredicative(int word)
    {
        var start = ClauseStart(word);
        for (var k = word - 1; k >= start && k >= word - 7; k--)
        {
            if (IsIn(Copulas, k))
            {
                return true;
            }

            if (IsWord(k, "a", "an"))
            {
                return k == start || IsIn(Copulas, k - 1) || IsWord(k - 1, "as");
            }

            if (IsWord(k, "as"))
            {
                return k == start || Words[k].Boundary != '\0';
            }

            if (IsIn(Blockers, k))
            {
                return false;
            }
        }

        // Reached the clause start with no copula: only a short fronted adjective run counts ("Shy and nocturnal, ...").
        if (word - start > 3)
        {
            return false;
        }

        for (var k = start; k < word; k++)
        {
            var span = Words[k].In(Text);
            if (OrganismNouns.LemmaOf(span) is not null || SubjectWords.GeneralNouns.Contains(span) ||
                char.IsDigit(span[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The clause holds only under a condition stated before the word ("in areas without humans they are active
    /// during the day", "when threatened", "where undisturbed"): not a general claim about the animal.</summary>
    public bool IsConditional(int word)
    {
        var start = ClauseStart(word);
        return word < Words.Count && Conditional().IsMatch(Text.AsSpan()[OffsetOf(start)..Words[word].Start]);
    }

    /// <summary>Conditions the clause puts on what it says: a sex named as its subject ("males live alone") and a season
    /// ("in winter they form herds"); "outside the rutting season" is the general case and adds nothing.</summary>
    public ImmutableArray<string> QualifiersAt(int word)
    {
        var start = ClauseStart(word);
        var clause = ClauseText(start, word);
        return Present(SexOfClauseSubject(start, word), SettingIn(clause), SeasonIn(clause));
    }

    /// <summary>The conditions a numeric claim at <paramref name="offset"/> holds under, read from its clause: the sex or
    /// age class named as the clause's subject ("Males weigh ...", "Newborn cubs weigh ..."), the setting and the season.</summary>
    public ImmutableArray<string> ConditionsOfClaimAt(int offset)
    {
        var word = Math.Min(WordAt(offset), Words.Count - 1);
        if (word < 0)
        {
            return [];
        }

        var qualifiers = QualifiersAt(word);
        var start = ClauseStart(word);
        var clause = ClauseText(start, word);
        var age = AgeOfClauseSubject(start, word, clause) ?? YoungNamedBefore(start, word, clause) ?? (clause.ContainsAny(BirthCues) && AtBirth().IsMatch(clause) ? "newborn" : null);
        return age is null ? qualifiers : qualifiers.Add(age);
    }

    /// <summary>The clause holding <paramref name="word"/>, read in place (claims ask for it often; it is never copied).</summary>
    private ReadOnlySpan<char> ClauseText(int start, int word)
    {
        var end = ClauseEnd(word);
        var from = OffsetOf(start);
        return Text.AsSpan(from, (end < Words.Count ? Words[end].Start : Text.Length) - from);
    }

    private static string? SettingIn(ReadOnlySpan<char> clause)
    {
        if (clause.ContainsAny(SettingCues))
        {
            foreach (var setting in Setting().EnumerateMatches(clause))
            {
                return clause.Slice(setting.Index, setting.Length).Contains("wild", StringComparison.OrdinalIgnoreCase) ? "wild" : "captive";
            }
        }

        return null;
    }

    private static string? SeasonIn(ReadOnlySpan<char> clause)
    {
        if (!clause.ContainsAny(SeasonCues))
        {
            return null;
        }

        foreach (var season in Season().EnumerateMatches(clause))
        {
            var before = clause[..season.Index];
            if (Excepting().IsMatch(before))
            {
                continue;
            }

            if (During().IsMatch(before))
            {
                var name = clause.Slice(season.Index, season.Length).ToString().ToLowerInvariant();
                return name is "rut" or "rutting season" or "mating season" or "breeding season" ? "breeding season" : name;
            }
        }

        return null;
    }

    /// <summary>The values that are there, in order; no array at all when none is (most clauses).</summary>
    private static ImmutableArray<string> Present(params ReadOnlySpan<string?> values)
    {
        var count = 0;
        foreach (var value in values)
        {
            count += value is null ? 0 : 1;
        }

        if (count == 0)
        {
            return [];
        }

        var present = new string[count];
        count = 0;
        foreach (var value in values)
        {
            if (value is not null)
            {
                present[count++] = value;
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(present);
    }

    private string? SexOfClauseSubject(int start, int word)
    {
        for (var (k, seen) = (SubjectStart(start, word), 0); k >= 0 && k < word && seen < 4; k++, seen++)
        {
            if (IsIn(MaleWords, k))
            {
                return "male";
            }

            if (IsIn(FemaleWords, k))
            {
                return "female";
            }
        }

        return null;
    }

    private string? AgeOfClauseSubject(int start, int word, ReadOnlySpan<char> clause)
    {
        for (var (k, seen) = (SubjectStart(start, word), 0); k >= 0 && k < word && seen < 4; k++, seen++)
        {
            if (IsWord(k, "newborn", "newborns", "neonate", "neonates"))
            {
                return "newborn";
            }

            if (IsWord(k, "adult", "adults"))
            {
                return "adult";
            }

            if (IsIn(SubjectWords.YoungNouns, k) && !IsWord(k, "eggs", "egg"))
            {
                return clause.ContainsAny(BirthCues) && BornWords().IsMatch(clause) ? "newborn" : "juvenile";
            }
        }

        return null;
    }

    /// <summary>"gives birth to a single fawn weighing 500 g": the young named just before the value.</summary>
    private string? YoungNamedBefore(int start, int word, ReadOnlySpan<char> clause)
    {
        for (var k = word - 1; k >= Math.Max(start, word - 3) && Words[k + 1].Boundary == '\0'; k--)
        {
            if (IsIn(SubjectWords.YoungNouns, k) && !IsWord(k, "eggs", "egg"))
            {
                return clause.ContainsAny(BirthCues) && BornWords().IsMatch(clause) ? "newborn" : "juvenile";
            }
        }

        return null;
    }

    /// <summary>Where the clause's subject starts: "Except for a female and her young, the musk deer ..." skips the exception.</summary>
    private int SubjectStart(int start, int word)
    {
        if (!IsWord(start, "except", "apart", "besides", "aside"))
        {
            return start;
        }

        var k = Words.FindIndex(start + 1, w => w.Boundary is ',' or ';');
        return k < 0 || k > word ? -1 : k;
    }

    private bool IsIn(WordSet set, int word) =>
        word >= 0 && word < Words.Count && set.Contains(Words[word].In(Text));

    [GeneratedRegex(@"\b(?:born|birth)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex BornWords();

    [GeneratedRegex(@"\bat\s+birth\b|\bbirth\s+weight\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex AtBirth();

    [GeneratedRegex(@"\b(?:in\s+(?:some|certain|many|a\s+few|parts|areas|places|regions|habitats|undisturbed|disturbed|protected)\b|where\b|when\b|whenever\b|if\b|unless\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Conditional();

    [GeneratedRegex(@"\bin\s+(?:captivity|zoos?|the\s+wild)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Setting();

    [GeneratedRegex(@"\b(?:rut|rutting\s+season|breeding\s+season|mating\s+season|winter|summer|spring|autumn|dry\s+season|wet\s+season|rainy\s+season|monsoon)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Season();

    [GeneratedRegex(@"\b(?:except|outside|apart\s+from|other\s+than|besides|beyond)\b(?:\W+\w+){0,3}\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Excepting();

    [GeneratedRegex(@"\b(?:during|in|throughout|at|each|every|through)\b(?:\W+(?:the|each|every|early|late|hard|cold|harsh))*\W*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 1000)]
    private static partial Regex During();
}
