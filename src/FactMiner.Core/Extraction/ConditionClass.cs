namespace FactMiner.Core.Extraction;

/// <summary>Which family a condition word belongs to, so a condition read from the clause never overrides one the
/// extractor already put on the claim (a claim marked "female" does not also become "male").</summary>
internal static class ConditionClass
{
    private const Conditions Sex = Conditions.Male | Conditions.Female;
    private const Conditions Age = Conditions.Adult | Conditions.Newborn | Conditions.Juvenile;
    private const Conditions Setting = Conditions.Wild | Conditions.Captive | Conditions.Domestic;

    public static bool Same(string a, string b) => Of(a) is { } x && x == Of(b);

    /// <summary>Every condition of each class that <paramref name="conditions"/> names one of: a value's own condition
    /// of a class overrides the one its sentence opened with.</summary>
    public static Conditions Covering(Conditions conditions) =>
        ((conditions & Sex) != 0 ? Sex : Conditions.None)
        | ((conditions & Age) != 0 ? Age : Conditions.None)
        | ((conditions & Setting) != 0 ? Setting : Conditions.None);

    private static string? Of(string qualifier) => qualifier.Trim().ToLowerInvariant() switch
    {
        "male" or "female" => "sex",
        "newborn" or "juvenile" or "adult" => "age",
        "wild" or "captive" or "domestic" => "setting",
        "breeding season" or "winter" or "summer" or "spring" or "autumn" or "dry season" or "wet season" or "rainy season" or "monsoon" => "season",
        _ => null,
    };
}
