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
        foreach (var sentence in document.Sentences)
        {
            foreach (var claim in sentence.Claims)
            {
                Bind(insert, sentence.Index, "numeric", claim.Id, claim.Subject, claim.Attribute, claim.Text, claim.Start, claim.End);
                insert.Parameters["$quantity"].Value = claim.Quantity;
                insert.Parameters["$low"].Value = claim.Low;
                insert.Parameters["$high"].Value = claim.High;
                insert.Parameters["$unit"].Value = claim.Unit;
                insert.Parameters["$siLow"].Value = claim.SiLow;
                insert.Parameters["$siHigh"].Value = claim.SiHigh;
                insert.Parameters["$siUnit"].Value = claim.SiUnit;
                insert.Parameters["$qualifiers"].Value = JsonSerializer.Serialize(claim.Qualifiers.ToArray());
                insert.ExecuteNonQuery();
            }

            foreach (var claim in sentence.Categorical)
            {
                Bind(insert, sentence.Index, "categorical", claim.Id, claim.Subject, claim.Attribute, claim.Text, claim.Start, claim.End);
                insert.Parameters["$category"].Value = claim.Category;
                insert.Parameters["$authority"].Value = (object?)claim.Authority ?? DBNull.Value;
                insert.Parameters["$year"].Value = (object?)claim.Year ?? DBNull.Value;
                insert.Parameters["$qualifiers"].Value = JsonSerializer.Serialize(claim.Qualifiers.ToArray());
                insert.ExecuteNonQuery();
            }
        }
    }

    private static void Bind(SqliteCommand insert, int sentenceIndex, string kind, string id, string? subject, string attribute, string text, int start, int end)
    {
        string[] nullable = ["$quantity", "$low", "$high", "$unit", "$siLow", "$siHigh", "$siUnit", "$category", "$authority", "$year"];
        foreach (var name in nullable)
        {
            if (!insert.Parameters.Contains(name))
            {
                insert.Parameters.Add(new SqliteParameter(name, DBNull.Value));
            }

            insert.Parameters[name].Value = DBNull.Value;
        }

        Set(insert, "$qualifiers", "[]");
        Set(insert, "$sentence", sentenceIndex);
        Set(insert, "$kind", kind);
        Set(insert, "$claim", id);
        Set(insert, "$subject", (object?)subject ?? DBNull.Value);
        Set(insert, "$attribute", attribute);
        Set(insert, "$text", text);
        Set(insert, "$start", start);
        Set(insert, "$end", end);
    }

    private static void Set(SqliteCommand command, string name, object value)
    {
        if (command.Parameters.Contains(name))
        {
            command.Parameters[name].Value = value;
        }
        else
        {
            command.Parameters.AddWithValue(name, value);
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
