namespace FactMiner.Core.Storage;

/// <summary>
/// A claim's row id is its document's row id times 2^24 plus its place among that document's claims (schema version 5),
/// so each document's claims are one range of the table. Retiring, loading and listing a document's claims read that
/// range, and storing a claim adds no index entry: the two claim indexes this replaces cost the 100 MB run about 0.35 s.
/// </summary>
internal static class ClaimRowIds
{
    /// <summary>How many claims one document may hold: far more than a page of text makes (a megabyte holds about 5,000).</summary>
    public const int PerDocument = 1 << 24;

    /// <summary>The claims of the document whose row id is the SQL expression <paramref name="documentId"/>, as a
    /// condition on <paramref name="claimId"/>; both are column names of our own queries, never input.</summary>
    public static string InDocument(string claimId, string documentId) =>
        $"{claimId} BETWEEN {documentId} * {PerDocument} AND {documentId} * {PerDocument} + {PerDocument - 1}";

    public static long First(long documentId) => documentId * PerDocument;

    public static long Last(long documentId) => First(documentId) + PerDocument - 1;

    /// <summary>The row id of the document's claim number <paramref name="ordinal"/> (from 0, in the order they are stored).</summary>
    /// <exception cref="InvalidOperationException">The document holds more claims than a document's range has room for.</exception>
    public static long Of(long documentId, int ordinal) =>
        ordinal < PerDocument
            ? First(documentId) + ordinal
            : throw new InvalidOperationException($"a document holds more than {PerDocument:N0} claims, more than the store keeps for one document");
}
