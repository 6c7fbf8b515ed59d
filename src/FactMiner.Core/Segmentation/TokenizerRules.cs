using System.Collections.Frozen;
using System.Globalization;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// The tokenizer's rule tables as data: character classes for prefixes, suffixes and infixes,
/// the abbreviations kept whole, and the units that may stand on either side of a slash.
/// </summary>
internal static class TokenizerRules
{
    /// <summary>Peeled off the front of a chunk, one at a time (runs of dots or of one dash go together).</summary>
    public const string PrefixChars = "([{<\"'`“”‘’«»‹›„‚¿¡~≈±+−-–—‒―*#§•‣…>≤≥";

    /// <summary>Peeled off the end of a chunk.</summary>
    public const string SuffixChars = ")]}>\"'`”“’‘»«›‹.,;:!?…%‰‱°′″*+−-–—‒―";

    /// <summary>Single characters that always split a chunk from inside.</summary>
    public const string AlwaysInfixChars = "—―⸺…;!?\"“”«»()[]{}×%‰=<>|~";

    /// <summary>Characters the infix rules look at in context (see <c>Tokenizer.InfixLength</c>).</summary>
    public const string ContextInfixChars = "-‐‑−–‒/'’′‘,.:";

    /// <summary>Hyphens that join letters (<c>musk-deer</c>) but split after a digit (<c>3-inch</c>, <c>15-38</c>).</summary>
    public const string JoiningHyphens = "-‐‑−";

    /// <summary>Apostrophes that start a possessive <c>'s</c>, split off as its own word (<c>deer's</c>).</summary>
    public const string PossessiveApostrophes = "'’";

    /// <summary>Apostrophes and primes that split only between digits (<c>5'11</c>).</summary>
    public const string DigitApostrophes = "'’′‘";

    /// <summary>Unicode vulgar fractions; each is a Number by itself or after digits (<c>10½</c>).</summary>
    public const string VulgarFractions = "¼½¾⅐⅑⅒⅓⅔⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞↉";

    /// <summary>Punctuation-category characters that still make Symbol tokens.</summary>
    public const string SymbolLikePunctuation = "%‰‱#&*@§¶†‡•‣/\\·′″-‐‑‒–—―";

    /// <summary>Not whitespace to .NET, yet invisible separators in scraped text.</summary>
    public const string ExtraSeparators = "\u200B\u2060\uFEFF";

    /// <summary>Characters whose repeats make one token (<c>...</c>, <c>--</c>, <c>!!!</c>).</summary>
    public const string RunChars = ".…-–—―‒−*#~!?=";

    /// <summary>Chunks starting with one of these are kept whole (after outer punctuation is peeled).</summary>
    public static readonly string[] UrlStarts = ["http://", "https://", "www.", "ftp://", "mailto:"];

    /// <summary>Symbols that belong inside a token: <c>30°C</c>, <c>m·s</c>, <c>1⁄2</c>.</summary>
    public const string InsideChars = "°·⁄";

    /// <summary>Spaces allowed between the whole and the fraction of a mixed number (<c>10 1/2</c>).</summary>
    public const string MixedFractionGaps = " \u00A0\u2009\u202F";

    /// <summary>Abbreviations that keep their period, compared ignoring case.</summary>
    public static readonly string[] Abbreviations =
    [
        "e.g.", "i.e.", "cf.", "viz.", "vs.", "etc.", "approx.", "appr.", "ca.", "cca.", "c.", "est.", "esp.",
        "incl.", "excl.", "resp.", "ibid.", "al.", "sp.", "spp.", "ssp.", "subsp.", "var.", "gen.", "fam.",
        "sq.", "fig.", "figs.", "vol.", "vols.", "pp.", "ed.", "eds.", "dept.",
        "dr.", "mr.", "mrs.", "ms.", "prof.", "st.", "mt.", "mts.", "jr.", "sr.", "rev.", "hon.", "gov.",
        "capt.", "col.", "lt.", "sgt.", "inc.", "ltd.", "co.", "corp.", "bros.",
        "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
        "ph.d.", "b.sc.", "m.sc.",
    ];

    /// <summary>
    /// Capitals kept with their period as initials (<c>M. moschiferus</c>, <c>A. Kumar</c>). Lowercase letters are not:
    /// <c>g.</c> and <c>m.</c> end sentences as units. "I." is left out: it ends sentences ("taller than I.").
    /// </summary>
    public const string InitialLetters = "ABCDEFGHJKLMNOPQRSTUVWXYZ";

