using System.Collections.Immutable;
using System.Text;
using System.Text.Json;
using FactMiner.Core.Model;
using FactMiner.Core.Reconciliation;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>
/// Loads the active claims of some subjects as reconciliation sees them: rejected claims left out, corrected claims
/// with the curator's value in place of the extracted one. In no particular order: the reconciler puts them in text
/// order itself, and sorting here made SQLite copy every row into a sorter. Claims come without their words
/// (<see cref="Claim.Text"/> is empty): reconciliation compares values, subjects and conditions, never the words, and
/// decoding them made a string per claim.
/// </summary>
/// <remarks>One loader serves one connection for a run of chunks: a document's name and run are read once, not joined
/// into every claim row (a document row holds its whole text, so each join read a page of its own), and repeated text
/// is decoded once.</remarks>
internal sealed class StoredClaimLoader : IDisposable
{
    private static readonly string Query = $"""
        SELECT c.id, c.claim_id, c.kind, c.subject, c.attribute, c.quantity, c.low, c.high, c.unit, c.si_low, c.si_high,
               c.si_unit, c.qualifiers, c.category, c.authority, c.year, c.start, c."end", c.status, c.corrected_low,
               c.corrected_high, c.corrected_unit, c.corrected_si_low, c.corrected_si_high, c.document_id, c.sentence_idx
        FROM claim_subjects s JOIN claims c ON {ClaimRowIds.InDocument("c.id", "s.document_id")} AND c.subject = s.subject
        WHERE s.subject IN (SELECT value FROM json_each($subjects)) AND c.active = 1 AND c.status <> 'rejected';
        """;

    private readonly PreparedStatement select;
    private readonly PreparedStatement documentRow;
    private readonly Dictionary<long, (string Doc, long RunId)> documents = [];
    private readonly SharedStrings strings = new();
    private readonly Dictionary<string, ImmutableArray<string>> qualifierLists = new(StringComparer.Ordinal);
    private int lastCount;

    /// <summary>A loader on <paramref name="connection"/>: the run's own (inside its transaction), or a reader on a
    /// snapshot of the same data.</summary>
    public StoredClaimLoader(SqliteConnection connection)
    {
        select = new PreparedStatement(connection, Query);
        documentRow = new PreparedStatement(connection, "SELECT doc, run_id FROM documents WHERE id = $id;");
    }

    public StoredClaims Load(IReadOnlyList<string> subjects)
    {
        // Sized for as many claims as the last chunk held: growing both from empty allocated about twice their size.
        var records = new List<ClaimRecord>(lastCount);
        var byId = new Dictionary<string, StoredClaim>(lastCount, StringComparer.Ordinal);
        select.Bind(select.IndexOf("$subjects"), JsonSerializer.Serialize(subjects));
        while (select.Step())
        {
            // Subjects, attributes, units and qualifier lists repeat from claim to claim: one string each.
            string Shared(int column) => strings.Get(select.Utf8(column));
            string? SharedOrNull(int column) => select.IsNull(column) ? null : Shared(column);
            string Own(int column) => Encoding.UTF8.GetString(select.Utf8(column));
            int Int32(int column) => (int)select.Int64(column);

            var claimId = Own(1);
            var qualifiers = QualifiersOf(Shared(12));
            var (document, runId) = DocumentOf(select.Int64(24));
            var sentence = Int32(25);
            var corrected = Shared(18) == "corrected";
            var record = Shared(2) == "numeric"
                ? ClaimRecord.Of(document, sentence, new Claim(
                    claimId,
                    Shared(4),
                    Shared(5),
                    select.Double(corrected ? 19 : 6),
                    select.Double(corrected ? 20 : 7),
                    Shared(corrected ? 21 : 8),
                    select.Double(corrected ? 22 : 9),
                    select.Double(corrected ? 23 : 10),
                    Shared(11),
                    qualifiers,
                    Shared(3),
                    string.Empty,
                    Int32(16),
                    Int32(17)))
                : ClaimRecord.Of(document, sentence, new CategoricalClaim(
                    claimId, Shared(4), Shared(13), SharedOrNull(14), select.IsNull(15) ? null : Int32(15), Shared(3), string.Empty, Int32(16), Int32(17))
                {
                    Qualifiers = qualifiers,
                });
            records.Add(record);
            byId[claimId] = new StoredClaim(record, select.Int64(0), runId);
        }

        lastCount = records.Count;
        return new StoredClaims(records, byId);
    }

    public void Dispose()
    {
        select.Dispose();
        documentRow.Dispose();
    }

    private (string Doc, long RunId) DocumentOf(long rowId)
    {
        if (!documents.TryGetValue(rowId, out var document))
        {
            documentRow.Bind(documentRow.IndexOf("$id"), rowId);
            if (!documentRow.Step())
            {
                throw new InvalidOperationException($"claims refer to document row {rowId}, which the store does not hold");
            }

            document = (strings.Get(documentRow.Utf8(0)), documentRow.Int64(1));
            documentRow.Reset();

            documents[rowId] = document;
        }

        return document;
    }

    /// <summary>Qualifier lists parsed once per distinct JSON text: most claims share a few (none, or only "adult").</summary>
    private ImmutableArray<string> QualifiersOf(string json)
    {
        if (!qualifierLists.TryGetValue(json, out var qualifiers))
        {
            qualifiers = [.. JsonSerializer.Deserialize<string[]>(json) ?? []];
            qualifierLists[json] = qualifiers;
        }

        return qualifiers;
    }

    /// <summary>Decodes UTF-8 text to a string once per distinct value, looked up without allocating.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, string> known = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public SharedStrings() => lookup = known.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Get(ReadOnlySpan<byte> utf8)
        {
            if (utf8.Length > 256)
            {
                return Encoding.UTF8.GetString(utf8);
            }

            Span<char> chars = stackalloc char[256];
            var length = Encoding.UTF8.GetChars(utf8, chars);
            if (!lookup.TryGetValue(chars[..length], out var text))
            {
                text = new string(chars[..length]);
                known[text] = text;
            }

            return text;
        }
    }
}
