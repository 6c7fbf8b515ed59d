using System.Buffers;
using System.Text.RegularExpressions;
using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>What one document teaches about its animals: heads not in the lexicon (an unseen species introduced with its
/// binomial or as "a species of ..."), and the subject its title names, which seeds the running subject.</summary>
internal sealed partial class DocumentLexicon
{
    private static readonly HashSet<string> TitleNoise = new(StringComparer.OrdinalIgnoreCase)
    {
        "facts", "fact", "sheet", "factsheet", "profile", "info", "wiki", "wikipedia", "article", "page", "notes", "data",
        "overview", "species", "animal", "text", "doc", "document", "sample", "about", "the", "txt", "md",
    };

    /// <summary>The kind nouns <see cref="IsAKind"/> needs, as it spells them: most sentences have none and skip it.</summary>
    private static readonly SearchValues<string> KindNouns = SearchValues.Create(
        ["species", "mammal", "bird", "reptile", "amphibian", "fish", "ungulate", "bovid", "bovine", "cervid", "canid", "felid",
         "rodent", "primate", "marsupial", "antelope", "carnivore", "herbivore", "animal", "creature", "insectivore", "omnivore"],
        StringComparison.Ordinal);

    private DocumentLexicon(HashSet<string> extraHeads, string? titleSubject)
    {
        ExtraHeads = extraHeads;
        TitleSubject = titleSubject;
        Finder = new MentionFinder(extraHeads);
    }

    public IReadOnlySet<string> ExtraHeads { get; }

    public string? TitleSubject { get; }

    public MentionFinder Finder { get; }

    public static DocumentLexicon For(Document document)
    {
        var extra = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            var text = sentence.Text;
            if (text.Contains('(') && Binomial().Match(text) is { Success: true } binomial && Acceptable(binomial.Groups["head"].Value) is { } named)
            {
                extra.Add(named);
            }

            if (text.AsSpan().ContainsAny(KindNouns) && IsAKind().Match(text) is { Success: true } kind && Acceptable(kind.Groups["head"].Value) is { } defined)
            {
                extra.Add(defined);
            }
        }

        return new DocumentLexicon(extra, TitleSubjectOf(document, extra));
    }

    private static string? TitleSubjectOf(Document document, HashSet<string> extra)
    {
        var name = Path.GetFileNameWithoutExtension(document.Id.Replace('\\', '/').Split('/')[^1]);
        var words = name.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.All(char.IsLetter) && !TitleNoise.Contains(w))
            .Select(w => w.ToLowerInvariant())
            .ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var last = words[^1];
        if (OrganismNouns.LemmaOf(last, extra) is null)
        {
            if (Acceptable(last) is not { } head || !NamedAsSubject(document, head))
            {
                return null;
            }

            extra.Add(head);
        }

        var phrase = string.Join(' ', words);
        var finder = new MentionFinder(extra);
        var mentions = finder.Find(phrase, SentenceWord.Scan(phrase));
        return mentions.Count > 0 ? mentions[^1].Subject : null;
    }

    /// <summary>An unlisted title word counts as an animal only when the text uses it as a sentence's subject at least twice.</summary>
    private static bool NamedAsSubject(Document document, string head)
    {
        var pattern = new Regex(
            $@"\b{Regex.Escape(head)}s?\s+(?:is|are|was|were|has|have|lives?|weighs?|feeds?|can|inhabits?|occurs?|breeds?|eats?|reaches|grows?|stands?|measures?)\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        return document.Sentences.Count(s => pattern.IsMatch(s.Text)) >= 2;
    }

    private static string? Acceptable(string word)
    {
        var lower = word.ToLowerInvariant();
        if (OrganismNouns.LemmaOf(lower) is not null)
        {
            return null;
        }

        if (lower.Length > 4 && lower.EndsWith('s') && !lower.EndsWith("ss", StringComparison.Ordinal))
        {
            lower = lower[..^1];
        }

        return lower.Length < 3 || !lower.All(c => char.IsLetter(c) || c == '-') ||
               SubjectWords.ModifierStops.Contains(lower) ||
               SubjectWords.GeneralNouns.Contains(lower) ||
               SubjectWords.HeadingWords.Contains(lower) ||
               SubjectWords.Pronouns.Contains(lower)
            ? null
            : lower;
    }

    /// <summary>"The saola (Pseudoryx nghetinhensis) is ...": a name followed by a binomial at the start of a sentence.</summary>
    [GeneratedRegex(@"^(?:(?:The|A|An)\s+)?(?:[A-Za-z][\w'-]*\s+){0,3}?(?<head>[A-Za-z][a-z-]{2,})\s*\(\s*[A-Z][a-z]+\s+[a-z]{3,}\b", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex Binomial();

    /// <summary>"The dhole is a canid ...", "Saolas are a species of ...": a name defined as a kind of animal.</summary>
    [GeneratedRegex(@"^(?:(?:The|A|An)\s+)?(?:[A-Za-z][\w'-]*\s+){0,2}?(?<head>[A-Za-z][a-z-]{2,})\s+(?:is|are)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:species|mammal|bird|reptile|amphibian|fish|ungulate|bovid|bovine|cervid|canid|felid|rodent|primate|marsupial|antelope|carnivore|herbivore|animal|creature|subspecies|insectivore|omnivore)\b(?!\s+(?:products?|parts?|trade|origin|matter|welfare|husbandry)\b)", RegexOptions.CultureInvariant, 1000)]
    private static partial Regex IsAKind();
}
