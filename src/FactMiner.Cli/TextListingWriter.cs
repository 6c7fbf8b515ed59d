using System.Globalization;
using FactMiner.Core.Export;
using FactMiner.Core.Model;
using FactMiner.Core.Pipeline;

namespace FactMiner.Cli;

/// <summary><c>--format text</c>: the same findings as the JSON lines, laid out for a person reading a terminal.</summary>
internal static class TextListingWriter
{
    public static void Write(TextWriter output, ExtractionOutcome outcome)
    {
        var flags = new SentenceFlagIndex(outcome.Flags);
        foreach (var document in outcome.Documents)
        {
            output.WriteLine($"== {document.Id}  ({document.Sentences.Length} sentences, sha256 {document.Sha256[..12]})");
            foreach (var sentence in document.Sentences)
            {
                WriteSentence(output, sentence, flags);
            }

            output.WriteLine();
        }

        output.WriteLine($"{outcome.Documents.Count} documents, {outcome.Documents.Sum(d => d.Sentences.Length)} sentences, "
            + $"{outcome.Documents.Sum(d => d.Sentences.Sum(s => s.Claims.Length + s.Categorical.Length))} claims, "
            + $"{outcome.Facts.Count} facts, {outcome.Flags.Count} flags");
    }

    private static void WriteSentence(TextWriter output, Sentence sentence, SentenceFlagIndex flags)
    {
        var topic = sentence.Topic is null ? string.Empty : $" {sentence.Topic} {sentence.TopicConfidence.ToString("0.00", CultureInfo.InvariantCulture)}";
        output.WriteLine($"[{sentence.Index}] {sentence.Start}-{sentence.End}{topic}  subject: {sentence.Subject ?? "-"}");
        output.WriteLine($"    {sentence.Text}");
        foreach (var claim in sentence.Claims)
        {
            var value = claim.Low == claim.High ? Number(claim.Low) : $"{Number(claim.Low)}-{Number(claim.High)}";
            var si = claim.SiLow == claim.SiHigh ? Number(claim.SiLow) : $"{Number(claim.SiLow)}-{Number(claim.SiHigh)}";
            var qualifiers = claim.Qualifiers.IsEmpty ? string.Empty : $" [{string.Join(", ", claim.Qualifiers)}]";
            output.WriteLine($"    claim {claim.Id}: {claim.Attribute} = {value} {claim.Unit} ({si} {claim.SiUnit}){qualifiers}  \"{claim.Text}\"");
        }

        foreach (var claim in sentence.Categorical)
        {
            var by = claim.Authority is null ? string.Empty : $" by {claim.Authority}";
            var year = claim.Year is { } y ? $" ({y})" : string.Empty;
            output.WriteLine($"    claim {claim.Id}: {claim.Attribute} = {claim.Category}{by}{year}");
        }

        foreach (var flag in flags.Of(sentence))
        {
            output.WriteLine($"    FLAG {flag.Id} {flag.Kind} ({flag.Rule}): {flag.Message}");
        }
    }

    private static string Number(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
