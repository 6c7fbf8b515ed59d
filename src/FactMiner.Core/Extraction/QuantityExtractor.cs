using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Segmentation;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Reads the numeric claims a sentence states: values and ranges with their units, normalised to SI, with their
/// qualifiers (approximate, bounds, conditions, year) and the contract attribute chosen from the words around them.
/// </summary>
/// <remarks>
/// Reads a sentence's tokens; writes <see cref="Claim"/>s. Years, dates, times, ordinals, codes, citations and money are
/// not claims; a conversion in brackets is the same claim. Allocates nothing for a sentence without numbers.
/// </remarks>
public sealed class QuantityExtractor
{
    private static readonly UnitTable Units = UnitTable.Default;

    private QuantityExtractor()
    {
    }

    /// <summary>The extractor with FactMiner's English lexicons.</summary>
    public static QuantityExtractor Default { get; } = new();

    /// <summary>
    /// Claims stated in one sentence. <paramref name="text"/> is the whole document text; <paramref name="sentence"/> its span;
    /// <paramref name="tokens"/> the sentence's tokens with document offsets. Ids are <c>{docId}#{sentenceIndex}.{n}</c>;
    /// every claim's subject is <paramref name="subject"/>; offsets are document offsets.
    /// </summary>
    public ImmutableArray<Claim> Extract(string docId, int sentenceIndex, ReadOnlySpan<char> text, TextSpan sentence, ReadOnlySpan<Token> tokens, string? subject)
    {
        ArgumentNullException.ThrowIfNull(docId);
        if (!MayHoldNumbers(text, tokens))
        {
            return [];
        }

        var view = new SentenceTokens(text, tokens, sentence.Start);
        var scratch = ExtractionScratch.Rent();
        AtomScanner.Scan(view, scratch.Atoms);
        if (scratch.Atoms.Count == 0)
        {
            return [];
        }

        foreach (var atom in scratch.Atoms)
        {
            YearReader.Read(view, atom, scratch.Years);
        }

        MeasurementGrouper.Group(view, scratch.Atoms, scratch.Measurements);
        var subjectHead = HeadNoun(subject);
        foreach (var measurement in scratch.Measurements)
        {
            if (!IsYearMarker(scratch.Years, measurement))
            {
                AddCandidate(view, measurement, subjectHead, scratch.Candidates);
            }
        }

        return scratch.Candidates.Count == 0 ? [] : BuildClaims(view, docId, sentenceIndex, subject, scratch);
    }

