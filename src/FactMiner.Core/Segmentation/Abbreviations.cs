using System.Collections.Frozen;

namespace FactMiner.Core.Segmentation;

/// <summary>
/// Abbreviations whose period need not end a sentence, written without the final period.
/// </summary>
/// <remarks>
/// An entry written in lower case also matches its capitalised and upper-case forms ("etc" matches "Etc", "ETC");
/// an entry written capitalised matches only that and upper case ("Sun" is a day, "sun." is the star).
/// Single lower-case letters match only themselves, so "P." and "M." stay initials.
/// Where two entries fold to the same text, the one written exactly so wins ("St" title, "st" street).
/// </remarks>
internal static class Abbreviations
{
    private static readonly (string Text, AbbreviationKind Kind)[] Entries =
    [
        // Titles and place prefixes that stand before a name.
        ("Mr", AbbreviationKind.Title), ("Mrs", AbbreviationKind.Title), ("Ms", AbbreviationKind.Title),
        ("Mx", AbbreviationKind.Title), ("Messrs", AbbreviationKind.Title), ("Mmes", AbbreviationKind.Title),
        ("Mme", AbbreviationKind.Title), ("Mlle", AbbreviationKind.Title), ("Dr", AbbreviationKind.Title),
        ("Drs", AbbreviationKind.Title), ("Prof", AbbreviationKind.Title), ("Profs", AbbreviationKind.Title),
        ("Rev", AbbreviationKind.Title), ("Revd", AbbreviationKind.Title), ("Hon", AbbreviationKind.Title),
        ("Gen", AbbreviationKind.Title), ("Col", AbbreviationKind.Title), ("Lt", AbbreviationKind.Title),
        ("Maj", AbbreviationKind.Title), ("Capt", AbbreviationKind.Title), ("Sgt", AbbreviationKind.Title),
        ("Cpl", AbbreviationKind.Title), ("Pvt", AbbreviationKind.Title), ("Adm", AbbreviationKind.Title),
        ("Cmdr", AbbreviationKind.Title), ("Gov", AbbreviationKind.Title), ("Sen", AbbreviationKind.Title),
        ("Rep", AbbreviationKind.Title), ("Pres", AbbreviationKind.Title), ("Supt", AbbreviationKind.Title),
        ("Fr", AbbreviationKind.Title), ("Br", AbbreviationKind.Title), ("St", AbbreviationKind.Title),
        ("Ste", AbbreviationKind.Title), ("Mt", AbbreviationKind.Title), ("Mts", AbbreviationKind.Title),
        ("Ft", AbbreviationKind.Title), ("Pt", AbbreviationKind.Title), ("Sts", AbbreviationKind.Title),

        // Never the last word of a sentence.
        ("e.g", AbbreviationKind.Continuation), ("i.e", AbbreviationKind.Continuation), ("eg", AbbreviationKind.Continuation),
        ("ie", AbbreviationKind.Continuation), ("cf", AbbreviationKind.Continuation), ("viz", AbbreviationKind.Continuation),
        ("vs", AbbreviationKind.Continuation), ("v", AbbreviationKind.Continuation), ("approx", AbbreviationKind.Continuation),
        ("appr", AbbreviationKind.Continuation), ("ca", AbbreviationKind.Continuation), ("c", AbbreviationKind.Continuation),
        ("circ", AbbreviationKind.Continuation), ("incl", AbbreviationKind.Continuation), ("esp", AbbreviationKind.Continuation),
        ("a.k.a", AbbreviationKind.Continuation), ("est", AbbreviationKind.Continuation), ("aff", AbbreviationKind.Continuation),
        ("op", AbbreviationKind.Continuation), ("resp", AbbreviationKind.Continuation), ("w.r.t", AbbreviationKind.Continuation),

        // Stand before a number.
        ("No", AbbreviationKind.NumberPrefix), ("Nos", AbbreviationKind.NumberPrefix), ("nr", AbbreviationKind.NumberPrefix),
        ("nrs", AbbreviationKind.NumberPrefix),
        ("N°", AbbreviationKind.NumberPrefix), ("Nº", AbbreviationKind.NumberPrefix), ("fig", AbbreviationKind.NumberPrefix),
        ("figs", AbbreviationKind.NumberPrefix), ("p", AbbreviationKind.NumberPrefix), ("pp", AbbreviationKind.NumberPrefix),
        ("vol", AbbreviationKind.NumberPrefix), ("vols", AbbreviationKind.NumberPrefix), ("ch", AbbreviationKind.NumberPrefix),
        ("chap", AbbreviationKind.NumberPrefix), ("Sec", AbbreviationKind.NumberPrefix), ("sect", AbbreviationKind.NumberPrefix),
        ("Art", AbbreviationKind.NumberPrefix), ("eq", AbbreviationKind.NumberPrefix), ("eqs", AbbreviationKind.NumberPrefix),
        ("tab", AbbreviationKind.NumberPrefix), ("ref", AbbreviationKind.NumberPrefix), ("refs", AbbreviationKind.NumberPrefix),
        ("pl", AbbreviationKind.NumberPrefix), ("para", AbbreviationKind.NumberPrefix), ("ser", AbbreviationKind.NumberPrefix),
        ("suppl", AbbreviationKind.NumberPrefix), ("app", AbbreviationKind.NumberPrefix),

        // May end a sentence: organisations, name suffixes, places, citations, dates, dotted acronyms.
        ("Inc", AbbreviationKind.Ordinary), ("Ltd", AbbreviationKind.Ordinary), ("co", AbbreviationKind.Ordinary),
        ("Corp", AbbreviationKind.Ordinary), ("Bros", AbbreviationKind.Ordinary), ("Jr", AbbreviationKind.Ordinary),
        ("Sr", AbbreviationKind.Ordinary), ("Esq", AbbreviationKind.Ordinary), ("st", AbbreviationKind.Ordinary),
        ("Ave", AbbreviationKind.Ordinary), ("Rd", AbbreviationKind.Ordinary), ("Blvd", AbbreviationKind.Ordinary),
        ("Dept", AbbreviationKind.Ordinary), ("Univ", AbbreviationKind.Ordinary), ("Assn", AbbreviationKind.Ordinary),
        ("Assoc", AbbreviationKind.Ordinary), ("Inst", AbbreviationKind.Ordinary), ("Soc", AbbreviationKind.Ordinary),
        ("Natl", AbbreviationKind.Ordinary), ("Intl", AbbreviationKind.Ordinary), ("Govt", AbbreviationKind.Ordinary),
        ("Acad", AbbreviationKind.Ordinary), ("Sci", AbbreviationKind.Ordinary), ("Proc", AbbreviationKind.Ordinary),
        ("Zool", AbbreviationKind.Ordinary), ("Biol", AbbreviationKind.Ordinary), ("Ecol", AbbreviationKind.Ordinary),
        ("Prov", AbbreviationKind.Ordinary), ("Dist", AbbreviationKind.Ordinary), ("Mtns", AbbreviationKind.Ordinary),
        ("al", AbbreviationKind.Ordinary), ("ibid", AbbreviationKind.Ordinary), ("cit", AbbreviationKind.Ordinary),
        ("ed", AbbreviationKind.Ordinary), ("eds", AbbreviationKind.Ordinary), ("trans", AbbreviationKind.Ordinary),
        ("repr", AbbreviationKind.Ordinary), ("ssp", AbbreviationKind.Ordinary), ("subsp", AbbreviationKind.Ordinary),
        ("var", AbbreviationKind.Ordinary), ("syn", AbbreviationKind.Ordinary), ("nov", AbbreviationKind.Ordinary),
        ("max", AbbreviationKind.Ordinary), ("avg", AbbreviationKind.Ordinary), ("av", AbbreviationKind.Ordinary),
        ("Linn", AbbreviationKind.Ordinary),
        ("Jan", AbbreviationKind.Ordinary), ("Feb", AbbreviationKind.Ordinary), ("Mar", AbbreviationKind.Ordinary),
        ("Apr", AbbreviationKind.Ordinary), ("Jun", AbbreviationKind.Ordinary), ("Jul", AbbreviationKind.Ordinary),
        ("Aug", AbbreviationKind.Ordinary), ("Sep", AbbreviationKind.Ordinary), ("Sept", AbbreviationKind.Ordinary),
        ("Oct", AbbreviationKind.Ordinary), ("Nov", AbbreviationKind.Ordinary), ("Dec", AbbreviationKind.Ordinary),
        ("Mon", AbbreviationKind.Ordinary), ("Tue", AbbreviationKind.Ordinary), ("Tues", AbbreviationKind.Ordinary),
        ("Wed", AbbreviationKind.Ordinary), ("Thu", AbbreviationKind.Ordinary), ("Thur", AbbreviationKind.Ordinary),
        ("Thurs", AbbreviationKind.Ordinary), ("Fri", AbbreviationKind.Ordinary), ("Sat", AbbreviationKind.Ordinary),
        ("Sun", AbbreviationKind.Ordinary), ("U.S", AbbreviationKind.Ordinary), ("U.K", AbbreviationKind.Ordinary),
        ("E.U", AbbreviationKind.Ordinary), ("a.m", AbbreviationKind.Ordinary), ("p.m", AbbreviationKind.Ordinary),

        // Usually end their sentence: a capital after them starts the next one.
        ("etc", AbbreviationKind.Trailing), ("sp", AbbreviationKind.Trailing), ("spp", AbbreviationKind.Trailing),
        ("mm", AbbreviationKind.Trailing), ("cm", AbbreviationKind.Trailing), ("m", AbbreviationKind.Trailing),
        ("km", AbbreviationKind.Trailing), ("in", AbbreviationKind.Trailing), ("ft", AbbreviationKind.Trailing),
        ("yd", AbbreviationKind.Trailing), ("yds", AbbreviationKind.Trailing), ("mi", AbbreviationKind.Trailing),
        ("oz", AbbreviationKind.Trailing), ("lb", AbbreviationKind.Trailing), ("lbs", AbbreviationKind.Trailing),
        ("kg", AbbreviationKind.Trailing), ("g", AbbreviationKind.Trailing), ("mg", AbbreviationKind.Trailing),
        ("ha", AbbreviationKind.Trailing), ("sq", AbbreviationKind.Trailing), ("gal", AbbreviationKind.Trailing),
        ("ml", AbbreviationKind.Trailing), ("hr", AbbreviationKind.Trailing), ("hrs", AbbreviationKind.Trailing),
        ("min", AbbreviationKind.Trailing), ("mins", AbbreviationKind.Trailing), ("sec", AbbreviationKind.Trailing),
        ("secs", AbbreviationKind.Trailing), ("yr", AbbreviationKind.Trailing), ("yrs", AbbreviationKind.Trailing),
        ("mo", AbbreviationKind.Trailing), ("mos", AbbreviationKind.Trailing), ("wk", AbbreviationKind.Trailing),
        ("wks", AbbreviationKind.Trailing), ("mph", AbbreviationKind.Trailing), ("kph", AbbreviationKind.Trailing),
        ("deg", AbbreviationKind.Trailing),
    ];

    private static readonly FrozenDictionary<string, AbbreviationKind> Table = Build();

    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> SpanLookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Looks up a word written without its final period ("U.S", "approx", "Dr").</summary>
    public static bool TryGetKind(ReadOnlySpan<char> word, out AbbreviationKind kind) => SpanLookup.TryGetValue(word, out kind);

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var table = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        foreach (var (text, kind) in Entries)
        {
            table[text] = kind;
        }

        foreach (var (text, kind) in Entries)
        {
            if (text.Count(char.IsLetter) < 2)
            {
                continue;
            }

            table.TryAdd(text.ToUpperInvariant(), kind);
            if (char.IsLower(text[0]))
            {
                table.TryAdd(char.ToUpperInvariant(text[0]) + text[1..], kind);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
