using FactMiner.Core.Extraction;
using FactMiner.Core.Reconciliation;
using FactMiner.Core.Storage;
using Microsoft.Data.Sqlite;

namespace FactMiner.Core.Review;

/// <summary>
/// Applies curators' decisions: claim statuses, the flag's status, an append-only audit entry per change, and the
/// facts of the subject recomputed, all in one transaction. Undo is a new decision that restores the previous state.
/// </summary>
public sealed class ReviewService(SqliteFactStore store, ClaimReconciler reconciler, TimeProvider? timeProvider = null)
{
    private readonly TimeProvider clock = timeProvider ?? TimeProvider.System;

    public ReviewOutcome Decide(ReviewDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var problems = decision.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new ReviewException(problems);
        }

        return store.InTransaction(transaction =>
        {
            var flag = FlagRows.Load(store, transaction, decision.FlagId) ?? throw new ReviewException([$"no flag F{decision.FlagId}"]);
            var changes = PlanChanges(decision, flag, problems);
            if (problems.Count > 0)
            {
                throw new ReviewException(problems);
            }

            var audit = new AuditLog(store, transaction, clock.GetUtcNow(), decision.By, decision.Note);
            foreach (var (claim, action, after) in changes)
            {
                WriteClaimState(transaction, claim.RowId, after, decision.By, audit.At, decision.Note);
                audit.Append(action, flag.Id, claim.RowId, claim.State.ToJson(), after.ToJson());
            }

            var status = decision.Defer ? "deferred" : "resolved";
            SetFlagStatus(transaction, flag.Id, status, decision.By, audit.At, decision.Note);
            audit.Append(decision.Defer ? "defer" : "resolve", flag.Id, null, flag.Status, status);
            Recompute(transaction, flag.Subjects);
            return new ReviewOutcome(audit.Decision, flag.Id, status, changes.Count);
        });
    }

    /// <summary>Takes back the latest decision not yet undone, as a new audit entry.</summary>
    public ReviewOutcome? UndoLast(string by, string? note = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return store.InTransaction(transaction =>
        {
            var rows = AuditLog.LatestLiveDecision(store, transaction);
            if (rows.Count == 0)
            {
                return null;
            }

            var audit = new AuditLog(store, transaction, clock.GetUtcNow(), by, note);
            long flagId = 0;
            var status = "open";
            var claims = 0;
            var restored = new List<long>();
            foreach (var row in rows.OrderByDescending(r => r.Id))
            {
                flagId = row.FlagId ?? flagId;
                if (row.ClaimId is { } claimId)
                {
                    WriteClaimState(transaction, claimId, ReviewedClaimState.FromJson(row.Before!), by, audit.At, note);
                    audit.Append("undo", row.FlagId, claimId, row.After, row.Before, undoes: row.Id);
                    restored.Add(claimId);
                    claims++;
                }
                else if (row.FlagId is { } id)
                {
                    status = row.Before ?? "open";
                    SetFlagStatus(transaction, id, status, by, audit.At, note);
                    audit.Append("undo", id, null, row.After, row.Before, undoes: row.Id);
                }
            }

            // A batch of claim decisions touches many subjects, not only the last flag's: recompute every one.
            var flag = FlagRows.Load(store, transaction, flagId);
            Recompute(transaction, [.. (flag?.Subjects ?? []).Union(SubjectsOf(transaction, restored), StringComparer.Ordinal)]);
            return new ReviewOutcome(audit.Decision, flagId, status, claims);
        });
    }

    /// <summary>
    /// Applies a batch of claim decisions (a curator's spreadsheet) all or nothing: checked as a whole, then one audit
    /// decision that undo takes back whole; flags whose claims are now all decided are resolved, and the facts of every
    /// subject touched are recomputed.
    /// </summary>
    /// <exception cref="ClaimDecisionException">Some decisions cannot be applied; every problem is listed and nothing was written.</exception>
    public ClaimDecisionsOutcome DecideClaims(IReadOnlyList<ClaimDecision> decisions, string by, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        ArgumentException.ThrowIfNullOrWhiteSpace(by);
        return store.InTransaction(transaction =>
        {
            var plan = ClaimDecisionPlan.Make(store, transaction, decisions);
            if (plan.Problems.Count > 0)
            {
                throw new ClaimDecisionException(plan.Problems);
            }

            if (plan.Changes.Count == 0)
            {
                return new ClaimDecisionsOutcome(0, 0, 0, 0, plan.Unchanged, []);
            }

            var audit = new AuditLog(store, transaction, clock.GetUtcNow(), by, note);
            foreach (var change in plan.Changes)
            {
                WriteClaimState(transaction, change.Claim.RowId, change.After, by, audit.At, note);
                audit.Append(change.Action, null, change.Claim.RowId, change.Claim.State.ToJson(), change.After.ToJson());
            }

            var changed = plan.Changes.Select(c => c.Claim.RowId).ToList();
            var resolved = ResolveSettledFlags(transaction, changed, audit, by, note);
            Recompute(transaction, SubjectsOf(transaction, changed));
            int Count(string action) => plan.Changes.Count(c => c.Action == action);
            return new ClaimDecisionsOutcome(audit.Decision, Count("accept"), Count("reject"), Count("correct"), plan.Unchanged, resolved);
        });
    }

    /// <summary>Every reason a batch of claim decisions would be refused, without applying anything.</summary>
    public IReadOnlyList<ClaimDecisionProblem> CheckClaims(IReadOnlyList<ClaimDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(decisions);
        using var transaction = store.Connection.BeginTransaction(deferred: true);
        return ClaimDecisionPlan.Make(store, transaction, decisions).Problems;
    }

    /// <summary>Open or deferred flags touching these claims whose claims are now all decided: nothing is left to review.</summary>
    private List<long> ResolveSettledFlags(SqliteTransaction transaction, IReadOnlyList<long> claimRows, AuditLog audit, string by, string? note)
    {
        using var select = store.Command("""
            SELECT DISTINCT f.id, f.status FROM flag_claims l JOIN flags f ON f.id = l.flag_id
            WHERE l.claim_id IN (SELECT value FROM json_each($rows)) AND f.status IN ('open', 'deferred')
              AND NOT EXISTS (SELECT 1 FROM flag_claims m JOIN claims c ON c.id = m.claim_id WHERE m.flag_id = f.id AND c.status = 'pending')
            ORDER BY f.id;
            """, transaction);
        select.Parameters.AddWithValue("$rows", System.Text.Json.JsonSerializer.Serialize(claimRows));
        var settled = new List<(long Id, string Status)>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                settled.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (id, status) in settled)
        {
            SetFlagStatus(transaction, id, "resolved", by, audit.At, note);
            audit.Append("resolve", id, null, status, "resolved");
        }

        return [.. settled.Select(f => f.Id)];
    }

    private List<string> SubjectsOf(SqliteTransaction transaction, IReadOnlyList<long> claimRows)
    {
        using var select = store.Command("""
            SELECT DISTINCT subject FROM claims WHERE id IN (SELECT value FROM json_each($rows)) AND subject IS NOT NULL ORDER BY subject;
            """, transaction);
        select.Parameters.AddWithValue("$rows", System.Text.Json.JsonSerializer.Serialize(claimRows));
        using var reader = select.ExecuteReader();
        var subjects = new List<string>();
        while (reader.Read())
        {
            subjects.Add(reader.GetString(0));
        }

        return subjects;
    }

    private static List<(FlagClaim Claim, string Action, ReviewedClaimState After)> PlanChanges(ReviewDecision decision, FlagRows flag, List<string> problems)
    {
        var changes = new List<(FlagClaim, string, ReviewedClaimState)>();
        FlagClaim? Find(string claimId)
        {
            var claim = flag.Claims.FirstOrDefault(c => c.ClaimId == claimId || c.RowId.ToString(System.Globalization.CultureInfo.InvariantCulture) == claimId);
            if (claim is null)
            {
                problems.Add($"claim {claimId} is not one of flag F{flag.Id}'s claims ({string.Join(", ", flag.Claims.Select(c => c.ClaimId))})");
            }

            return claim;
        }

        foreach (var id in decision.Accept)
        {
            if (Find(id) is { } claim)
            {
                changes.Add((claim, "accept", ReviewedClaimState.Pending with { Status = "accepted" }));
            }
        }

        foreach (var id in decision.Reject)
        {
            if (Find(id) is { } claim)
            {
                changes.Add((claim, "reject", ReviewedClaimState.Pending with { Status = "rejected" }));
            }
        }

        foreach (var correction in decision.Corrections)
        {
            if (Find(correction.ClaimId) is not { } claim)
            {
                continue;
            }

            var unit = UnitTable.Default.Find(correction.Unit);
            if (claim.Quantity is null || unit is null || unit.Quantity != claim.Quantity)
            {
                problems.Add($"correction of {correction.ClaimId}: '{correction.Unit}' is not a unit of {claim.Quantity ?? "a categorical claim"}");
                continue;
            }

            changes.Add((claim, "correct", new ReviewedClaimState("corrected", correction.Low, correction.High, unit.Symbol, unit.ToSi(correction.Low), unit.ToSi(correction.High))));
        }

        return changes;
    }

    private void Recompute(SqliteTransaction transaction, IReadOnlyList<string> subjects)
    {
        using var latestRun = store.Command("SELECT coalesce(max(id), 0) FROM runs;", transaction);
        var runId = (long)latestRun.ExecuteScalar()!;
        if (runId > 0)
        {
            new StoreReconciliation(store, reconciler).ReconcileSubjects(transaction, subjects, runId);
        }
    }

    private void WriteClaimState(SqliteTransaction transaction, long claimRowId, ReviewedClaimState state, string by, string at, string? note)
    {
        using var update = store.Command("""
            UPDATE claims SET status = $status, corrected_low = $low, corrected_high = $high, corrected_unit = $unit,
                corrected_si_low = $siLow, corrected_si_high = $siHigh, reviewed_by = $by, reviewed_at = $at, note = $note
            WHERE id = $id;
            """, transaction);
        update.Parameters.AddWithValue("$status", state.Status);
        update.Parameters.AddWithValue("$low", (object?)state.CorrectedLow ?? DBNull.Value);
        update.Parameters.AddWithValue("$high", (object?)state.CorrectedHigh ?? DBNull.Value);
        update.Parameters.AddWithValue("$unit", (object?)state.CorrectedUnit ?? DBNull.Value);
        update.Parameters.AddWithValue("$siLow", (object?)state.CorrectedSiLow ?? DBNull.Value);
        update.Parameters.AddWithValue("$siHigh", (object?)state.CorrectedSiHigh ?? DBNull.Value);
        update.Parameters.AddWithValue("$by", by);
        update.Parameters.AddWithValue("$at", at);
        update.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        update.Parameters.AddWithValue("$id", claimRowId);
        update.ExecuteNonQuery();
    }

    private void SetFlagStatus(SqliteTransaction transaction, long flagId, string status, string by, string at, string? note)
    {
        using var update = store.Command("UPDATE flags SET status = $status, decided_by = $by, decided_at = $at, note = $note WHERE id = $id;", transaction);
        update.Parameters.AddWithValue("$status", status);
        update.Parameters.AddWithValue("$by", by);
        update.Parameters.AddWithValue("$at", at);
        update.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        update.Parameters.AddWithValue("$id", flagId);
        update.ExecuteNonQuery();
    }
}
