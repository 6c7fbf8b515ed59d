namespace FactMiner.Core.Extraction;

/// <summary>The subjects one sentence speaks of: its main subject, and which animal governs each position (for a claim
/// in "the Siberian musk deer is vulnerable, while the Himalayan musk deer is near threatened").</summary>
internal sealed class SentenceSubjects
{
    private readonly List<(int Start, string? Subject)> governors;
    private readonly List<(int Start, int End, string? Subject)> scoped;

    private SentenceSubjects(
        string? subject, bool isExplicit, List<(int Start, string? Subject)> governors, List<(int Start, int End, string? Subject)> scoped)
    {
        Subject = subject;
        IsExplicit = isExplicit;
        this.governors = governors;
        this.scoped = scoped;
    }

    public string? Subject { get; }

    /// <summary>The sentence names its subject itself (it did not borrow the running one); it becomes the new running subject.</summary>
    public bool IsExplicit { get; }

    public static SentenceSubjects Read(string text, MentionFinder finder, string? running) =>
        Read(text, SentenceWord.Scan(text), finder, running);

    /// <summary>As <see cref="Read(string, MentionFinder, string?)"/>, on words already scanned from <paramref name="text"/>.</summary>
    public static SentenceSubjects Read(string text, List<SentenceWord> words, MentionFinder finder, string? running)
    {
        var mentions = finder.Find(text, words);
        var (subject, isExplicit) = MainSubject(text, words, mentions, running);
        var governors = new List<(int Start, string? Subject)>();
        var scoped = new List<(int Start, int End, string? Subject)>();
        OrganismMention? previous = null;
        foreach (var mention in mentions)
        {
            var appositive = previous is not null && IsBracketedAfter(text, previous, mention);
            previous = mention;
            if (mention.IsPredicateNominal || appositive)
            {
                continue;
            }

            if (mention.IsClauseInitial)
            {
                governors.Add((mention.Start, Resolve(mention, running)));
            }
            else if (ScopeAfter(text, words, mention) is { } end)
            {
                scoped.Add((mention.Start, end, Resolve(mention, running)));
            }
        }

        AddKindOfSameAnimal(text, words, mentions, subject ?? running, governors);
        governors.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        return new SentenceSubjects(subject, isExplicit, governors, scoped);
    }

    /// <summary>The animal a claim at <paramref name="position"/> is about: one whose relative clause or parenthesis holds
    /// it ("deer, which weigh 200 kg", "a leopard (up to 90 kg)"), else the nearest before it heading its clause, else
    /// the sentence's subject.</summary>
    public string? SubjectAt(int position)
    {
        string? best = null;
        var bestStart = -1;
        foreach (var (start, end, subject) in scoped)
        {
            if (start < position && position < end && start > bestStart)
            {
                (best, bestStart) = (subject, start);
            }
        }

        if (bestStart >= 0)
        {
            return best;
        }

        foreach (var (start, subject) in governors)
        {
            if (start < position)
            {
                best = subject;
            }
        }

        return best ?? Subject;
    }

    /// <summary>Where the relative clause ("which", "that", "who") or parenthesis right after a mention ends; null when none follows.</summary>
    private static int? ScopeAfter(string text, List<SentenceWord> words, OrganismMention mention)
    {
        var rest = text.AsSpan(mention.End);
        var trimmed = rest.TrimStart();
        if (trimmed.StartsWith("("))
        {
            var close = rest.IndexOf(')');
            return close < 0 ? text.Length : mention.End + close;
        }

        if (!mention.OpensRelative)
        {
            return null;
        }

        var next = words.FindIndex(mention.LastWord + 2, w => w.Boundary is ',' or ';');
        return next < 0 ? text.Length : words[next].Start;
    }

