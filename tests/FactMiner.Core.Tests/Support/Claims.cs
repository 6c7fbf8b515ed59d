using System.Collections.Immutable;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;

namespace FactMiner.Core.Tests.Support;

/// <summary>Hand-built claims with realistic values, as the extractor would emit them.</summary>
internal static class Claims
{
    private static readonly Dictionary<string, (string Quantity, double ToSi)> Units = new(StringComparer.Ordinal)
    {
        ["mm"] = (Quantities.Length, 0.001),
        ["cm"] = (Quantities.Length, 0.01),
        ["m"] = (Quantities.Length, 1),
        ["in"] = (Quantities.Length, 0.0254),
        ["ft"] = (Quantities.Length, 0.3048),
        ["g"] = (Quantities.Mass, 0.001),
        ["kg"] = (Quantities.Mass, 1),
        ["t"] = (Quantities.Mass, 1000),
        ["lb"] = (Quantities.Mass, 0.45359237),
        ["day"] = (Quantities.Duration, 86400),
        ["month"] = (Quantities.Duration, 30.4375 * 86400),
        ["year"] = (Quantities.Duration, 365.25 * 86400),
        ["km/h"] = (Quantities.Speed, 1000.0 / 3600),
        ["1"] = (Quantities.Count, 1),
    };

    /// <summary>A numeric claim: <paramref name="id"/> is <c>doc#sentence.n</c>.</summary>
    public static Claim Numeric(
        string id, string attribute, double low, double high, string unit, string? subject, params string[] qualifiers)
    {
        var (quantity, toSi) = Units[unit];
        return new Claim(
            id, attribute, quantity, low, high, unit, low * toSi, high * toSi, Quantities.SiUnitOf(quantity),
            [.. qualifiers], subject, $"{low}-{high} {unit}", 0, 1);
    }

    public static Claim Numeric(string id, string attribute, double value, string unit, string? subject, params string[] qualifiers) =>
        Numeric(id, attribute, value, value, unit, subject, qualifiers);

    public static CategoricalClaim Categorical(
        string id, string attribute, string category, string? subject, string? authority = null, int? year = null, params string[] qualifiers) =>
        new(id, attribute, category, authority, year, subject, category, 0, 1) { Qualifiers = [.. qualifiers] };

    /// <summary>Records for claims whose ids say where they are: <c>doc#sentence.n</c>.</summary>
    public static ImmutableArray<ClaimRecord> Records(params object[] claims) =>
    [
        .. claims.Select(c => c switch
        {
            Claim n => ClaimRecord.Of(DocumentOf(n.Id), SentenceOf(n.Id), n),
            CategoricalClaim k => ClaimRecord.Of(DocumentOf(k.Id), SentenceOf(k.Id), k),
            _ => throw new ArgumentException("not a claim", nameof(claims)),
        }),
    ];

    private static string DocumentOf(string id) => id[..id.LastIndexOf('#')];

    private static int SentenceOf(string id)
    {
        var rest = id[(id.LastIndexOf('#') + 1)..];
        return int.Parse(rest[..rest.IndexOf('.')], System.Globalization.CultureInfo.InvariantCulture);
    }
}
