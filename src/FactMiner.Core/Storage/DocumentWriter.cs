using System.Collections.Immutable;
using System.Text.Json;
using FactMiner.Core.Model;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Storage;

/// <summary>Writes one processed document (its sentences and claims) inside the caller's transaction, retiring its older version.</summary>
internal static class DocumentWriter
{
    public static long Write(SqliteConnection connection, SqliteTransaction transaction, Document document, long runId, StoreVersions versions)
    {
        RetireOlderVersions(connection, transaction, document, runId);
        var documentId = InsertDocument(connection, transaction, document, runId);
        InsertSentences(connection, document, documentId);
        InsertClaims(connection, document, documentId, versions);
        using var clear = Command(connection, transaction, "DELETE FROM failed_documents WHERE source_path = $path;");
        clear.Parameters.AddWithValue("$path", document.SourcePath);
        clear.ExecuteNonQuery();
        return documentId;
    }

    private static void RetireOlderVersions(SqliteConnection connection, SqliteTransaction transaction, Document document, long runId)
    {
        using var retire = Command(connection, transaction, """
            UPDATE documents SET status = 'retired', retired_run_id = $run, reconciled = 0
            WHERE doc = $doc AND status = 'active' AND sha256 <> $sha;
            UPDATE claims SET active = 0
            WHERE document_id IN (SELECT id FROM documents WHERE doc = $doc AND status = 'retired' AND retired_run_id = $run);
            """);
        retire.Parameters.AddWithValue("$run", runId);
        retire.Parameters.AddWithValue("$doc", document.Id);
        retire.Parameters.AddWithValue("$sha", document.Sha256);
        retire.ExecuteNonQuery();
    }

    private static long InsertDocument(SqliteConnection connection, SqliteTransaction transaction, Document document, long runId)
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO documents (doc, source_path, sha256, status, run_id, char_length, text)
            VALUES ($doc, $path, $sha, 'active', $run, $length, $text)
            RETURNING id;
            """);
        insert.Parameters.AddWithValue("$doc", document.Id);
        insert.Parameters.AddWithValue("$path", document.SourcePath);
        insert.Parameters.AddWithValue("$sha", document.Sha256);
        insert.Parameters.AddWithValue("$run", runId);
        insert.Parameters.AddWithValue("$length", document.Text.Length);
        insert.Parameters.AddWithValue("$text", document.Text);
        return (long)insert.ExecuteScalar()!;
    }

    private static void InsertSentences(SqliteConnection connection, Document document, long documentId)
    {
        using var insert = new PreparedStatement(connection, """
            INSERT INTO sentences (document_id, idx, start, "end", text, topic, topic_confidence, subject)
            VALUES ($document, $idx, $start, $end, $text, $topic, $confidence, $subject);
            """);
        var (idx, start, end, text) = (insert.IndexOf("$idx"), insert.IndexOf("$start"), insert.IndexOf("$end"), insert.IndexOf("$text"));
        var (topic, confidence, subject) = (insert.IndexOf("$topic"), insert.IndexOf("$confidence"), insert.IndexOf("$subject"));
        insert.Bind(insert.IndexOf("$document"), documentId);
        foreach (var sentence in document.Sentences)
        {
            insert.Bind(idx, sentence.Index);
            insert.Bind(start, sentence.Start);
            insert.Bind(end, sentence.End);
            insert.Bind(text, sentence.Text);
            insert.Bind(topic, sentence.Topic);
            insert.Bind(confidence, sentence.TopicConfidence);
            insert.Bind(subject, sentence.Subject);
            insert.Run();
        }
    }

    private static void InsertClaims(SqliteConnection connection, Document document, long documentId, StoreVersions versions)
    {
        using var insert = new PreparedStatement(connection, """
            INSERT INTO claims (claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit,
                                si_low, si_high, si_unit, qualifiers, category, authority, year, text, start, "end",
                                extractor_version, model_version)
            VALUES ($claim, $document, $sentence, $kind, $subject, $attribute, $quantity, $low, $high, $unit,
                    $siLow, $siHigh, $siUnit, $qualifiers, $category, $authority, $year, $text, $start, $end,
                    $extractor, $model);
            """);
        insert.Bind(insert.IndexOf("$document"), documentId);
        insert.Bind(insert.IndexOf("$extractor"), versions.Extractor);
        insert.Bind(insert.IndexOf("$model"), versions.Model);
        var (claimId, sentenceIndex, kind, subject, attribute) =
            (insert.IndexOf("$claim"), insert.IndexOf("$sentence"), insert.IndexOf("$kind"), insert.IndexOf("$subject"), insert.IndexOf("$attribute"));
        var (quantity, low, high, unit) = (insert.IndexOf("$quantity"), insert.IndexOf("$low"), insert.IndexOf("$high"), insert.IndexOf("$unit"));
        var (siLow, siHigh, siUnit) = (insert.IndexOf("$siLow"), insert.IndexOf("$siHigh"), insert.IndexOf("$siUnit"));
        var (category, authority, year) = (insert.IndexOf("$category"), insert.IndexOf("$authority"), insert.IndexOf("$year"));
        var (qualifiers, text, start, end) = (insert.IndexOf("$qualifiers"), insert.IndexOf("$text"), insert.IndexOf("$start"), insert.IndexOf("$end"));

        foreach (var sentence in document.Sentences)
        {
            foreach (var claim in sentence.Claims)
            {
                BindCommon(sentence.Index, "numeric", claim.Id, claim.Subject, claim.Attribute, claim.Qualifiers, claim.Text, claim.Start, claim.End);
                BindNumeric(claim);
                BindCategorical(null);
                insert.Run();
            }

            foreach (var claim in sentence.Categorical)
            {
                BindCommon(sentence.Index, "categorical", claim.Id, claim.Subject, claim.Attribute, claim.Qualifiers, claim.Text, claim.Start, claim.End);
                BindNumeric(null);
                BindCategorical(claim);
                insert.Run();
            }
        }

        // A claim is one kind or the other: the other kind's columns are bound to null.
        void BindNumeric(Claim? claim)
        {
            insert.Bind(quantity, claim?.Quantity);
            insert.Bind(low, claim?.Low);
            insert.Bind(high, claim?.High);
            insert.Bind(unit, claim?.Unit);
            insert.Bind(siLow, claim?.SiLow);
            insert.Bind(siHigh, claim?.SiHigh);
            insert.Bind(siUnit, claim?.SiUnit);
        }

        void BindCategorical(CategoricalClaim? claim)
        {
            insert.Bind(category, claim?.Category);
            insert.Bind(authority, claim?.Authority);
            insert.Bind(year, claim?.Year);
        }

        void BindCommon(int sentenceIdx, string kindName, string id, string? subjectName, string attributeName, ImmutableArray<string> qualifierList, string claimText, int claimStart, int claimEnd)
        {
            insert.Bind(claimId, id);
            insert.Bind(sentenceIndex, sentenceIdx);
            insert.Bind(kind, kindName);
            insert.Bind(subject, subjectName);
            insert.Bind(attribute, attributeName);
            insert.Bind(qualifiers, JsonSerializer.Serialize(qualifierList.IsDefault ? [] : qualifierList.ToArray()));
            insert.Bind(text, claimText);
            insert.Bind(start, claimStart);
            insert.Bind(end, claimEnd);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }
}