    /// <summary>Tokenizes <paramref name="sentence"/> itself (for tests and benchmarks) and extracts its claims.</summary>
    public ImmutableArray<Claim> Extract(string docId, int sentenceIndex, string sentence, string? subject = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(sentence, 0, tokens);
        return Extract(docId, sentenceIndex, sentence, new TextSpan(0, sentence.Length), System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), subject);
    }

    /// <summary>The fast exit: a sentence with no number token and no number word cannot state a claim.</summary>
    private static bool MayHoldNumbers(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Number
                || (token.Kind == TokenKind.Word && token.Length > 0
                    && (char.IsAsciiDigit(text[token.Start]) || NumberWords.MayStartNumber(text.Slice(token.Start, token.Length)))))
            {
                return true;
            }
        }

        return false;
    }

    private static ReadOnlySpan<char> HeadNoun(string? subject)
    {
        if (string.IsNullOrWhiteSpace(subject))
        {
            return [];
        }

        var span = subject.AsSpan().TrimEnd();
        var space = span.LastIndexOf(' ');
        return space >= 0 ? span[(space + 1)..] : span;
    }

    private static void AddCandidate(in SentenceTokens tokens, in Measurement measurement, ReadOnlySpan<char> subjectHead, List<ClaimCandidate> candidates)
    {
        if (measurement.Unit is not null)
        {
            // "4,500 years ago" dates an event; it is no duration of anything.
            if (measurement.Unit.Quantity != Quantities.Duration || !tokens.Is(measurement.End, "ago"))
            {
                candidates.Add(ClaimCandidate.Of(measurement, measurement.Unit, measurement.End, measurement.End));
            }

            return;
        }

        if (CountPhraseReader.TryRead(tokens, measurement.End, subjectHead, out var nounEnd))
        {
            // "4.8 animals per 100 km2" is a density, which the contract has no quantity for.
            if (!tokens.Is(nounEnd, "per") && !tokens.IsChar(nounEnd, '/'))
            {
                candidates.Add(ClaimCandidate.Of(measurement, Units.Count, nounEnd, measurement.End));
            }

            return;
        }

        if (measurement.Has(NumberTraits.MultipleBirth))
        {
            // "gives birth to twins" is a litter of two; "the twins" names them.
            if (!tokens.IsWord(measurement.NumberStart - 1) || !IsDeterminer(tokens, measurement.NumberStart - 1))
            {
                candidates.Add(ClaimCandidate.Of(measurement, Units.Count, measurement.End, measurement.End, NumericAttributes.LitterSize));
            }

            return;
        }

        if (measurement.Has(NumberTraits.YearLike) && !tokens.IsAny(measurement.NumberStart - 1, "of", "at"))
        {
            return;
        }

        // A bare number is a claim only where a noun says what it counts: "a population of 10,000", "litters of 2-3";
        // or where it continues such a number: "numbers fell from 10,090 in 1931 to about 25,280 in 1988".
        if (candidates.Count > 0 && candidates[^1] is { Attribute: { } previous, Value.Unit: null })
        {
            candidates.Add(ClaimCandidate.Of(measurement, Units.Count, measurement.End, measurement.End, previous));
            return;
        }

        var floor = candidates.Count > 0 ? candidates[^1].After : 0;
        foreach (var attribute in (ReadOnlySpan<string>)[NumericAttributes.Population, NumericAttributes.LitterSize])
        {
            if (AttributeCues.HasCue(tokens, attribute, measurement.NumberStart, measurement.End, floor, tokens.Count, AttributeCues.Specific))
            {
                candidates.Add(ClaimCandidate.Of(measurement, Units.Count, measurement.End, measurement.End, attribute));
                return;
            }
        }
    }

    private static bool IsYearMarker(List<YearMarker> years, in Measurement measurement)
    {
        foreach (var year in years)
        {
            if (year.Index == measurement.NumberStart && measurement.Unit is null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsDeterminer(in SentenceTokens tokens, int index) =>
        tokens.IsAny(index, "the", "these") || tokens.IsAny(index, "those", "her") || tokens.IsAny(index, "his", "their")
        || tokens.IsAny(index, "its", "of");

    private static ImmutableArray<Claim> BuildClaims(in SentenceTokens tokens, string docId, int sentenceIndex, string? subject, ExtractionScratch scratch)
    {
        var candidates = scratch.Candidates;
        var claims = ImmutableArray.CreateBuilder<Claim>(candidates.Count);
        var sentenceConditions = candidates.Count > 0 ? LeadingConditions(tokens, candidates[0].Value.NumberStart) : Conditions.None;
        for (var c = 0; c < candidates.Count; c++)
        {
            var candidate = candidates[c];
            var value = candidate.Value;
            var floor = c > 0 ? candidates[c - 1].After : 0;
            var ceiling = c + 1 < candidates.Count ? candidates[c + 1].Value.NumberStart : tokens.Count;

            var qualifiers = default(QualifierSet);
            var start = QualifierLexicon.ReadBefore(tokens, value.NumberStart, floor, ref qualifiers);
            if (start - 1 >= floor && tokens.Is(start - 1, "between"))
            {
                start = QualifierLexicon.ReadBefore(tokens, start - 1, floor, ref qualifiers);
            }

            if (value.Has(NumberTraits.Plus))
            {
                qualifiers.Bound ??= QualifierLexicon.AtLeast;
            }

            var end = QualifierLexicon.ReadAfter(tokens, candidate.TextEnd, ref qualifiers);
            var after = Math.Max(end, candidate.After);
            var quantity = candidate.Unit.Quantity;
            var fromCue = true;
            var attribute = candidate.Attribute
                ?? AttributeCues.Choose(tokens, quantity, start, end, after, floor, ceiling, value.Suffix, out fromCue);

            // "lives up to 20 years in captivity and about 12 years in the wild": the second value continues the first.
            if (!fromCue && claims.Count > 0 && claims[^1].Quantity == quantity && claims[^1].Attribute != NumericAttributes.Other)
            {
                attribute = claims[^1].Attribute;
            }

            if (IsNoClaim(value, candidate.Unit, attribute))
            {
                continue;
            }

            var own = ReadConditions(tokens, start, after, candidate.NounStart, candidate.TextEnd, floor, ceiling);
            // A duration tells when something happens to the animal ("weaned at 4 months"), not under what condition.
            var inherited = quantity == Quantities.Duration ? Conditions.None : sentenceConditions & ~ConditionClass.Covering(own);
            qualifiers.Conditions = own | inherited;
            qualifiers.Year = YearReader.For(tokens, scratch.Years, value.NumberStart, end);

            var first = tokens.Tokens[start];
            var last = tokens.Tokens[end - 1];
            claims.Add(new Claim(
                Id: $"{docId}#{sentenceIndex}.{claims.Count}",
                Attribute: attribute,
                Quantity: quantity,
                Low: value.Low,
                High: value.High,
                Unit: candidate.Unit.Symbol,
                SiLow: candidate.Unit.ToSi(value.Low),
                SiHigh: candidate.Unit.ToSi(value.High),
                SiUnit: Quantities.SiUnitOf(quantity),
                Qualifiers: qualifiers.ToImmutableArray(),
                Subject: subject,
                Text: tokens.Text[first.Start..last.End].ToString(),
                Start: first.Start,
                End: last.End));
        }

        return claims.Count == 0 ? [] : claims.DrainToImmutable();
    }

    /// <summary>
    /// Values the grammar read but that state nothing: a count of one (<c>a single male</c>, <c>one female</c> name an
    /// animal, they do not count a population) unless it is a litter, and a spelled-out one with a duration and no
    /// cue (<c>One day</c>).
    /// </summary>
    private static bool IsNoClaim(in Measurement value, UnitDefinition unit, string attribute)
    {
        var spelledOne = value.Has(NumberTraits.One) || (value.High == 1 && value.Has(NumberTraits.Words));
        return unit.Quantity switch
        {
            Quantities.Count => value.High <= 1 && attribute != NumericAttributes.LitterSize,
            Quantities.Duration => spelledOne && attribute == NumericAttributes.Other && unit.Symbol is "s" or "min" or "h" or "d" or "wk" or "mo" or "yr",
            _ => false,
        };
    }

    /// <summary>
    /// The conditions of the sentence's opening words, up to its first value: "Adult bulls stand 3-4 m at the shoulder
    /// and weigh up to 6,000 kg" says both values are of adult males, though the second's own clause names neither.
    /// A contrast ("while", "unlike", ...) ends the opening, since what follows it is about someone else.
    /// </summary>
    private static Conditions LeadingConditions(in SentenceTokens tokens, int firstValue)
    {
        var conditions = Conditions.None;
        for (var i = 0; i < firstValue; i++)
        {
            if (tokens.IsAny(i, "while", "whereas") || tokens.IsAny(i, "unlike", "although") || tokens.IsAny(i, "than", "but"))
            {
                return Conditions.None;
            }

            conditions |= QualifierLexicon.ConditionOf(tokens, i);
        }

        return conditions;
    }

    private static Conditions ReadConditions(in SentenceTokens tokens, int start, int end, int nounStart, int nounEnd, int floor, int ceiling)
    {
        var conditions = Conditions.None;

        // Between two values, the words before the first clause break still describe the earlier one:
        // "weigh 3 kg at birth and are weaned at 4 months".
        var low = floor > 0 ? ClauseWindow.AfterFirstBreak(tokens, floor, start) : ClauseWindow.Low(start, floor);
        for (var i = start - 1; i >= low && !ClauseWindow.EndsBackward(tokens, i); i--)
        {
            conditions |= QualifierLexicon.ConditionOf(tokens, i);
        }

        // A count's own modifiers and noun ("20 adult females"); its "young" are what it counts, not a condition.
        for (var i = nounStart; i < nounEnd; i++)
        {
            if (!tokens.Is(i, "young"))
            {
                conditions |= QualifierLexicon.ConditionOf(tokens, i);
            }
        }

        var high = ClauseWindow.High(end, ceiling);
        for (var i = end; i < high && !ClauseWindow.EndsForward(tokens, i); i++)
        {
            conditions |= QualifierLexicon.ConditionOf(tokens, i);
        }

        return conditions;
    }
}
