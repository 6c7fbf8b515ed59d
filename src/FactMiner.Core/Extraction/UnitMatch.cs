namespace FactMiner.Core.Extraction;

/// <summary>The unit read after a number, ending before token <paramref name="End"/>.</summary>
/// <param name="Unit">Null unless <paramref name="Kind"/> is <see cref="UnitMatchKind.Unit"/>.</param>
/// <param name="Suffix">An adjective glued to a hyphenated unit (<c>old</c> in <c>28-year-old</c>, <c>long</c> in <c>3-inch-long</c>); empty when none.</param>
internal readonly record struct UnitMatch(UnitMatchKind Kind, UnitDefinition? Unit, int End, string Suffix)
{
    public static UnitMatch Of(UnitDefinition unit, int end, string suffix = "") => new(UnitMatchKind.Unit, unit, end, suffix);

    public static UnitMatch Other(UnitMatchKind kind, int end) => new(kind, null, end, "");
}