    /// <summary>Units that keep a slash between them whole (<c>km/h</c>, <c>m/s</c>, <c>mg/kg</c>).</summary>
    public static readonly string[] SlashUnits =
    [
        "mm", "cm", "m", "km", "in", "ft", "yd", "mi", "nmi", "mg", "g", "kg", "t", "lb", "lbs", "oz",
        "ml", "l", "L", "kcal", "cal", "kj", "j", "w", "kw", "ind", "s", "sec", "min", "h", "hr", "hrs",
        "d", "day", "days", "wk", "week", "mo", "month", "y", "yr", "yrs", "year", "ha", "ac", "acre",
        "mm2", "cm2", "m2", "km2", "m3", "cm3", "mm²", "cm²", "m²", "km²", "m³", "cm³",
    ];

    /// <summary>Length units that take a glued power in ASCII (<c>km2</c>, <c>m3</c>).</summary>
    public static readonly string[] PowerBases = ["mm", "cm", "m", "km", "in", "ft", "yd", "mi", "dm", "nm"];

    public static readonly string[] OrdinalEndings = ["st", "nd", "rd", "th"];

    public static FrozenSet<string> BuildAbbreviationSet() =>
        Abbreviations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string> BuildSlashUnitSet() => SlashUnits.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static FrozenSet<string> BuildPowerBaseSet() => PowerBases.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Flags of every UTF-16 code unit; built once.</summary>
    public static readonly CharFlags[] Chars = BuildCharTable();

    /// <summary>The flags of every UTF-16 code unit, so the hot loop does one array read per character.</summary>
    private static CharFlags[] BuildCharTable()
    {
        var table = new CharFlags[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = FlagsFromCategory((char)i);
        }

        Mark(table, PrefixChars, CharFlags.Prefix);
        Mark(table, SuffixChars, CharFlags.Suffix);
        Mark(table, AlwaysInfixChars, CharFlags.Infix);
        Mark(table, ContextInfixChars, CharFlags.Infix);
        Mark(table, VulgarFractions, CharFlags.Fraction);
        Mark(table, ExtraSeparators, CharFlags.Separator);
        foreach (var c in InsideChars)
        {
            table[c] &= ~(CharFlags.Infix | CharFlags.Pictograph);
        }

        foreach (var c in SymbolLikePunctuation)
        {
            table[c] &= ~CharFlags.Punctuation;
        }

        return table;
    }

    private static void Mark(CharFlags[] table, string chars, CharFlags flag)
    {
        foreach (var c in chars)
        {
            table[c] |= flag;
        }
    }

    private static CharFlags FlagsFromCategory(char c)
    {
        if (char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return CharFlags.Separator;
        }

        if (char.IsAsciiDigit(c))
        {
            return CharFlags.Digit;
        }

        if (char.IsSurrogate(c))
        {
            // Letters outside the BMP stay inside words; pictographs split. Decided per rune, in context.
            return CharFlags.Surrogate | CharFlags.Infix;
        }

        return char.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter => CharFlags.Letter | CharFlags.Upper,
            UnicodeCategory.LowercaseLetter => CharFlags.Letter | CharFlags.Lower,
            UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber => CharFlags.Letter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark => CharFlags.Mark,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.InitialQuotePunctuation =>
                CharFlags.Punctuation | CharFlags.Prefix | CharFlags.Infix,
            UnicodeCategory.ClosePunctuation or UnicodeCategory.FinalQuotePunctuation =>
                CharFlags.Punctuation | CharFlags.Suffix | CharFlags.Infix,
            UnicodeCategory.CurrencySymbol when c < 128 => CharFlags.Prefix | CharFlags.Suffix | CharFlags.Infix,
            UnicodeCategory.CurrencySymbol =>
                CharFlags.Prefix | CharFlags.Suffix | CharFlags.Infix | CharFlags.Pictograph,
            UnicodeCategory.OtherSymbol or UnicodeCategory.MathSymbol or UnicodeCategory.ModifierSymbol when c >= 128 =>
                CharFlags.Infix | CharFlags.Pictograph,
            // Other non-ASCII punctuation (※, ‧, 「) splits; ASCII punctuation is handled by the explicit lists.
            UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation when c >= 128 =>
                CharFlags.Punctuation | CharFlags.Infix,
            UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation => CharFlags.Punctuation,
            _ => CharFlags.None,
        };
    }
}