    private static (string? Subject, bool IsExplicit) MainSubject(
        string text, List<SentenceWord> words, List<OrganismMention> mentions, string? running)
    {
        var from = 0;
        if (words.Count > 0 && SubjectWords.FrontedComparisons.Contains(words[0].In(text)))
        {
            // "Unlike tigers, leopards ...", "As a species, the Himalayan musk deer ...": the subject follows the comma.
            var comma = words.FindIndex(1, w => w.Boundary is ',' or ';' or ':');
            from = comma < 0 ? 0 : comma;
        }

        for (var i = from; i < words.Count; i++)
        {
            if (StartingAt(mentions, i) is { } mention)
            {
                var resolved = Resolve(mention, running);
                return (resolved, !ReferenceEquals(resolved, running) || !mention.IsBareWithDeterminer);
            }

            var word = words[i].In(text);
            if (SubjectWords.Pronouns.Contains(word) && !IsExpletiveIt(text, words, i))
            {
                return (running, false);
            }

            if (SubjectWords.AnaphoricDeterminers.Contains(word) && i + 1 < words.Count &&
                words[i + 1].Boundary == '\0' && SubjectWords.GeneralNouns.Contains(words[i + 1].In(text)))
            {
                return (running, false);
            }
        }

        return (running, false);
    }

    /// <summary>"Domestic yak bulls weigh 350-580 kg, whereas wild bulls reach 1,000 kg": "wild bulls" are wild yaks, a
    /// different subject from the sentence's, though no animal noun follows "wild".</summary>
    private static void AddKindOfSameAnimal(
        string text, List<SentenceWord> words, List<OrganismMention> mentions, string? subject, List<(int Start, string? Subject)> governors)
    {
        if (subject is null)
        {
            return;
        }

        for (var i = 0; i + 1 < words.Count; i++)
        {
            var word = words[i].In(text);
            if ((word.Equals("wild", StringComparison.OrdinalIgnoreCase) || word.Equals("domestic", StringComparison.OrdinalIgnoreCase) ||
                 word.Equals("feral", StringComparison.OrdinalIgnoreCase)) &&
                words[i + 1].Boundary == '\0' &&
                (SubjectWords.SexAgeNouns.Contains(words[i + 1].In(text)) || SubjectWords.YoungNouns.Contains(words[i + 1].In(text))) &&
                !IsInMention(mentions, i) &&
                MentionFinder.IsClauseInitial(text, words, i, mentions))
            {
                governors.Add((words[i].Start, $"{word.ToString().ToLowerInvariant()} {subject[(subject.LastIndexOf(' ') + 1)..]}"));
            }
        }
    }

    // A loop, not List.Exists with a lambda: the lambda's captured index cost an allocation on every sentence.
    private static bool IsInMention(List<OrganismMention> mentions, int word)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstWord <= word && word <= mention.LastWord)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The Eurasian lynx (Lynx lynx) weighs ...": a name in brackets right after another is the same animal named
    /// again (its binomial, a local name), so it governs nothing.</summary>
    private static bool IsBracketedAfter(string text, OrganismMention previous, OrganismMention mention)
    {
        var between = text.AsSpan(previous.End, Math.Max(0, mention.Start - previous.End)).Trim();
        return between is "(";
    }

    private static OrganismMention? StartingAt(List<OrganismMention> mentions, int word)
    {
        foreach (var mention in mentions)
        {
            if (mention.FirstWord == word)
            {
                return mention;
            }
        }

        return null;
    }

    /// <summary>"the deer" in a document about musk deer means the musk deer; "the tiger" in one about lions means tigers.</summary>
    private static string? Resolve(OrganismMention mention, string? running) =>
        mention.IsBareWithDeterminer && running is not null &&
        (running == mention.Lemma ||
         (running.EndsWith(mention.Lemma, StringComparison.Ordinal) && running[^(mention.Lemma.Length + 1)] == ' '))
            ? running
            : mention.Subject;

    /// <summary>"It is estimated that ...", "it is likely to ...": an "it" that stands for no animal.</summary>
    private static bool IsExpletiveIt(string text, List<SentenceWord> words, int i)
    {
        if (!words[i].In(text).Equals("it", StringComparison.OrdinalIgnoreCase) || i + 1 >= words.Count)
        {
            return false;
        }

        var verb = words[i + 1].In(text);
        if (!(verb is "is" or "was" or "has" or "had" or "seems" or "appears" or "remains" or "may" or "might" or "will" or "would"))
        {
            return false;
        }

        for (var k = i + 2; k < Math.Min(words.Count, i + 6); k++)
        {
            var w = words[k].In(text);
            if (w is "that" or "to" or "whether" or "how" or "likely" or "unlikely" or "possible" or "thought" or "believed"
                or "estimated" or "known" or "said" or "reported" or "feared" or "expected" or "unclear" or "unknown" or "clear"
                or "important" or "necessary" or "suggested" or "assumed" or "hoped")
            {
                return true;
            }
        }

        return false;
    }
}
