using System.Text;
using FactMiner.Core.Segmentation;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>
/// The text of stored sentences, cut from their document's text as the segmenter cut it: a sentence row keeps only its
/// offsets, so the store holds each text once. Listings go in claim order, which keeps a document's claims together, so
/// the last document read is kept for the next row.
/// </summary>
internal sealed class SentenceTexts(SqliteFactStore store) : IDisposable
{
    private readonly StringBuilder scratch = new();
    private SqliteCommand? select;
    private long documentRowId = -1;
    private string documentText = "";

    /// <summary>The sentence at [<paramref name="start"/>, <paramref name="end"/>) of a stored document, whitespace runs folded.</summary>
    public string Of(long documentRowId, int start, int end)
    {
        if (documentRowId != this.documentRowId)
        {
            documentText = Read(documentRowId);
            this.documentRowId = documentRowId;
        }

        var from = Math.Clamp(start, 0, documentText.Length);
        var to = Math.Clamp(end, from, documentText.Length);
        return Segmenter.FoldWhitespace(documentText.AsSpan(from, to - from), scratch);
    }

    public void Dispose() => select?.Dispose();

    private string Read(long rowId)
    {
        select ??= store.Command("SELECT text FROM documents WHERE id = $id;");
        select.Parameters.Clear();
        select.Parameters.AddWithValue("$id", rowId);
        return select.ExecuteScalar() as string ?? "";
    }
}
