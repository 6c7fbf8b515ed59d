namespace FactMiner.Core.Storage;

/// <summary>The store's schema as an ordered list of migrations; the file's <c>user_version</c> says how many were applied.</summary>
internal static class StoreSchema
{
    /// <summary>Each entry upgrades the schema by one version; never edit a released entry, append a new one.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        """
        CREATE TABLE runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            extractor_version TEXT NOT NULL,
            model_version TEXT NOT NULL,
            documents_new INTEGER NOT NULL DEFAULT 0,
            documents_unchanged INTEGER NOT NULL DEFAULT 0,
            documents_failed INTEGER NOT NULL DEFAULT 0,
            sentences INTEGER NOT NULL DEFAULT 0,
            claims INTEGER NOT NULL DEFAULT 0,
            facts INTEGER NOT NULL DEFAULT 0,
            flags_new INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE documents (
            id INTEGER PRIMARY KEY,
            doc TEXT NOT NULL,
            source_path TEXT NOT NULL,
            sha256 TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL CHECK (status IN ('active', 'retired')),
            run_id INTEGER NOT NULL REFERENCES runs(id),
            retired_run_id INTEGER REFERENCES runs(id),
            char_length INTEGER NOT NULL,
            text TEXT NOT NULL,
            -- 0 until this document's claim keys (or, once retired, its old keys) have been reconciled;
            -- a run killed in between leaves 0 behind and the next run finishes the job.
            reconciled INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX documents_unreconciled ON documents(reconciled) WHERE reconciled = 0;
        CREATE INDEX documents_by_doc ON documents(doc, status);
        CREATE TABLE failed_documents (
            source_path TEXT PRIMARY KEY,
            doc TEXT NOT NULL,
            code TEXT NOT NULL,
            reason TEXT NOT NULL,
            run_id INTEGER NOT NULL REFERENCES runs(id),
            attempts INTEGER NOT NULL DEFAULT 1
        );
        CREATE TABLE sentences (
            document_id INTEGER NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            text TEXT NOT NULL,
            topic TEXT,
            topic_confidence REAL,
            subject TEXT,
            PRIMARY KEY (document_id, idx)
        ) WITHOUT ROWID;
        CREATE TABLE claims (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence_idx INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('numeric', 'categorical')),
            subject TEXT,
            attribute TEXT NOT NULL,
            quantity TEXT,
            low REAL,
            high REAL,
            unit TEXT,
            si_low REAL,
            si_high REAL,
            si_unit TEXT,
            qualifiers TEXT NOT NULL DEFAULT '[]',
            category TEXT,
            authority TEXT,
            year INTEGER,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            extractor_version TEXT NOT NULL,
            model_version TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'corrected')),
            corrected_low REAL,
            corrected_high REAL,
            corrected_unit TEXT,
            corrected_si_low REAL,
            corrected_si_high REAL,
            reviewed_by TEXT,
            reviewed_at TEXT,
            note TEXT,
            UNIQUE (document_id, claim_id)
        );
        CREATE INDEX claims_by_key ON claims(subject, attribute, active);
        CREATE INDEX claims_by_claim_id ON claims(claim_id);
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            subject TEXT NOT NULL,
            attribute TEXT NOT NULL,
            qualifiers TEXT NOT NULL DEFAULT '[]',
            quantity TEXT,
            low REAL,
            high REAL,
            unit TEXT,
            si_low REAL,
            si_high REAL,
            si_unit TEXT,
            category TEXT,
            support INTEGER NOT NULL,
            first_seen_run INTEGER NOT NULL REFERENCES runs(id)
        );
        CREATE INDEX facts_by_key ON facts(subject, attribute);
        CREATE TABLE fact_sources (
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            PRIMARY KEY (fact_id, claim_id)
        ) WITHOUT ROWID;
        CREATE TABLE flags (
            id INTEGER PRIMARY KEY,
            signature TEXT NOT NULL UNIQUE,
            kind TEXT NOT NULL,
            rule TEXT NOT NULL,
            message TEXT NOT NULL,
            subject TEXT,
            attribute TEXT,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'deferred')),
            created_run INTEGER NOT NULL REFERENCES runs(id),
            decided_by TEXT,
            decided_at TEXT,
            note TEXT
        );
        CREATE INDEX flags_by_status ON flags(status, subject, rule);
        CREATE TABLE flag_claims (
            flag_id INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            PRIMARY KEY (flag_id, claim_id)
        ) WITHOUT ROWID;
        CREATE INDEX flag_claims_by_claim ON flag_claims(claim_id);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            by TEXT NOT NULL,
            action TEXT NOT NULL,
            flag_id INTEGER REFERENCES flags(id),
            claim_id INTEGER REFERENCES claims(id),
            before TEXT,
            after TEXT,
            note TEXT,
            -- rows written by one decision share it, so undo takes back the whole decision
            decision INTEGER NOT NULL,
            undoes INTEGER REFERENCES audit(id)
        );
        CREATE INDEX audit_by_decision ON audit(decision);
        CREATE INDEX audit_by_undoes ON audit(undoes);
        """,
        // A sentence's text is its document's text between its offsets, whitespace folded: kept once, in the document.
        """
        ALTER TABLE sentences DROP COLUMN text;
        """,
        // Which documents hold claims about a subject: reconciliation and a key's values find claims through it. It
        // replaces an index on every claim's subject, whose inserts landed on a random page each, so most claims stored
        // dirtied a page of their own for the write-ahead log (the 100 MB run writes about 0.2 GB less without it).
        """
        CREATE TABLE claim_subjects (
            subject TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            PRIMARY KEY (subject, document_id)
        ) WITHOUT ROWID;
        INSERT INTO claim_subjects (subject, document_id) SELECT DISTINCT subject, document_id FROM claims WHERE subject IS NOT NULL;
        DROP INDEX claims_by_key;
        """,
        // Which documents are still to be reconciled, as a table of their own: marking them done had rewritten every new
        // document's row, whole text and all (about 0.2 s, on one core, at the end of a 100 MB run).
        """
        CREATE TABLE unreconciled_documents (
            document_id INTEGER PRIMARY KEY REFERENCES documents(id)
        );
        INSERT INTO unreconciled_documents (document_id) SELECT id FROM documents WHERE reconciled = 0;
        DROP INDEX documents_unreconciled;
        ALTER TABLE documents DROP COLUMN reconciled;
        """,
        // A claim's row id says its document (ClaimRowIds): each document's claims are one range of the table, which replaces
        // the two claim indexes. Renumbers every claim and every reference to one; foreign keys are checked after it.
        """
        CREATE TABLE claim_renumbering (old INTEGER PRIMARY KEY, new INTEGER NOT NULL);
        INSERT INTO claim_renumbering (old, new)
        SELECT id, document_id * 16777216 + row_number() OVER (PARTITION BY document_id ORDER BY id) - 1 FROM claims;
        CREATE TABLE claims_by_document (
            id INTEGER PRIMARY KEY,
            claim_id TEXT NOT NULL,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sentence_idx INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('numeric', 'categorical')),
            subject TEXT,
            attribute TEXT NOT NULL,
            quantity TEXT,
            low REAL,
            high REAL,
            unit TEXT,
            si_low REAL,
            si_high REAL,
            si_unit TEXT,
            qualifiers TEXT NOT NULL DEFAULT '[]',
            category TEXT,
            authority TEXT,
            year INTEGER,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            extractor_version TEXT NOT NULL,
            model_version TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected', 'corrected')),
            corrected_low REAL,
            corrected_high REAL,
            corrected_unit TEXT,
            corrected_si_low REAL,
            corrected_si_high REAL,
            reviewed_by TEXT,
            reviewed_at TEXT,
            note TEXT
        );
        INSERT INTO claims_by_document (id, claim_id, document_id, sentence_idx, kind, subject, attribute, quantity,
            low, high, unit, si_low, si_high, si_unit, qualifiers, category, authority, year, text, start, "end",
            extractor_version, model_version, active, status, corrected_low, corrected_high, corrected_unit,
            corrected_si_low, corrected_si_high, reviewed_by, reviewed_at, note)
        SELECT r.new, c.claim_id, c.document_id, c.sentence_idx, c.kind, c.subject, c.attribute, c.quantity, c.low,
            c.high, c.unit, c.si_low, c.si_high, c.si_unit, c.qualifiers, c.category, c.authority, c.year, c.text,
            c.start, c."end", c.extractor_version, c.model_version, c.active, c.status, c.corrected_low, c.corrected_high,
            c.corrected_unit, c.corrected_si_low, c.corrected_si_high, c.reviewed_by, c.reviewed_at, c.note
        FROM claims c JOIN claim_renumbering r ON r.old = c.id ORDER BY r.new;
        CREATE TABLE fact_sources_by_document (
            fact_id INTEGER NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            PRIMARY KEY (fact_id, claim_id)
        ) WITHOUT ROWID;
        INSERT INTO fact_sources_by_document (fact_id, claim_id) SELECT s.fact_id, r.new FROM fact_sources s JOIN claim_renumbering r ON r.old = s.claim_id;
        CREATE TABLE flag_claims_by_document (
            flag_id INTEGER NOT NULL REFERENCES flags(id) ON DELETE CASCADE,
            claim_id INTEGER NOT NULL REFERENCES claims(id),
            PRIMARY KEY (flag_id, claim_id)
        ) WITHOUT ROWID;
        INSERT INTO flag_claims_by_document (flag_id, claim_id) SELECT l.flag_id, r.new FROM flag_claims l JOIN claim_renumbering r ON r.old = l.claim_id;
        UPDATE audit SET claim_id = (SELECT r.new FROM claim_renumbering r WHERE r.old = audit.claim_id) WHERE claim_id IS NOT NULL;
        DROP TABLE fact_sources;
        DROP TABLE flag_claims;
        DROP TABLE claims;
        DROP TABLE claim_renumbering;
        ALTER TABLE claims_by_document RENAME TO claims;
        ALTER TABLE fact_sources_by_document RENAME TO fact_sources;
        ALTER TABLE flag_claims_by_document RENAME TO flag_claims;
        CREATE INDEX flag_claims_by_claim ON flag_claims(claim_id);
        """,
        // A document's sentences as one JSON array in its row (SentenceListJson), shown row by row by the sentences view;
        // each claim keeps its sentence's offsets, which the claim listings cut the sentence's text with.
        """
        ALTER TABLE claims ADD COLUMN sentence_start INTEGER;
        ALTER TABLE claims ADD COLUMN sentence_end INTEGER;
        UPDATE claims SET (sentence_start, sentence_end) =
            (SELECT s.start, s."end" FROM sentences s WHERE s.document_id = claims.document_id AND s.idx = claims.sentence_idx);
        ALTER TABLE documents ADD COLUMN sentences TEXT NOT NULL DEFAULT '[]';
        UPDATE documents SET sentences =
            (SELECT json_group_array(json_array(s.start, s."end", s.topic, s.topic_confidence, s.subject) ORDER BY s.idx)
             FROM sentences s WHERE s.document_id = documents.id)
        WHERE EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = documents.id);
        DROP TABLE sentences;
        CREATE VIEW sentences (document_id, idx, start, "end", topic, topic_confidence, subject) AS
        SELECT d.id, j.key, j.value ->> 0, j.value ->> 1, j.value ->> 2, CAST(j.value ->> 3 AS REAL), j.value ->> 4
        FROM documents d, json_each(d.sentences) j;
        """,
        // A claim's extractor and model versions are those of the run that stored its document (a run writes a document's
        // claims with it, and never again), so they are read through the document, as its path and hash are, instead of
        // repeated on every claim: 69 bytes a claim with a release build's version strings. claim_provenance shows all
        // of a claim's provenance on one row.
        """
        ALTER TABLE claims DROP COLUMN extractor_version;
        ALTER TABLE claims DROP COLUMN model_version;
        CREATE VIEW claim_provenance (claim_row, claim_id, source_path, sha256, sentence_idx, start, "end", extractor_version, model_version) AS
        SELECT c.id, c.claim_id, d.source_path, d.sha256, c.sentence_idx, c.start, c."end", r.extractor_version, r.model_version
        FROM claims c JOIN documents d ON d.id = c.document_id JOIN runs r ON r.id = d.run_id;
        """,
    ];

    public static int LatestVersion => Migrations.Count;
}
