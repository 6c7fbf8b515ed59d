using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;

namespace FactMiner.Core.Extraction;

/// <summary>Finds each sentence's main subject: the animal it is about, as a lowercase noun phrase with its modifiers
/// (<c>siberian musk deer</c>, <c>wild yak</c>), pronouns and "the species" resolved to the document's running subject.</summary>
/// <remarks>Reads <see cref="Sentence.Text"/>; writes <see cref="Sentence.Subject"/> and the <c>Subject</c> of every
/// numeric and categorical claim that has none or merely copies the sentence's (the animal named in the claim's own
/// clause, else the sentence's), and adds to numeric claims the sex, age, setting and season their clause states.</remarks>
public sealed class SubjectResolver : IDocumentStage
{
    public static SubjectResolver Default { get; } = new();

    public Document Process(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var lexicon = DocumentLexicon.For(document);
        var running = lexicon.TitleSubject;
        var sentences = ImmutableArray.CreateBuilder<Sentence>(document.Sentences.Length);
        var words = new List<SentenceWord>();
        foreach (var sentence in document.Sentences)
        {
            // The words are reused for the next sentence: nothing read from them outlives this one.
            SentenceWord.Scan(sentence.Text, words);
            var reading = SentenceSubjects.Read(sentence.Text, words, lexicon.Finder, running);
            if (reading.IsExplicit)
            {
                running = reading.Subject;
            }

            sentences.Add(sentence with
            {
                Subject = reading.Subject,
                Claims = sentence.Claims.IsEmpty ? sentence.Claims : WithSubjectsAndConditions(document, sentence, reading, new ClauseReader(sentence.Text, words)),
                Categorical = sentence.Categorical.IsEmpty ? sentence.Categorical : WithSubjects(document, sentence, reading),
            });
        }

        return document with { Sentences = sentences.MoveToImmutable() };
    }

    private static ImmutableArray<Claim> WithSubjectsAndConditions(Document document, Sentence sentence, SentenceSubjects reading, ClauseReader clauses)
    {
        var claims = ImmutableArray.CreateBuilder<Claim>(sentence.Claims.Length);
        foreach (var claim in sentence.Claims)
        {
            claims.Add(WithSubjectAndConditions(document, sentence, reading, clauses, claim));
        }

        return claims.MoveToImmutable();
    }

    private static ImmutableArray<CategoricalClaim> WithSubjects(Document document, Sentence sentence, SentenceSubjects reading) =>
        [.. sentence.Categorical.Select(c => IsDefaulted(c.Subject, sentence) ? c with { Subject = SubjectOf(document, sentence, reading, c.Start) } : c)];

    /// <summary>The subject of one sentence read alone (no running subject): for tests and for callers holding a bare phrase.</summary>
    public static string? SubjectOf(string sentenceText, string? runningSubject = null) =>
        SentenceSubjects.Read(sentenceText, MentionFinder.Static, runningSubject).Subject;

    /// <summary>Sets a claim's subject when it has none, and adds the conditions its clause states that the claim lacks
    /// ("Males weigh ...": male; "Newborn cubs weigh ...": newborn), so reconciliation never compares cubs with adults.</summary>
    private static Claim WithSubjectAndConditions(Document document, Sentence sentence, SentenceSubjects reading, ClauseReader clauses, Claim claim)
    {
        var offset = FoldedText.ToSentence(document.Text, sentence, claim.Start);
        var qualifiers = claim.Qualifiers.IsDefault ? [] : claim.Qualifiers;
        foreach (var condition in clauses.ConditionsOfClaimAt(offset))
        {
            if (!qualifiers.Any(q => ConditionClass.Same(q, condition)))
            {
                qualifiers = qualifiers.Add(condition);
            }
        }

        return claim with { Subject = IsDefaulted(claim.Subject, sentence) ? reading.SubjectAt(offset) : claim.Subject, Qualifiers = qualifiers };
    }

    /// <summary>No subject, or the sentence's own copied onto the claim by an earlier stage: worth refining per clause
    /// ("the Siberian musk deer weighs 11-18 kg, while the dwarf musk deer weighs 7-9 kg").</summary>
    private static bool IsDefaulted(string? claimSubject, Sentence sentence) =>
        claimSubject is null || (sentence.Subject is not null && claimSubject == sentence.Subject);

    private static string? SubjectOf(Document document, Sentence sentence, SentenceSubjects reading, int documentOffset) =>
        reading.SubjectAt(FoldedText.ToSentence(document.Text, sentence, documentOffset));
}
