using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Extraction;

/// <summary>Finds the contract's categorical claims in each sentence: <c>conservation_status</c> (with authority and year),
/// <c>activity_pattern</c>, <c>social_structure</c> and <c>diet_type</c>.</summary>
/// <remarks>Reads <see cref="Sentence.Text"/>; writes <see cref="Sentence.Categorical"/> with ids <c>doc#index.cN</c>.
/// Each claim's subject is the animal heading its own clause, else the sentence's subject, found the way
/// <see cref="SubjectResolver"/> finds it.</remarks>
public sealed class CategoricalExtractor : IDocumentStage
{
    public static CategoricalExtractor Default { get; } = new();

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        DocumentLexicon? lexicon = null;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        var words = new List<SentenceWord>(); // reused from sentence to sentence: no match keeps it
        foreach (var sentence in document.Sentences)
        {
            var matches = Read(sentence.Text, words);
            if (matches.IsEmpty)
            {
                sentences.Add(sentence);
                continue;
            }

            // Subjects are left to SubjectResolver, which reads every sentence anyway; only a sentence with two
            // categories needs to know here whether they are said of one animal.
            var subjects = matches.Length > 1
                ? SentenceSubjects.Read(sentence.Text, (lexicon ??= DocumentLexicon.For(document)).Finder, null)
                : null;
            var claims = new List<(CategoricalClaim Claim, string? Animal)>(matches.Length);
            foreach (var match in matches)
            {
                var start = FoldedText.ToDocument(document.Text, sentence, match.Start);
                var end = FoldedText.ToDocument(document.Text, sentence, match.End - 1) + 1;
                claims.Add((new CategoricalClaim(
                    $"{document.Id}#{sentence.Index}.c{claims.Count}",
                    match.Attribute,
                    match.Category,
                    match.Authority,
                    match.Year,
                    Subject: null,
                    sentence.Text[match.Start..match.End],
                    start,
                    end)
                {
                    Qualifiers = match.Qualifiers,
                }, subjects?.SubjectAt(match.Start)));
            }

            sentences.Add(sentence with { Categorical = WithoutSelfContradiction(claims) });
        }

        return document with { Sentences = sentences.MoveToImmutable() };
    }

    /// <summary>A sentence does not contradict itself: of two categories the rules call exclusive, said of one subject under
    /// the same conditions ("mainly nocturnal, but ... active during the day"), the later one is an exception and is dropped.</summary>
    private static ImmutableArray<CategoricalClaim> WithoutSelfContradiction(List<(CategoricalClaim Claim, string? Animal)> claims)
    {
        if (claims.Count == 1)
        {
            return [claims[0].Claim]; // nothing to contradict (most sentences)
        }

        var kept = new List<(CategoricalClaim Claim, string? Animal)>();
        foreach (var (claim, animal) in claims)
        {
            var rule = PlausibilityRules.Default.CategoricalConflicts.FirstOrDefault(r => r.Attribute == claim.Attribute && !r.AllDistinctExclusive);
            if (rule is null || !kept.Any(k => k.Claim.Attribute == claim.Attribute && k.Animal == animal &&
                                               k.Claim.Qualifiers.SequenceEqual(claim.Qualifiers) && rule.Excludes(k.Claim.Category, claim.Category)))
            {
                kept.Add((claim, animal));
            }
        }

        return [.. kept.Select(k => k.Claim)];
    }

    /// <summary>The categorical claims of one sentence's text, in text order.</summary>
    internal static ImmutableArray<CategoricalMatch> Read(string sentenceText) => Read(sentenceText, []);

    /// <summary>As <see cref="Read(string)"/>, cutting the sentence into <paramref name="words"/>, a list the caller reuses.</summary>
    private static ImmutableArray<CategoricalMatch> Read(string sentenceText, List<SentenceWord> words)
    {
        var text = sentenceText.AsSpan();
        bool status = ConservationStatusReader.MayMatch(text), activity = ActivityPatternReader.MayMatch(text),
            social = SocialStructureReader.MayMatch(text), diet = DietTypeReader.MayMatch(text);
        if (!(status || activity || social || diet))
        {
            return [];
        }

        var reader = new ClauseReader(sentenceText, SentenceWord.Scan(sentenceText, words));
        var matches = new List<CategoricalMatch>();
        if (status)
        {
            matches.AddRange(ConservationStatusReader.Read(reader));
        }

        if (activity)
        {
            matches.AddRange(ActivityPatternReader.Read(reader));
        }

        if (social)
        {
            matches.AddRange(SocialStructureReader.Read(reader));
        }

        if (diet)
        {
            matches.AddRange(DietTypeReader.Read(reader));
        }

        // Stable: of two matches at one offset, the readers' order decides, as it always has.
        CategoricalMatches.SortByStart(matches);
        return [.. matches];
    }
}
