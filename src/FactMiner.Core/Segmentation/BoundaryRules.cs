namespace FactMiner.Core.Segmentation;

/// <summary>Decides whether a run of terminal punctuation ends a sentence, and where.</summary>
internal static class BoundaryRules
{
    public const int NoBoundary = -1;

    /// <summary>The offset where the sentence ends (exclusive), or <see cref="NoBoundary"/>.</summary>
    public static int SentenceEnd(ReadOnlySpan<char> text, int segmentStart, in PunctuationRun run)
    {
        if (run.End < text.Length && !SentenceChars.IsSpace(text[run.End]))
        {
            return IsGluedBoundary(text, segmentStart, run) ? run.End : NoBoundary;
        }

        var next = FollowingWord.Read(text, run.End);
        if (next.Shape == WordShape.End)
        {
            return run.End;
        }

        if (next.StartsWithContinuingPunctuation(text))
        {
            return NoBoundary;
        }

        if (run.HasQuestionOrExclamation)
        {
            // "Yahoo! in the accounting department": a lower-case word carries the sentence on.
            return next.Shape == WordShape.Lower && !next.LineBreak ? NoBoundary : run.End;
        }

        return run.Dots > 1 ? EllipsisEnd(text, run, next) : PeriodEnd(text, segmentStart, run, next);
    }

    private static int EllipsisEnd(ReadOnlySpan<char> text, in PunctuationRun run, in FollowingWord next)
    {
        // "[...]" marks words left out of a quotation, never a sentence end.
        if (run.Start > 0 && text[run.Start - 1] is '[' or '(')
        {
            return NoBoundary;
        }

        if (next.Shape == WordShape.Lower)
        {
            return NoBoundary;
        }

        if (next.LineBreak || next.ListStart)
        {
            return run.End;
        }

        if (next.Shape != WordShape.Upper)
        {
            return NoBoundary;
        }

        if (!run.Spaced)
        {
            return run.End;
        }

        // "compounds. . . . The": the first period ends the sentence; the spaced ellipsis opens the next one.
        var attached = run.Start > 0 && !SentenceChars.IsSpace(text[run.Start - 1]);
        if (attached && run.Dots >= 4)
        {
            return run.Start + 1;
        }

        // ". . . ." ends a sentence; ". . ." on its own is an omission inside one.
        return run.Dots >= 4 ? run.End : NoBoundary;
    }

    private static int PeriodEnd(ReadOnlySpan<char> text, int segmentStart, in PunctuationRun run, in FollowingWord next)
    {
        var word = WordBeforePeriod.Read(text, segmentStart, run.Start);
        var kind = WordBeforePeriod.IsAddress(word) ? null : WordBeforePeriod.Classify(word);
        if (kind is null)
        {
            return next.Shape == WordShape.Lower && !next.LineBreak ? NoBoundary : run.End;
        }

        if (next.Shape == WordShape.Lower)
        {
            return NoBoundary;
        }

        // "Fig. 2. Read more": a number after "Fig." is its number, even where it looks like a list item.
        if (next.ListStart && !(kind == AbbreviationKind.NumberPrefix && next.Shape == WordShape.Digit))
        {
            return kind is AbbreviationKind.Title or AbbreviationKind.Continuation ? NoBoundary : run.End;
        }

        if (next.Shape != WordShape.Upper)
        {
            // "p. 55", "approx. 25", "Jan. 5", "5 ft. 3 in.": a number continues the sentence.
            return next.Shape == WordShape.Other && next.LineBreak && kind != AbbreviationKind.Continuation
                ? run.End
                : NoBoundary;
        }

        var opener = SentenceOpeners.Contains(text[next.WordStart..next.WordEnd]);
        return kind switch
        {
            AbbreviationKind.Continuation => NoBoundary,
            AbbreviationKind.Trailing => run.End,

            // "Dr." + line break + "Smith" is still one name; "Main St. The house" is two sentences.
            AbbreviationKind.Title => opener ? run.End : NoBoundary,
            _ => next.LineBreak || opener ? run.End : NoBoundary,
        };
    }

    // Scraped text loses spaces: "Hello world.Today is Tuesday.Mr. Smith bought 1,000.That is a lot."
    private static bool IsGluedBoundary(ReadOnlySpan<char> text, int segmentStart, in PunctuationRun run)
    {
        var at = run.Start;
        var footnoteOnly = run.End == run.MarksEnd || text[run.End - 1] == ']';
        if (!run.IsSinglePeriod || !footnoteOnly || at == segmentStart || run.End + 1 >= text.Length)
        {
            return false;
        }

        var before = text[at - 1];
        if (!(char.IsLower(before) || char.IsDigit(before)) || !char.IsUpper(text[run.End]) || !char.IsLower(text[run.End + 1]))
        {
            return false;
        }

        var word = WordBeforePeriod.Read(text, segmentStart, at);
        if (word.Length < 2 || WordBeforePeriod.Classify(word) is { } kind && kind != AbbreviationKind.Trailing)
        {
            return false;
        }

        var tokenEnd = run.End;
        while (tokenEnd < text.Length && !SentenceChars.IsSpace(text[tokenEnd]))
        {
            tokenEnd++;
        }

        var tokenStart = at - word.Length;
        return !WordBeforePeriod.IsAddress(text[tokenStart..tokenEnd]);
    }
}
