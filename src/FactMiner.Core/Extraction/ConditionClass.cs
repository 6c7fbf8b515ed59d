namespace FactMiner.Core.Extraction;

/// <summary>Which family a condition word belongs to, so a condition read from the clause never overrides one the
/// extractor already put on the claim (a claim marked "female" does not also become "male").</summary>
internal static class ConditionClass
{
    public static bool Same(string a, string b) => Of(a) is { } x && x == Of(b);

    private static string? Of(string qualifier) => qualifier.Trim().ToLowerInvariant() switch
    {
        "male" or "female" => "sex",
        "newborn" or "juvenile" or "adult" => "age",
        "wild" or "captive" or "domestic" => "setting",
        "breeding season" or "winter" or "summer" or "spring" or "autumn" or "dry season" or "wet season" or "rainy season" or "monsoon" => "season",
        _ => null,
    };
}
