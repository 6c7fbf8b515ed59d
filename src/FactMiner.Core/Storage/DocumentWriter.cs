using System.Collections.Immutable;
using FactMiner.Core.Model;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>
/// Writes processed documents (each with its sentences and claims, retiring its older version) inside the caller's
/// transaction. Its statements are prepared once for the whole batch, not once per document.
/// </summary>
internal sealed class DocumentWriter : IDisposable
{
    private readonly PreparedStatement retireDocuments;
    private readonly PreparedStatement retireClaims;
    private readonly PreparedStatement markUnreconciled;
    private readonly PreparedStatement insertDocument;
    private readonly PreparedStatement insertClaim;
    private readonly PreparedStatement insertSubject;
    private readonly PreparedStatement clearFailure;
    private readonly HashSet<string> documentSubjects = new(StringComparer.Ordinal); // reused: one document's claim subjects
    private readonly HashSet<string> writtenSubjects = new(StringComparer.Ordinal);
    private readonly List<long> retired = []; // reused: the rows of the versions one document retires
    private readonly SentenceListJson sentenceList = new();
    private readonly ClaimColumns claim;

    public DocumentWriter(SqliteConnection connection)
    {
        // Usually nothing: only a changed file has an older version to retire, and the statement returns its row.
        retireDocuments = new PreparedStatement(connection, """
            UPDATE documents SET status = 'retired', retired_run_id = $run
            WHERE doc = $doc AND status = 'active' AND sha256 <> $sha
            RETURNING id;
            """);
        retireClaims = new PreparedStatement(connection, "UPDATE claims SET active = 0 WHERE id BETWEEN $first AND $last;");
        // Every new document, and every version one retires (its keys lose its claims), waits for reconciliation.
        markUnreconciled = new PreparedStatement(connection, "INSERT OR IGNORE INTO unreconciled_documents (document_id) VALUES ($document);");
        insertDocument = new PreparedStatement(connection, """
            INSERT INTO documents (doc, source_path, sha256, status, run_id, char_length, text, sentences)
            VALUES ($doc, $path, $sha, 'active', $run, $length, $text, $sentences)
            RETURNING id;
            """);
        insertClaim = new PreparedStatement(connection, """
            INSERT INTO claims (id, claim_id, document_id, sentence_idx, sentence_start, sentence_end, kind, subject, attribute,
                                quantity, low, high, unit, si_low, si_high, si_unit, qualifiers, category, authority, year, text,
                                start, "end")
            VALUES ($row, $claim, $document, $sentence, $sentenceStart, $sentenceEnd, $kind, $subject, $attribute,
                    $quantity, $low, $high, $unit, $siLow, $siHigh, $siUnit, $qualifiers, $category, $authority, $year, $text,
                    $start, $end);
            """);
        insertSubject = new PreparedStatement(connection, "INSERT INTO claim_subjects (subject, document_id) VALUES ($subject, $document);");
        clearFailure = new PreparedStatement(connection, "DELETE FROM failed_documents WHERE source_path = $path;");
        claim = new ClaimColumns(insertClaim);
    }

    /// <summary>The subjects of the claims of every document written so far.</summary>
    public IReadOnlyCollection<string> Subjects => writtenSubjects;

    /// <summary>Stores one document and returns its row id.</summary>
    public long Write(Document document, long runId)
    {
        RetireOlderVersions(document, runId);
        var documentId = InsertDocument(document, runId);
        InsertClaims(document, documentId);
        InsertSubjects(documentId);
        clearFailure.Bind(clearFailure.IndexOf("$path"), document.SourcePath);
        clearFailure.Run();
        return documentId;
    }

    public void Dispose()
    {
        foreach (var statement in new[] { retireDocuments, retireClaims, markUnreconciled, insertDocument, insertClaim, insertSubject, clearFailure })
        {
            statement.Dispose();
        }
    }

    private void RetireOlderVersions(Document document, long runId)
    {
        retireDocuments.Bind(retireDocuments.IndexOf("$run"), runId);
        retireDocuments.Bind(retireDocuments.IndexOf("$doc"), document.Id);
        retireDocuments.Bind(retireDocuments.IndexOf("$sha"), document.Sha256);
        retired.Clear();
        while (retireDocuments.Step())
        {
            retired.Add(retireDocuments.Int64(0));
        }

        foreach (var documentId in retired)
        {
            retireClaims.Bind(retireClaims.IndexOf("$first"), ClaimRowIds.First(documentId));
            retireClaims.Bind(retireClaims.IndexOf("$last"), ClaimRowIds.Last(documentId));
            retireClaims.Run();
            MarkUnreconciled(documentId);
        }
    }

    private long InsertDocument(Document document, long runId)
    {
        insertDocument.Bind(insertDocument.IndexOf("$doc"), document.Id);
        insertDocument.Bind(insertDocument.IndexOf("$path"), document.SourcePath);
        insertDocument.Bind(insertDocument.IndexOf("$sha"), document.Sha256);
        insertDocument.Bind(insertDocument.IndexOf("$run"), runId);
        insertDocument.Bind(insertDocument.IndexOf("$length"), document.Text.Length);
        insertDocument.Bind(insertDocument.IndexOf("$text"), document.Text);
        insertDocument.BindUtf8(insertDocument.IndexOf("$sentences"), sentenceList.Of(document.Sentences));
        Span<long> id = stackalloc long[1];
        insertDocument.RunReturning(id);
        MarkUnreconciled(id[0]);
        return id[0];
    }

