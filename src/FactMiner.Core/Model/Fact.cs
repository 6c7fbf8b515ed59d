using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>What the claims about one (subject, attribute) agree on, with every claim that supports it.</summary>
/// <param name="Subject">Lowercase subject, as on the claims.</param>
/// <param name="Attribute">A numeric or categorical attribute of the contract.</param>
/// <param name="Sources">Ids of the supporting claims, in text order.</param>
public sealed record Fact(string Subject, string Attribute, ImmutableArray<string> Sources)
{
    /// <summary>The contract quantity of a numeric fact; null for a categorical one.</summary>
    public string? Quantity { get; init; }

    /// <summary>Lower end of the agreed interval in SI; null when unbounded below (an "up to" fact).</summary>
    public double? SiLow { get; init; }

    /// <summary>Upper end of the agreed interval in SI; null when unbounded above (a "more than" fact).</summary>
    public double? SiHigh { get; init; }

    public string? SiUnit { get; init; }

    /// <summary>The agreed category of a categorical fact; null for a numeric one.</summary>
    public string? Category { get; init; }

    public string? Authority { get; init; }

    public int? Year { get; init; }

    /// <summary>Qualifiers every source shares (a fact about males holds only for males).</summary>
    public ImmutableArray<string> Qualifiers { get; init; } = [];

    public int SupportCount => Sources.Length;
}
