namespace FactMiner.Core.Extraction;

/// <summary>Subjects as a hierarchy: <c>siberian musk deer</c> is a kind of <c>musk deer</c>, which is a kind of <c>deer</c>.
/// A subject's last word is its head noun, so dropping leading modifiers always leaves a more general subject.</summary>
public static class SubjectHierarchy
{
    /// <summary>The subject a phrase names, as the resolver writes it: "Male Musk-Deer" and "musk deer" are <c>musk deer</c>,
    /// "Amur tigers" <c>amur tiger</c>; null when the phrase names no animal.</summary>
    public static string? Normalize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var mentions = MentionFinder.Static.Find(phrase, SentenceWord.Scan(phrase));
        return mentions.Count > 0 ? mentions[0].Subject : null;
    }

    /// <summary>The next more general subject: <c>siberian musk deer</c> gives <c>musk deer</c>, <c>wild yak</c> gives
    /// <c>yak</c>; null for a bare head (<c>deer</c>).</summary>
    public static string? ParentOf(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var space = subject.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? null : subject[(space + 1)..];
    }

    /// <summary>The nearest more general subject that is among <paramref name="known"/> (e.g. the subjects of a run),
    /// dropping leading modifiers one at a time; null when none is known.</summary>
    public static string? ParentOf(string subject, IReadOnlySet<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        for (var parent = ParentOf(subject); parent is not null; parent = ParentOf(parent))
        {
            if (known.Contains(parent))
            {
                return parent;
            }
        }

        return null;
    }

    /// <summary>Every more general subject, nearest first: <c>musk deer</c>, then <c>deer</c>.</summary>
    public static IEnumerable<string> AncestorsOf(string subject)
    {
        for (var parent = ParentOf(subject); parent is not null; parent = ParentOf(parent))
        {
            yield return parent;
        }
    }

    /// <summary>True when <paramref name="ancestor"/> is a strictly more general form of <paramref name="subject"/>.</summary>
    public static bool IsAncestorOf(string ancestor, string subject) =>
        subject.Length > ancestor.Length + 1 && subject.EndsWith(" " + ancestor, StringComparison.Ordinal);
}
