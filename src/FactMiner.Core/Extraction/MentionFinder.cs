namespace FactMiner.Core.Extraction;

/// <summary>Finds the animals a sentence names: a head noun from <see cref="OrganismNouns"/> (or one the document taught us),
/// the modifiers in front of it kept as part of the name, sex/age words, determiners and heading debris left out.</summary>
internal sealed class MentionFinder(IReadOnlySet<string> extraHeads)
{
    private const int MaxModifiers = 3;

    private const int MaxSharedPhrases = 4096;

    // Subject phrases already built, looked up by span; the finder may serve several threads (Static), hence a
    // concurrent dictionary.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> phrases =
        new System.Collections.Concurrent.ConcurrentDictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly MentionFinder Static = new(new HashSet<string>());

    public List<OrganismMention> Find(string text, List<SentenceWord> words)
    {
        var mentions = new List<OrganismMention>();
        Span<char> buffer = stackalloc char[128];
        var i = 0;
        while (i < words.Count)
        {
            if (HeadOf(text, words[i]) is not { } head || IsVerb(text, words, i))
            {
                i++;
                continue;
            }

            // Compound heads: "mouse deer", "tiger shark", "leopard cat" name one animal.
            var j = i;
            while (j + 1 < words.Count && words[j + 1].Boundary == '\0' && !IsYoung(text, words[j + 1]) && HeadOf(text, words[j + 1]) is not null)
            {
                j++;
            }

            var k = i - 1;
            while (k >= 0 && words[k + 1].Boundary == '\0' && i - 1 - k < MaxModifiers && IsNameModifier(text, words[k]) &&
                   !EndsBinomial(text, words, k))
            {
                k--;
            }

            var last = j;
            if (j + 1 < words.Count && words[j + 1].Boundary == '\0' && IsYoung(text, words[j + 1]))
            {
                last = j + 1;
            }

            var first = k + 1;
            var bare = first == i && j == i && head.Modifiers.Length == 0 && k >= 0 && words[first].Boundary == '\0' &&
                       SubjectWords.AnaphoricDeterminers.Contains(words[k].In(text));
            var final = j == i ? head : HeadOf(text, words[j])!.Value;
            mentions.Add(new OrganismMention(
                first,
                last,
                words[first].Start,
                words[last].End,
                SubjectPhrase(text, words, first, i, j, buffer),
                final.Lemma,
                bare,
                IsClauseInitial(text, words, first, mentions),
                OpensRelative(text, words, last),
                FollowsCopula(text, words, first)));
            i = last + 1;
        }

        return mentions;
    }

    /// <summary>The mention's subject phrase, lowercase: its modifiers (words <paramref name="first"/> to before
    /// <paramref name="head"/>), each compound part before the last head whole, the last head's hyphenated modifiers and
    /// its lemma ("siberian musk deer", "mouse deer"). Built in a buffer and shared, as a document names its animals often.</summary>
    private string SubjectPhrase(string text, List<SentenceWord> words, int first, int head, int lastHead, Span<char> buffer)
    {
        var phrase = new PhraseBuilder(buffer);
        for (var w = first; w < head; w++)
        {
            phrase.AppendLowerWord(words[w].In(text));
        }

        for (var w = head; w <= lastHead; w++)
        {
            var part = HeadOf(text, words[w])!.Value;
            foreach (var modifier in part.Modifiers)
            {
                phrase.AppendLowerWord(modifier);
            }

            phrase.AppendLowerWord(w < lastHead ? words[w].In(text) : part.Lemma);
        }

        return phrase.Length <= buffer.Length ? Shared(buffer[..phrase.Length]) : phrase.ToString();
    }

    private string Shared(ReadOnlySpan<char> phrase)
    {
        if (phrases.TryGetValue(phrase, out var known))
        {
            return known;
        }

        var created = phrase.ToString();
        return phrases.Dictionary.Count < MaxSharedPhrases ? phrases.Dictionary.GetOrAdd(created, created) : created;
    }

    /// <summary>"bears" in "a doe bears one or two fawns" is the verb, not the animal: a word that can be either, followed
    /// in the same clause by a number or a determiner, as a verb is and a subject noun is not.</summary>
    private static bool IsVerb(string text, List<SentenceWord> words, int i)
    {
        if (!SubjectWords.VerbLikeHeads.Contains(words[i].In(text)) || i + 1 >= words.Count || words[i + 1].Boundary != '\0')
        {
            return false;
        }

        var next = words[i + 1].In(text);
        return SubjectWords.ObjectOpeners.Contains(next) || char.IsDigit(next[0]) || NumberWords.MayStartNumber(next);
    }

    /// <summary>The lemma of a word naming an animal; a hyphenated "musk-deer" yields head "deer" with modifier "musk".</summary>
    private Head? HeadOf(string text, SentenceWord word)
    {
        var span = word.In(text);
        if (OrganismNouns.LemmaOf(span, extraHeads) is { } lemma)
        {
            // A sex or age word ("cow", "bull") names no animal of its own unless it is listed as a head in its own right.
            return SubjectWords.SexAgeNouns.Contains(span) && !OrganismNouns.IsListedHead(span) ? null : new Head(lemma, []);
        }

        var hyphen = span.LastIndexOf('-');
        if (hyphen <= 0 || OrganismNouns.LemmaOf(span[(hyphen + 1)..], extraHeads) is not { } tail)
        {
            return null;
        }

        var modifiers = span[..hyphen].ToString().ToLowerInvariant().Split('-');
        return Array.TrueForAll(modifiers, m => m.Length > 1 && m.All(char.IsLetter)) ? new Head(tail, modifiers) : null;
    }

    private bool IsNameModifier(string text, SentenceWord word)
    {
        var span = word.In(text);
        return SubjectWords.IsModifier(span) && OrganismNouns.LemmaOf(span, extraHeads) is null &&
               !SubjectWords.YoungNouns.Contains(span);
    }

    /// <summary>"Moschus moschiferus Siberian musk deer": a lowercase word between a capitalised genus and a capitalised
    /// name is the species epithet of a glued binomial, not part of the common name.</summary>
    private static bool EndsBinomial(string text, List<SentenceWord> words, int k) =>
        k >= 1 && k + 1 < words.Count && !words[k].IsCapitalized(text) && words[k + 1].IsCapitalized(text) &&
        words[k].Boundary == '\0' && words[k - 1].IsCapitalized(text) &&
        !SubjectWords.ModifierStops.Contains(words[k - 1].In(text)) &&
        !SubjectWords.HeadingWords.Contains(words[k - 1].In(text));

    private static bool IsYoung(string text, SentenceWord word) => SubjectWords.YoungNouns.Contains(word.In(text));

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
                return !EndsMentionAt(earlier, k - 1) || words[k].Boundary != '\0';
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

    // A loop, not List.Exists with a lambda: the captured index cost an allocation on every call.
    private static bool EndsMentionAt(List<OrganismMention> mentions, int word)
    {
        foreach (var mention in mentions)
        {
            if (mention.LastWord == word)
            {
                return true;
            }
        }

        return false;
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

    private static bool IsAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> candidates)
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

    private readonly record struct Head(string Lemma, string[] Modifiers);
}
