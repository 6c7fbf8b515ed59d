namespace FactMiner.Core.Extraction;

/// <summary>English number words as data: cardinals, scales, denominators and the few count nouns (dozen, twins).</summary>
internal static class NumberWords
{
    private static readonly WordMap<NumberWord> BySpan = new(Build());

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord entry) => BySpan.TryGetValue(word, out entry);

    /// <summary>
    /// True when a word can begin a number phrase (<c>three</c>, <c>twenty-one</c>, <c>six-mile</c>, <c>dozen</c>, <c>twins</c>):
    /// the sentence-level fast exit asks this of every word, so it allocates nothing.
    /// </summary>
    public static bool MayStartNumber(ReadOnlySpan<char> word)
    {
        var hyphen = word.IndexOf('-');
        var head = hyphen > 0 ? word[..hyphen] : word;
        return BySpan.TryGetValue(head, out var entry) && entry.Kind != NumberWordKind.Fraction
            || head.Equals("half", StringComparison.OrdinalIgnoreCase);
    }

    private static Dictionary<string, NumberWord> Build()
    {
        var words = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        string[] units = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
        string[] teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
        string[] tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
        for (var i = 0; i < units.Length; i++)
        {
            words[units[i]] = new(NumberWordKind.Unit, i);
        }

        for (var i = 0; i < teens.Length; i++)
        {
            words[teens[i]] = new(NumberWordKind.Teen, 10 + i);
        }

        for (var i = 0; i < tens.Length; i++)
        {
            words[tens[i]] = new(NumberWordKind.Tens, 20 + (10 * i));
        }

        words["fourty"] = new(NumberWordKind.Tens, 40);
        words["hundred"] = new(NumberWordKind.Hundred, 100);
        words["thousand"] = new(NumberWordKind.Scale, 1e3);
        words["lakh"] = new(NumberWordKind.Scale, 1e5);
        words["million"] = new(NumberWordKind.Scale, 1e6);
        words["crore"] = new(NumberWordKind.Scale, 1e7);
        words["billion"] = new(NumberWordKind.Scale, 1e9);
        words["trillion"] = new(NumberWordKind.Scale, 1e12);
        words["dozen"] = new(NumberWordKind.Dozen, 12);
        words["single"] = new(NumberWordKind.Single, 1);
        words["couple"] = new(NumberWordKind.Couple, 2);
        words["twins"] = new(NumberWordKind.MultipleBirth, 2);
        words["triplets"] = new(NumberWordKind.MultipleBirth, 3);
        words["quadruplets"] = new(NumberWordKind.MultipleBirth, 4);

        (string Singular, string Plural, int Denominator)[] fractions =
        [
            ("half", "halves", 2), ("third", "thirds", 3), ("quarter", "quarters", 4), ("fourth", "fourths", 4),
            ("fifth", "fifths", 5), ("sixth", "sixths", 6), ("seventh", "sevenths", 7), ("eighth", "eighths", 8),
            ("ninth", "ninths", 9), ("tenth", "tenths", 10),
        ];
        foreach (var (singular, plural, denominator) in fractions)
        {
            words[singular] = new(NumberWordKind.Fraction, denominator);
            words[plural] = new(NumberWordKind.Fraction, denominator);
        }

        return words;
    }
}
