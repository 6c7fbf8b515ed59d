using System.Collections.Frozen;

namespace FactMiner.Core.Extraction;

/// <summary>Currency signs and words: money is no measurement, and <c>$350 per kg</c> must not become a mass.</summary>
internal static class CurrencyCues
{
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Words = new[]
    {
        "dollar", "dollars", "usd", "us$", "euro", "euros", "eur", "gbp", "yen", "yuan", "renminbi", "rmb", "rupee",
        "rupees", "rs", "rs.", "inr", "cent", "cents", "dime", "dimes", "penny", "pence", "sterling", "franc", "francs",
        "ruble", "rubles", "rouble", "roubles", "won", "baht", "ringgit", "rand",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsSign(ReadOnlySpan<char> token) =>
        token.Length == 1 && token[0] is '$' or '£' or '€' or '¥' or '₹' or '₤' or '₽' or '₩' or '¢';

    public static bool IsWord(ReadOnlySpan<char> token) => Words.Contains(token);
}
