using System.Collections.Immutable;

namespace FactMiner.Core.Model;

/// <summary>A numeric claim as the contract names it: a value or range, its unit, its SI normalisation and conditions.</summary>
/// <param name="Id"><c>doc#sentence.n</c>, stable for one document text.</param>
/// <param name="Attribute">One of <see cref="NumericAttributes"/>.</param>
/// <param name="Quantity">One of <see cref="Quantities"/>.</param>
/// <param name="Unit">The unit as the contract spells it (<c>cm</c>, <c>lb</c>, <c>km/h</c>), <c>1</c> for counts.</param>
/// <param name="Text">The claim's words in the sentence, e.g. <c>about 60cm</c>.</param>
/// <param name="Start">Document offset of <paramref name="Text"/>.</param>
public sealed record Claim(
    string Id,
    string Attribute,
    string Quantity,
    double Low,
    double High,
    string Unit,
    double SiLow,
    double SiHigh,
    string SiUnit,
    ImmutableArray<string> Qualifiers,
    string? Subject,
    string Text,
    int Start,
    int End);
