using FactMiner.Core.Model;

namespace FactMiner.Core.Extraction;

/// <summary>
/// Joins numbers into values: ranges (<c>15-38</c>, <c>15 to 38</c>, <c>between 15 and 38</c>, <c>8- to 16-meter</c>,
/// <c>75 cm to 1.2 m</c>), feet and inches (<c>5 ft 2 in</c>, <c>5'2"</c>), a unit shared by a list (<c>45 and 50 mg</c>),
/// and drops the second of a conversion pair (<c>7–17 kg (15–38 lb)</c>).
/// </summary>
internal static class MeasurementGrouper
{
    /// <summary>How far apart two values may be in SI and still be one value in two units.</summary>
    private const double ConversionTolerance = 0.2;

    private static readonly UnitTable Units = UnitTable.Default;

    public static void Group(in SentenceTokens tokens, List<ValueAtom> atoms, List<Measurement> output)
    {
        MergeCompounds(tokens, atoms);
        var k = 0;
        while (k < atoms.Count)
        {
            var atom = atoms[k];
            if (atom.Excluded)
            {
                k++;
                continue;
            }

            var next = k + 1 < atoms.Count && !atoms[k + 1].Excluded ? atoms[k + 1] : default;
            var hasNext = k + 1 < atoms.Count && !atoms[k + 1].Excluded;

            if (hasNext && TryRange(tokens, atom, next, out var range, out var yearSpan))
            {
                if (!yearSpan)
                {
                    Add(tokens, output, range);
                }

                k += 2;
                continue;
            }

            var unit = atom.Unit ?? (atom.IsBare ? SharedListUnit(tokens, atoms, k) : null);
            Add(tokens, output, new Measurement(atom.Start, atom.End, atom.Value, atom.Value, unit, atom.Number.Traits, atom.Suffix));
            k++;
        }
    }

    /// <summary>Adds a measurement unless it restates, in brackets, the one before it (<c>7–17 kg (15–38 lb)</c>).</summary>
    private static void Add(in SentenceTokens tokens, List<Measurement> output, Measurement measurement)
    {
        if (output.Count > 0 && IsBracketedConversion(tokens, output[^1], measurement))
        {
            var closing = measurement.End;
            while (tokens.InRange(closing) && !tokens.IsChar(closing, ')') && !tokens.IsChar(closing, ']') && closing < measurement.End + 3)
            {
                closing++;
            }

            output[^1] = output[^1] with { After = tokens.InRange(closing) && (tokens.IsChar(closing, ')') || tokens.IsChar(closing, ']')) ? closing + 1 : measurement.End };
            return;
        }

        output.Add(measurement);
    }

    private static bool IsBracketedConversion(in SentenceTokens tokens, Measurement first, Measurement second)
    {
        // "lb. (" : the abbreviation's period may stand between the unit and the bracket.
        var bracket = tokens.IsChar(first.End, '.') ? first.End + 1 : first.End;
        if (first.Unit is null || second.Unit is null || first.Unit.Quantity != second.Unit.Quantity
            || !(tokens.IsChar(bracket, '(') || tokens.IsChar(bracket, '[')))
        {
            return false;
        }

        // "(15–38 lb)", "(about 15–38 lb)", "(i.e. 160 lb)", "(or 15–38 lb)".
        var opening = bracket + 1;
        if (tokens.IsAny(opening, "i.e.", "ie") || tokens.IsAny(opening, "or", "="))
        {
            opening++;
        }

        var scratch = default(QualifierSet);
        return QualifierLexicon.ReadBefore(tokens, second.NumberStart, opening, ref scratch) == opening
            && Close(first.Unit.ToSi(first.Low), second.Unit.ToSi(second.Low))
            && Close(first.Unit.ToSi(first.High), second.Unit.ToSi(second.High));
    }

    private static bool Close(double a, double b) =>
        Math.Abs(a - b) <= ConversionTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    /// <summary>Replaces each imperial compound (<c>5 ft 2 in</c>, <c>5'2"</c>) by one atom, so compounds can be range ends.</summary>
    private static void MergeCompounds(in SentenceTokens tokens, List<ValueAtom> atoms)
    {
        for (var k = 0; k + 1 < atoms.Count; k++)
        {
            if (TryCompound(tokens, atoms[k], atoms[k + 1], out var compound))
            {
                atoms[k] = compound;
                atoms.RemoveAt(k + 1);
            }
        }
    }

    /// <summary>Imperial compounds that are one value: feet and inches, pounds and ounces, stones and pounds.</summary>
    private static bool TryCompound(in SentenceTokens tokens, ValueAtom major, ValueAtom minor, out ValueAtom compound)
    {
        compound = default;
        if (!major.IsMeasured || !minor.IsMeasured || !major.Number.Has(NumberTraits.Integer))
        {
            return false;
        }

        var adjacent = minor.Start == major.End || (minor.Start == major.End + 1 && tokens.Is(major.End, "and"));
        double perMajor = (major.Unit, minor.Unit) switch
        {
            var (a, b) when a == Units.Foot && b == Units.Inch => 12,
            var (a, b) when a == Units.Pound && b == Units.Ounce => 16,
            var (a, b) when a == Units.Stone && b == Units.Pound => 14,
            _ => 0,
        };
        if (!adjacent || perMajor == 0 || minor.Value >= perMajor)
        {
            return false;
        }

        var value = (major.Value * perMajor) + minor.Value;
        var number = major.Number with { Value = value, Traits = major.Number.Traits | minor.Number.Traits };
        compound = new ValueAtom(number, minor.Unit, minor.End, Excluded: false, "");
        return true;
    }

