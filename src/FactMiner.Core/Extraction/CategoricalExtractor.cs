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
        var lexicon = DocumentLexicon.For(document);
        var running = lexicon.TitleSubject;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        foreach (var sentence in document.Sentences)
        {
            var subjects = SentenceSubjects.Read(sentence.Text, lexicon.Finder, running);
            if (subjects.IsExplicit)
            {
                running = subjects.Subject;
            }

            var claims = ImmutableArray.CreateBuilder<CategoricalClaim>();
            foreach (var match in Read(sentence.Text))
            {
                var start = FoldedText.ToDocument(document.Text, sentence, match.Start);
                var end = FoldedText.ToDocument(document.Text, sentence, match.End - 1) + 1;
                claims.Add(new CategoricalClaim(
                    $"{document.Id}#{sentence.Index}.c{claims.Count}",
                    match.Attribute,
                    match.Category,
                    match.Authority,
                    match.Year,
                    subjects.SubjectAt(match.Start),
                    sentence.Text[match.Start..match.End],
                    start,
                    end)
                {
                    Qualifiers = match.Qualifiers,
                });
            }

            sentences.Add(sentence with { Categorical = WithoutSelfContradiction(claims) });
        }

        return document with { Sentences = sentences.MoveToImmutable() };
    }

    /// <summary>A sentence does not contradict itself: of two categories the rules call exclusive, said of one subject under
    /// the same conditions ("mainly nocturnal, but ... active during the day"), the later one is an exception and is dropped.</summary>
    private static ImmutableArray<CategoricalClaim> WithoutSelfContradiction(IEnumerable<CategoricalClaim> claims)
    {
        var kept = ImmutableArray.CreateBuilder<CategoricalClaim>();
        foreach (var claim in claims)
        {
            var rule = PlausibilityRules.Default.CategoricalConflicts.FirstOrDefault(r => r.Attribute == claim.Attribute && !r.AllDistinctExclusive);
            if (rule is null || !kept.Any(k => k.Attribute == claim.Attribute && k.Subject == claim.Subject &&
                                               k.Qualifiers.SequenceEqual(claim.Qualifiers) && rule.Excludes(k.Category, claim.Category)))
            {
                kept.Add(claim);
            }
        }

        return kept.ToImmutable();
    }

    /// <summary>The categorical claims of one sentence's text, in text order.</summary>
    internal static ImmutableArray<CategoricalMatch> Read(string sentenceText)
    {
        var reader = new ClauseReader(sentenceText);
        return
        [
            .. ConservationStatusReader.Read(reader)
                .Concat(ActivityPatternReader.Read(reader))
                .Concat(SocialStructureReader.Read(reader))
                .Concat(DietTypeReader.Read(reader))
                .OrderBy(m => m.Start),
        ];
    }
}
