using System.Text;

namespace FactMiner.Core.Extraction;

/// <summary>Finds the animals a sentence names: a head noun from <see cref="OrganismNouns"/> (or one the document taught us),
/// the modifiers in front of it kept as part of the name, sex/age words, determiners and heading debris left out.</summary>
internal sealed class MentionFinder(IReadOnlySet<string> extraHeads)
{
    private const int MaxModifiers = 3;

    public static readonly MentionFinder Static = new(new HashSet<string>());

    public List<OrganismMention> Find(string text, List<SentenceWord> words)
    {
        var mentions = new List<OrganismMention>();
        var i = 0;
        while (i < words.Count)
        {
            if (HeadOf(text, words[i]) is not { } head)
            {
                i++;
                continue;
            }

            // Compound heads: "mouse deer", "tiger shark", "leopard cat" name one animal.
            var parts = new List<string>(head.Modifiers);
            var j = i;
            while (j + 1 < words.Count && words[j + 1].Boundary == '\0' && !IsYoung(text, words[j + 1]) &&
                   HeadOf(text, words[j + 1]) is { } next)
            {
                parts.Add(Lower(words[j].In(text)));
                parts.AddRange(next.Modifiers);
                head = next;
                j++;
            }

            var modifiers = new List<string>();
            var k = i - 1;
            while (k >= 0 && words[k + 1].Boundary == '\0' && modifiers.Count < MaxModifiers && IsNameModifier(text, words[k]) &&
                   !EndsBinomial(text, words, k))
            {
                modifiers.Insert(0, Lower(words[k].In(text)));
                k--;
            }

            var last = j;
            if (j + 1 < words.Count && words[j + 1].Boundary == '\0' && IsYoung(text, words[j + 1]))
            {
                last = j + 1;
            }

            var first = k + 1;
            var bare = modifiers.Count == 0 && parts.Count == 0 && k >= 0 && words[first].Boundary == '\0' &&
                       SubjectWords.Contains(SubjectWords.AnaphoricDeterminers, words[k].In(text));
            var subject = Join(modifiers, parts, head.Lemma);
            mentions.Add(new OrganismMention(
                first,
                last,
                words[first].Start,
                words[last].End,
                subject,
                head.Lemma,
                bare,
                IsClauseInitial(text, words, first, mentions),
                OpensRelative(text, words, last),
                FollowsCopula(text, words, first)));
            i = last + 1;
        }

        return mentions;
    }

    /// <summary>The lemma of a word naming an animal; a hyphenated "musk-deer" yields head "deer" with modifier "musk".</summary>
    private Head? HeadOf(string text, SentenceWord word)
    {
        var span = word.In(text);
        if (SubjectWords.Contains(SubjectWords.SexAgeNouns, span) && !OrganismNouns.IsListedHead(span))
        {
            return null;
        }

        if (OrganismNouns.LemmaOf(span, extraHeads) is { } lemma)
        {
            return new Head(lemma, []);
        }

        var hyphen = span.LastIndexOf('-');
        if (hyphen <= 0 || OrganismNouns.LemmaOf(span[(hyphen + 1)..], extraHeads) is not { } tail)
        {
            return null;
        }

        var modifiers = span[..hyphen].ToString().ToLowerInvariant().Split('-');
        return modifiers.All(m => m.Length > 1 && m.All(char.IsLetter)) ? new Head(tail, modifiers) : null;
    }

    private bool IsNameModifier(string text, SentenceWord word)
    {
        var span = word.In(text);
        return SubjectWords.IsModifier(span) && OrganismNouns.LemmaOf(span, extraHeads) is null &&
               !SubjectWords.Contains(SubjectWords.YoungNouns, span);
    }

    /// <summary>"Moschus moschiferus Siberian musk deer": a lowercase word between a capitalised genus and a capitalised
    /// name is the species epithet of a glued binomial, not part of the common name.</summary>
    private static bool EndsBinomial(string text, List<SentenceWord> words, int k) =>
        k >= 1 && k + 1 < words.Count && !words[k].IsCapitalized(text) && words[k + 1].IsCapitalized(text) &&
        words[k].Boundary == '\0' && words[k - 1].IsCapitalized(text) &&
        !SubjectWords.Contains(SubjectWords.ModifierStops, words[k - 1].In(text)) &&
        !SubjectWords.Contains(SubjectWords.HeadingWords, words[k - 1].In(text));

    private static bool IsYoung(string text, SentenceWord word) => SubjectWords.Contains(SubjectWords.YoungNouns, word.In(text));

    /// <summary>Only determiners, sex/age words, comparison openers and conjunctions stand between the clause start and it.</summary>
    internal static bool IsClauseInitial(string text, List<SentenceWord> words, int first, List<OrganismMention> earlier)
    {
        if (first == 0 || words[first].Boundary != '\0')
        {
            return true;
        }

        for (var k = first - 1; k >= 0; k--)
        {
            var span = words[k].In(text);
            if (ClauseOpeners.IsConjunction(span))
            {
                // "Amur tigers and Sumatran tigers" coordinates two names; "is vulnerable and the Himalayan ..." opens a clause.
                return !earlier.Exists(m => m.LastWord == k - 1) || words[k].Boundary != '\0';
            }

            if (!ClauseOpeners.IsPrefix(span))
            {
                return false;
            }

            if (words[k].Boundary != '\0' || k == 0)
            {
                return true;
            }
        }

        return true;
    }

    /// <summary>A copula a few words before, with only articles and adjectives between ("is a social cat").</summary>
    private static bool FollowsCopula(string text, List<SentenceWord> words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 4 && words[k + 1].Boundary == '\0'; k--)
        {
            var word = words[k].In(text);
            if (IsAny(word, "is", "are", "was", "were", "being", "become", "becomes", "remains"))
            {
                return true;
            }

            if (IsAny(word, "of", "by", "for", "with", "to", "from", "in", "on", "at", "and", "or", "but", "that", "which", "who", "than", "as"))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsAny(ReadOnlySpan<char> word, params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool OpensRelative(string text, List<SentenceWord> words, int last) =>
        last + 1 < words.Count && words[last + 1].In(text) is var next &&
        (next.Equals("which", StringComparison.OrdinalIgnoreCase) || next.Equals("who", StringComparison.OrdinalIgnoreCase) ||
         (next.Equals("that", StringComparison.OrdinalIgnoreCase) && words[last + 1].Boundary == '\0'));

    private static string Join(List<string> modifiers, List<string> parts, string lemma)
    {
        var builder = new StringBuilder();
        foreach (var word in modifiers.Concat(parts))
        {
            builder.Append(word).Append(' ');
        }

        return builder.Append(lemma).ToString();
    }

    private static string Lower(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant();

    private sealed record Head(string Lemma, IReadOnlyList<string> Modifiers);
}
