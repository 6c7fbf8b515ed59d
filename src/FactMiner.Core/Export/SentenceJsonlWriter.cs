using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactMiner.Core.Model;

namespace FactMiner.Core.Export;

/// <summary>Writes the contract's JSON lines (shared/contracts/extract-jsonl.md): one line per sentence, flags on every sentence they involve.</summary>
public sealed class SentenceJsonlWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Sentences quote scraped text: keep it readable, the JSON stays valid.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    private readonly SentenceFlagIndex flags;

    public SentenceJsonlWriter(IEnumerable<Flag> flags) => this.flags = new SentenceFlagIndex(flags);

    public void Write(TextWriter output, IEnumerable<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(documents);
        var buffer = new ArrayBufferWriter<byte>(4096);
        using var writer = new Utf8JsonWriter(buffer, WriterOptions);
        foreach (var document in documents)
        {
            foreach (var sentence in document.Sentences)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                WriteSentence(writer, document, sentence);
                writer.Flush();
                output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
                output.Write('\n');
            }
        }
    }

    private void WriteSentence(Utf8JsonWriter writer, Document document, Sentence sentence)
    {
        writer.WriteStartObject();
        writer.WriteString("doc", document.Id);
        writer.WriteNumber("index", sentence.Index);
        writer.WriteNumber("start", sentence.Start);
        writer.WriteNumber("end", sentence.End);
        writer.WriteString("text", sentence.Text);
        if (sentence.Topic is not null)
        {
            writer.WriteString("topic", sentence.Topic);
            writer.WriteNumber("topicConfidence", Topics.RoundConfidence(sentence.TopicConfidence));
        }

        writer.WriteString("subject", sentence.Subject);
        writer.WriteStartArray("claims");
        foreach (var claim in sentence.Claims)
        {
            WriteClaim(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("categorical");
        foreach (var claim in sentence.Categorical)
        {
            WriteCategorical(writer, claim);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("flags");
        foreach (var flag in flags.Of(sentence))
        {
            WriteFlag(writer, flag);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        writer.WriteStartObject();
        writer.WriteString("id", claim.Id);
        writer.WriteString("attribute", claim.Attribute);
        writer.WriteString("quantity", claim.Quantity);
        writer.WriteNumber("low", Significant(claim.Low));
        writer.WriteNumber("high", Significant(claim.High));
        writer.WriteString("unit", claim.Unit);
        writer.WriteNumber("siLow", Significant(claim.SiLow));
        writer.WriteNumber("siHigh", Significant(claim.SiHigh));
        writer.WriteString("siUnit", claim.SiUnit);
        writer.WriteStartArray("qualifiers");
        foreach (var qualifier in claim.Qualifiers)
        {
            writer.WriteStringValue(qualifier);
        }

        writer.WriteEndArray();
        writer.WriteString("subject", claim.Subject);
        writer.WriteString("text", claim.Text);
        writer.WriteNumber("start", claim.Start);
        writer.WriteNumber("end", claim.End);
        writer.WriteEndObject();
    }

    private static void WriteCategorical(Utf8JsonWriter writer, CategoricalClaim claim)
    {
        writer.WriteStartObject();
        writer.WriteString("id", claim.Id);
        writer.WriteString("attribute", claim.Attribute);
        writer.WriteString("category", claim.Category);
        writer.WriteString("authority", claim.Authority);
        if (claim.Year is { } year)
        {
            writer.WriteNumber("year", year);
        }
        else
        {
            writer.WriteNull("year");
        }

        writer.WriteString("subject", claim.Subject);
        writer.WriteString("text", claim.Text);
        writer.WriteNumber("start", claim.Start);
        writer.WriteNumber("end", claim.End);
        writer.WriteEndObject();
    }

    private static void WriteFlag(Utf8JsonWriter writer, Flag flag)
    {
        writer.WriteStartObject();
        writer.WriteString("id", flag.Id);
        writer.WriteString("kind", flag.Kind);
        writer.WriteString("rule", flag.Rule);
        writer.WriteStartArray("claims");
        foreach (var id in flag.ClaimIds)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteString("message", flag.Message);
        writer.WriteEndObject();
    }

    /// <summary>Unit conversions leave binary noise (0.6000000000000001); twelve significant digits is far beyond any measurement.</summary>
    internal static double Significant(double value) =>
        value == 0 || !double.IsFinite(value) ? value : double.Parse(value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
