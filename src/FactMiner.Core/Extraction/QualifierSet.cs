using System.Collections.Immutable;

namespace FactMiner.Core.Extraction;

/// <summary>The qualifiers gathered for one claim, turned into the contract's strings once at the end.</summary>
internal struct QualifierSet
{
    public bool Approximate;
    public string? Bound;
    public Conditions Conditions;
    public string? Year;

    public readonly ImmutableArray<string> ToImmutableArray()
    {
        if (!Approximate && Bound is null && Conditions == Conditions.None && Year is null)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<string>(4);
        if (Approximate)
        {
            builder.Add(QualifierLexicon.Approximate);
        }

        if (Bound is not null)
        {
            builder.Add(Bound);
        }

        for (var i = 0; i < QualifierLexicon.ConditionNames.Length; i++)
        {
            if (((int)Conditions & (1 << i)) != 0)
            {
                builder.Add(QualifierLexicon.ConditionNames[i]);
            }
        }

        if (Year is not null)
        {
            builder.Add(Year);
        }

        return builder.DrainToImmutable();
    }
}