    /// <param name="yearSpan">True for a span of years (<c>1990-2000</c>, <c>2013-14</c>): both numbers are used up, no value results.</param>
    private static bool TryRange(in SentenceTokens tokens, ValueAtom low, ValueAtom high, out Measurement range, out bool yearSpan)
    {
        range = default;
        yearSpan = false;
        var connector = Connector(tokens, low, high);
        if (connector == RangeConnector.None)
        {
            return false;
        }

        UnitDefinition? unit;
        double from = low.Value, to = high.Value;
        if (low.IsMeasured && high.IsMeasured)
        {
            if (low.Unit!.Quantity != high.Unit!.Quantity)
            {
                return false;
            }

            unit = high.Unit;
            if (low.Unit != high.Unit)
            {
                // "20 kg or 44 lb" restates one value; "75 cm to 1.2 m" is a range.
                if (Close(low.Unit.ToSi(from), high.Unit.ToSi(to)))
                {
                    range = new Measurement(low.Start, high.End, from, from, low.Unit, low.Number.Traits, low.Suffix);
                    return true;
                }

                from = unit.FromOther(from, low.Unit);
            }
        }
        else if (low.IsBare && high.IsMeasured)
        {
            unit = high.Unit;
        }
        else if (low.IsBare && high.IsBare)
        {
            unit = null;
            if (low.Number.Has(NumberTraits.YearLike))
            {
                // "1990-2000", "between 1990 and 2000", "2013-14"; but "in 1990 to 500" leaves 500 alone.
                yearSpan = connector != RangeConnector.Or
                    && (high.Number.Has(NumberTraits.YearLike) || (connector == RangeConnector.Dash && high.Value < low.Value));
                return yearSpan;
            }
        }
        else
        {
            return false;
        }

        // "2013-14", "1990-95": an abbreviated second end is a span of years, not a range of values.
        if (connector == RangeConnector.Dash && to < from)
        {
            return false;
        }

        if (connector == RangeConnector.Or && low.Number.Has(NumberTraits.Words) != high.Number.Has(NumberTraits.Words))
        {
            return false;
        }

        var traits = (low.Number.Traits | high.Number.Traits) & ~(NumberTraits.One | NumberTraits.YearLike);
        range = new Measurement(low.Start, high.End, Math.Min(from, to), Math.Max(from, to), unit, traits, high.Suffix);
        return true;
    }

    private enum RangeConnector
    {
        None,
        Dash,
        Word,
        Or,
    }

    private static RangeConnector Connector(in SentenceTokens tokens, ValueAtom low, ValueAtom high)
    {
        var gap = high.Start - low.End;
        var at = low.End;
        if (gap == 1)
        {
            if (tokens.IsDash(at))
            {
                return low.Suffix.Length == 0 ? RangeConnector.Dash : RangeConnector.None;
            }

            if (tokens.IsAny(at, "to", "through") || tokens.Is(at, "till") || tokens.Is(at, "until"))
            {
                return RangeConnector.Word;
            }

            if (tokens.Is(at, "or"))
            {
                return RangeConnector.Or;
            }

            if (tokens.Is(at, "and") && QualifierLexicon.Precedes(tokens, low.Start, "between", out _))
            {
                return RangeConnector.Word;
            }

            return RangeConnector.None;
        }

        // "8- to 16-meter": a suspended hyphen before "to".
        if (gap == 2 && tokens.IsDash(at) && tokens.GluedToPrevious(at) && tokens.IsAny(at + 1, "to", "and"))
        {
            return RangeConnector.Word;
        }

        return RangeConnector.None;
    }

    /// <summary>The unit a list of bare numbers shares with its last, measured member: <c>45 and 50 mg</c>, <c>3, 4 or 5 kg</c>.</summary>
    private static UnitDefinition? SharedListUnit(in SentenceTokens tokens, List<ValueAtom> atoms, int index)
    {
        var words = atoms[index].Number.Has(NumberTraits.Words);
        for (var k = index; k + 1 < atoms.Count; k++)
        {
            var current = atoms[k];
            var next = atoms[k + 1];
            if (current.Number.Has(NumberTraits.YearLike) || next.Excluded || next.Number.Has(NumberTraits.Words) != words)
            {
                return null;
            }

            var gap = next.Start - current.End;
            var joined = (gap == 1 && (tokens.Is(current.End, "and") || tokens.IsChar(current.End, ',')))
                || (gap == 2 && tokens.IsChar(current.End, ',') && tokens.IsAny(current.End + 1, "and", "or"));
            if (!joined)
            {
                return null;
            }

            if (next.IsMeasured)
            {
                return next.Unit;
            }
        }

        return null;
    }
}