    private void MarkUnreconciled(long documentId)
    {
        markUnreconciled.Bind(markUnreconciled.IndexOf("$document"), documentId);
        markUnreconciled.Run();
    }

    private void InsertClaims(Document document, long documentId)
    {
        insertClaim.Bind(claim.Document, documentId);
        documentSubjects.Clear();
        var ordinal = 0;
        foreach (var row in document.Sentences)
        {
            insertClaim.Bind(claim.SentenceStart, row.Start);
            insertClaim.Bind(claim.SentenceEnd, row.End);
            foreach (var numeric in row.Claims)
            {
                AddSubject(numeric.Subject);
                insertClaim.Bind(claim.Row, ClaimRowIds.Of(documentId, ordinal++));
                BindCommon(row.Index, "numeric", numeric.Id, numeric.Subject, numeric.Attribute, numeric.Qualifiers, numeric.Text, numeric.Start, numeric.End);
                BindNumeric(numeric);
                BindCategorical(null);
                insertClaim.Run();
            }

            foreach (var categorical in row.Categorical)
            {
                AddSubject(categorical.Subject);
                insertClaim.Bind(claim.Row, ClaimRowIds.Of(documentId, ordinal++));
                BindCommon(row.Index, "categorical", categorical.Id, categorical.Subject, categorical.Attribute, categorical.Qualifiers, categorical.Text, categorical.Start, categorical.End);
                BindNumeric(null);
                BindCategorical(categorical);
                insertClaim.Run();
            }
        }
    }

    private void AddSubject(string? subject)
    {
        if (subject is not null)
        {
            documentSubjects.Add(subject);
        }
    }

    /// <summary>Records which subjects the document's claims are about, the way reconciliation finds claims.</summary>
    private void InsertSubjects(long documentId)
    {
        insertSubject.Bind(insertSubject.IndexOf("$document"), documentId);
        var subject = insertSubject.IndexOf("$subject");
        foreach (var name in documentSubjects)
        {
            insertSubject.Bind(subject, name);
            insertSubject.Run();
            writtenSubjects.Add(name);
        }
    }

    // A claim is one kind or the other: the other kind's columns are bound to null.
    private void BindNumeric(Claim? numeric)
    {
        insertClaim.Bind(claim.Quantity, numeric?.Quantity);
        insertClaim.Bind(claim.Low, numeric?.Low);
        insertClaim.Bind(claim.High, numeric?.High);
        insertClaim.Bind(claim.Unit, numeric?.Unit);
        insertClaim.Bind(claim.SiLow, numeric?.SiLow);
        insertClaim.Bind(claim.SiHigh, numeric?.SiHigh);
        insertClaim.Bind(claim.SiUnit, numeric?.SiUnit);
    }

    private void BindCategorical(CategoricalClaim? categorical)
    {
        insertClaim.Bind(claim.Category, categorical?.Category);
        insertClaim.Bind(claim.Authority, categorical?.Authority);
        insertClaim.Bind(claim.Year, categorical?.Year);
    }

    private void BindCommon(int sentenceIndex, string kind, string id, string? subject, string attribute, ImmutableArray<string> qualifiers, string text, int start, int end)
    {
        insertClaim.Bind(claim.Id, id);
        insertClaim.Bind(claim.Sentence, sentenceIndex);
        insertClaim.Bind(claim.Kind, kind);
        insertClaim.Bind(claim.Subject, subject);
        insertClaim.Bind(claim.Attribute, attribute);
        insertClaim.Bind(claim.Qualifiers, QualifierJson.Of(qualifiers));
        insertClaim.Bind(claim.Text, text);
        insertClaim.Bind(claim.Start, start);
        insertClaim.Bind(claim.End, end);
    }

    /// <summary>Parameter positions of the claim insert.</summary>
    private sealed class ClaimColumns(PreparedStatement insert)
    {
        public int Row { get; } = insert.IndexOf("$row");

        public int Id { get; } = insert.IndexOf("$claim");

        public int Document { get; } = insert.IndexOf("$document");

        public int Sentence { get; } = insert.IndexOf("$sentence");

        public int SentenceStart { get; } = insert.IndexOf("$sentenceStart");

        public int SentenceEnd { get; } = insert.IndexOf("$sentenceEnd");

        public int Kind { get; } = insert.IndexOf("$kind");

        public int Subject { get; } = insert.IndexOf("$subject");

        public int Attribute { get; } = insert.IndexOf("$attribute");

        public int Quantity { get; } = insert.IndexOf("$quantity");

        public int Low { get; } = insert.IndexOf("$low");

        public int High { get; } = insert.IndexOf("$high");

        public int Unit { get; } = insert.IndexOf("$unit");

        public int SiLow { get; } = insert.IndexOf("$siLow");

        public int SiHigh { get; } = insert.IndexOf("$siHigh");

        public int SiUnit { get; } = insert.IndexOf("$siUnit");

        public int Qualifiers { get; } = insert.IndexOf("$qualifiers");

        public int Category { get; } = insert.IndexOf("$category");

        public int Authority { get; } = insert.IndexOf("$authority");

        public int Year { get; } = insert.IndexOf("$year");

        public int Text { get; } = insert.IndexOf("$text");

        public int Start { get; } = insert.IndexOf("$start");

        public int End { get; } = insert.IndexOf("$end");
    }
}
