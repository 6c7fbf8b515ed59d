using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>Appends the rows of one decision to the audit log; nothing in it is ever updated or deleted.</summary>
internal sealed class AuditLog
{
    private readonly SqliteFactStore store;
    private readonly SqliteTransaction transaction;
    private readonly string by;
    private readonly string? note;

    public AuditLog(SqliteFactStore store, SqliteTransaction transaction, DateTimeOffset at, string by, string? note)
    {
        this.store = store;
        this.transaction = transaction;
        this.by = by;
        this.note = note;
        At = at.ToString("O");
        using var next = store.Command("SELECT coalesce(max(decision), 0) + 1 FROM audit;", transaction);
        Decision = (long)next.ExecuteScalar()!;
    }

    public long Decision { get; }

    public string At { get; }

    public void Append(string action, long? flagId, long? claimId, string? before, string? after, long? undoes = null)
    {
        using var insert = store.Command("""
            INSERT INTO audit (at, by, action, flag_id, claim_id, before, after, note, decision, undoes)
            VALUES ($at, $by, $action, $flag, $claim, $before, $after, $note, $decision, $undoes);
            """, transaction);
        insert.Parameters.AddWithValue("$at", At);
        insert.Parameters.AddWithValue("$by", by);
        insert.Parameters.AddWithValue("$action", action);
        insert.Parameters.AddWithValue("$flag", (object?)flagId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$claim", (object?)claimId ?? DBNull.Value);
        insert.Parameters.AddWithValue("$before", (object?)before ?? DBNull.Value);
        insert.Parameters.AddWithValue("$after", (object?)after ?? DBNull.Value);
        insert.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        insert.Parameters.AddWithValue("$decision", Decision);
        insert.Parameters.AddWithValue("$undoes", (object?)undoes ?? DBNull.Value);
        insert.ExecuteNonQuery();
    }

    /// <summary>The rows of the most recent decision that is not an undo and has not been undone.</summary>
    public static IReadOnlyList<AuditRow> LatestLiveDecision(SqliteFactStore store, SqliteTransaction transaction)
    {
        using var select = store.Command("""
            SELECT id, flag_id, claim_id, before, after FROM audit
            WHERE decision = (
                SELECT max(decision) FROM audit a
                WHERE a.action <> 'undo' AND NOT EXISTS (SELECT 1 FROM audit u WHERE u.undoes = a.id))
            ORDER BY id;
            """, transaction);
        using var reader = select.ExecuteReader();
        var rows = new List<AuditRow>();
        while (reader.Read())
        {
            rows.Add(new AuditRow(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetInt64(1), reader.IsDBNull(2) ? null : reader.GetInt64(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
        }

        return rows;
    }
}

/// <summary>One audit row as undo needs it.</summary>
internal sealed record AuditRow(long Id, long? FlagId, long? ClaimId, string? Before, string? After);
