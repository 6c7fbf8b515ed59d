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
        InsertSentences(connection, transaction, document, documentId);
        InsertClaims(connection, transaction, document, documentId, versions);
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

    private static void InsertSentences(SqliteConnection connection, SqliteTransaction transaction, Document document, long documentId)
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO sentences (document_id, idx, start, "end", text, topic, topic_confidence, subject)
            VALUES ($document, $idx, $start, $end, $text, $topic, $confidence, $subject);
            """);
        var idx = insert.Parameters.Add("$idx", SqliteType.Integer);
        var start = insert.Parameters.Add("$start", SqliteType.Integer);
        var end = insert.Parameters.Add("$end", SqliteType.Integer);
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var topic = insert.Parameters.Add("$topic", SqliteType.Text);
        var confidence = insert.Parameters.Add("$confidence", SqliteType.Real);
        var subject = insert.Parameters.Add("$subject", SqliteType.Text);
        insert.Parameters.AddWithValue("$document", documentId);
        foreach (var sentence in document.Sentences)
        {
            idx.Value = sentence.Index;
            start.Value = sentence.Start;
            end.Value = sentence.End;
            text.Value = sentence.Text;
            topic.Value = (object?)sentence.Topic ?? DBNull.Value;
            confidence.Value = sentence.TopicConfidence;
            subject.Value = (object?)sentence.Subject ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    private static void InsertClaims(SqliteConnection connection, SqliteTransaction transaction, Document document, long documentId, StoreVersions versions)
    {
        using var insert = Command(connection, transaction, """
            INSERT INTO claims (claim_id, document_id, sentence_idx, kind, subject, attribute, quantity, low, high, unit,
                                si_low, si_high, si_unit, qualifiers, category, authority, year, text, start, "end",
                                extractor_version, model_version)
            VALUES ($claim, $document, $sentence, $kind, $subject, $attribute, $quantity, $low, $high, $unit,
                    $siLow, $siHigh, $siUnit, $qualifiers, $category, $authority, $year, $text, $start, $end,
                    $extractor, $model);
            """);
        insert.Parameters.AddWithValue("$document", documentId);
        insert.Parameters.AddWithValue("$extractor", versions.Extractor);
        insert.Parameters.AddWithValue("$model", versions.Model);
        string[] perClaim =
        [
            "$claim", "$sentence", "$kind", "$subject", "$attribute", "$quantity", "$low", "$high", "$unit", "$siLow",
            "$siHigh", "$siUnit", "$qualifiers", "$category", "$authority", "$year", "$text", "$start", "$end",
        ];
        foreach (var name in perClaim)
        {
            insert.Parameters.Add(new SqliteParameter(name, DBNull.Value));
        }

        void Set(string name, object? value) => insert.Parameters[name].Value = value ?? DBNull.Value;

        foreach (var sentence in document.Sentences)
        {
            foreach (var claim in sentence.Claims)
            {
                SetCommon(sentence.Index, "numeric", claim.Id, claim.Subject, claim.Attribute, claim.Qualifiers, claim.Text, claim.Start, claim.End);
                Set("$quantity", claim.Quantity);
                Set("$low", claim.Low);
                Set("$high", claim.High);
                Set("$unit", claim.Unit);
                Set("$siLow", claim.SiLow);
                Set("$siHigh", claim.SiHigh);
                Set("$siUnit", claim.SiUnit);
                Set("$category", null);
                Set("$authority", null);
                Set("$year", null);
                insert.ExecuteNonQuery();
            }

            foreach (var claim in sentence.Categorical)
            {
                SetCommon(sentence.Index, "categorical", claim.Id, claim.Subject, claim.Attribute, claim.Qualifiers, claim.Text, claim.Start, claim.End);
                foreach (var numeric in (string[])["$quantity", "$low", "$high", "$unit", "$siLow", "$siHigh", "$siUnit"])
                {
                    Set(numeric, null);
                }

                Set("$category", claim.Category);
                Set("$authority", claim.Authority);
                Set("$year", claim.Year);
                insert.ExecuteNonQuery();
            }
        }

        void SetCommon(int sentenceIndex, string kind, string id, string? subject, string attribute, ImmutableArray<string> qualifiers, string text, int start, int end)
        {
            Set("$claim", id);
            Set("$sentence", sentenceIndex);
            Set("$kind", kind);
            Set("$subject", subject);
            Set("$attribute", attribute);
            Set("$qualifiers", JsonSerializer.Serialize(qualifiers.IsDefault ? [] : qualifiers.ToArray()));
            Set("$text", text);
            Set("$start", start);
            Set("$end", end);
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
