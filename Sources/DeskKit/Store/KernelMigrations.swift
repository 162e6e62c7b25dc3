/// The kernel's schema. Modules add theirs after it, each under its own id.
enum KernelMigrations {
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kernel.v1") { db in
            try db.create(table: "seedDocuments") { t in
                t.primaryKey("name", .text)
                t.column("body", .text).notNull()
                t.column("loadedAt", .datetime).notNull()
            }
            try db.create(table: "moduleSeeds") { t in
                t.primaryKey("module", .text)
                t.column("loadedAt", .datetime).notNull()
            }
            try db.create(table: "caseSequences") { t in
                t.primaryKey("prefix", .text)
                t.column("last", .integer).notNull()
            }
            try db.create(table: "cases") { t in
                t.primaryKey("id", .text)
                t.column("module", .text).notNull()
                t.column("service", .text).notNull()
                t.column("title", .text).notNull()
                t.column("fields", .jsonText).notNull()
                t.column("requesterName", .text)
                t.column("requesterPhone", .text)
                t.column("requesterSender", .text)
                t.column("address", .text)
                t.column("compound", .text)
                t.column("channel", .text).notNull()
                t.column("groupName", .text)
                t.column("status", .text).notNull()
                t.column("assignee", .text)
                t.column("category", .text)
                t.column("urgent", .boolean).notNull()
                t.column("deadline", .datetime)
                t.column("timeLimitHours", .integer)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
                t.column("closedAt", .datetime)
                t.column("rating", .integer)
                t.column("dedupeKey", .text)
                t.column("missing", .jsonText).notNull()
            }
            // One index for every list the prompt offers.
            try db.create(index: "cases_status", on: "cases", columns: ["status", "createdAt"])
            try db.create(index: "cases_module_status", on: "cases", columns: ["module", "status", "createdAt"])
            try db.create(index: "cases_compound_status", on: "cases", columns: ["compound", "status"])
            try db.create(index: "cases_deadline", on: "cases", columns: ["deadline"])
            try db.create(index: "cases_created", on: "cases", columns: ["createdAt"])
            try db.create(index: "cases_closed", on: "cases", columns: ["closedAt"])
            try db.create(index: "cases_dedupe", on: "cases", columns: ["dedupeKey"])
            try db.create(index: "cases_phone", on: "cases", columns: ["requesterPhone"])
            try db.create(table: "caseEvents") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("caseID", .text).notNull().references("cases").indexed()
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("kind", .text).notNull()
                t.column("fromStatus", .text)
                t.column("toStatus", .text)
                t.column("note", .text)
            }
            try db.create(table: "caseReporters") { t in
                t.column("caseID", .text).notNull().references("cases").indexed()
                t.column("name", .text)
                t.column("phone", .text)
                t.column("sender", .text)
                t.column("channel", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            // CJK substring search: FTS5's trigram tokenizer matches any run of three or more characters.
            try db.execute(sql: "CREATE VIRTUAL TABLE caseSearch USING fts5(caseID UNINDEXED, body, tokenize = 'trigram')")
            try db.create(table: "conversations") { t in
                t.primaryKey("key", .text)
                t.column("state", .jsonText).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "outbox") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("groupName", .text).notNull()
                t.column("text", .text).notNull()
                t.column("mentions", .jsonText).notNull()
                t.column("caseID", .text)
                t.column("createdAt", .datetime).notNull()
                t.column("sentAt", .datetime)
                t.column("attempts", .integer).notNull()
                t.column("lastError", .text)
            }
            try db.create(index: "outbox_pending", on: "outbox", columns: ["sentAt", "groupName"])
        }
        migrator.registerMigration("kernel.v2-relay") { db in
            // Relayed messages already handled: recorded in the same transaction as their effects.
            try db.create(table: "relayMessages") { t in
                t.primaryKey("id", .text)
                t.column("groupName", .text)
                t.column("output", .text).notNull()
                t.column("at", .datetime).notNull()
            }
        }
        migrator.registerMigration("kernel.v3-questions") { db in
            // Questions that expired unanswered: which service, when, and the case left for staff (no text: the
            // words may hold personal data and are not needed to count abandoned requests).
            try db.create(table: "abandonedQuestions") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("service", .text)
                t.column("channel", .text).notNull()
                t.column("groupName", .text)
                t.column("caseID", .text)
                t.column("askedAt", .datetime).notNull()
                t.column("expiredAt", .datetime).notNull()
            }
            try db.create(index: "conversations_updatedAt", on: "conversations", columns: ["updatedAt"])
        }
        migrator.registerMigration("kernel.v4-hardening") { db in
            // A relay message id is unique within its group, not across groups; `digest` (sender and text) tells a
            // repeat from a different message that reuses an id. Rows from before keep a NULL digest.
            try db.execute(sql: """
                CREATE TABLE relayMessagesByGroup (
                    groupName TEXT NOT NULL, id TEXT NOT NULL, digest TEXT, output TEXT NOT NULL, at DATETIME NOT NULL,
                    PRIMARY KEY (groupName, id)) WITHOUT ROWID;
                INSERT INTO relayMessagesByGroup SELECT COALESCE(groupName, ''), id, NULL, output, at FROM relayMessages;
                DROP TABLE relayMessages;
                ALTER TABLE relayMessagesByGroup RENAME TO relayMessages;
                CREATE INDEX relayMessages_at ON relayMessages(at);
                """)
            // Retention of delivered messages goes by when they were sent.
            try db.create(index: "outbox_sent", on: "outbox", columns: ["sentAt"])
            // One deliverer per group at a time: a lease with an expiry, taken and renewed in the database.
            try db.create(table: "outboxLeases") { t in
                t.primaryKey("groupName", .text)
                t.column("holder", .text).notNull()
                t.column("expiresAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("kernel.v5-search-and-order") { db in
            // Notes and the unit a case went to are searched like the case's own text: their own trigram table,
            // one row per event, instead of a scan of every event per search.
            try db.execute(sql: "CREATE VIRTUAL TABLE eventSearch USING fts5(caseID UNINDEXED, body, tokenize = 'trigram')")
            try db.execute(sql: """
                INSERT INTO eventSearch(rowid, caseID, body)
                SELECT id, caseID, note FROM caseEvents WHERE note IS NOT NULL AND note != ''
                """)
            // 列表 shows emergencies first, newest first within each.
            try db.create(index: "cases_urgent_created", on: "cases", columns: ["urgent", "createdAt"])
        }
        migrator.registerMigration("kernel.v6-privacy") { db in
            // The resident register: people, their phones, households at addresses.
            try db.create(table: "households") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("address", .text).notNull().unique()
                t.column("compound", .text)
                t.column("createdAt", .datetime).notNull()
            }
            try db.create(table: "residents") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).indexed()
                t.column("idNumber", .text).indexed()
                t.column("address", .text)
                t.column("compound", .text)
                t.column("householdID", .integer).references("households").indexed()
                t.column("notes", .text)
                t.column("status", .text).notNull()
                t.column("mergedInto", .integer)
                t.column("createdAt", .datetime).notNull()
                t.column("updatedAt", .datetime).notNull()
            }
            try db.create(table: "residentPhones") { t in
                t.column("residentID", .integer).notNull().references("residents")
                t.column("digits", .text).notNull().indexed()
                t.column("label", .text)
                t.column("addedAt", .datetime).notNull()
                t.primaryKey(["residentID", "digits"])
            }
            // A case's resident and the number to call back for 回访.
            try db.alter(table: "cases") { t in
                t.add(column: "residentID", .integer)
                t.add(column: "callbackPhone", .text)
            }
            try db.create(index: "cases_resident", on: "cases", columns: ["residentID"])
            // Who did what with whose personal data.
            try db.create(table: "accessLog") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull()
                t.column("role", .text).notNull()
                t.column("action", .text).notNull()
                t.column("residentID", .integer).indexed()
                t.column("caseID", .text)
                t.column("reason", .text)
            }
            // Operator accounts: with none, roles are off.
            try db.create(table: "operators") { t in
                t.primaryKey("name", .text)
                t.column("role", .text).notNull()
                t.column("pinHash", .text).notNull()
                t.column("active", .boolean).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("createdBy", .text).notNull()
            }
            try maskStoredText(db)
        }
        migrator.registerMigration("kernel.operator-lockout") { db in
            // Wrong PINs in a row, and the time until which the account is locked after too many.
            try db.alter(table: "operators") { t in
                t.add(column: "failedAttempts", .integer).notNull().defaults(to: 0)
                t.add(column: "lockedUntil", .datetime)
            }
            // Who changed whose PIN, when (never the PIN).
            try db.create(table: "operatorEvents") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("operatorName", .text).notNull().indexed()
                t.column("action", .text).notNull()
                t.column("by", .text).notNull()
            }
        }
        migrator.registerMigration("kernel.mask-landlines") { db in
            // Landlines (`027-85551234`: four digits in a row at least) and 15-digit IDs stored before they were
            // masked; a row is rewritten only when masking changes it.
            try maskStoredText(db, digitsInARow: 4)
        }
        migrator.registerMigration("kernel.bridge-signatures") { db in
            // `desk serve`: the bridge's signatures seen within the replay window, so a restart still refuses a replay.
            try db.create(table: "bridgeSignatures") { t in
                t.primaryKey("signature", .text)
                t.column("seenAt", .datetime).notNull().indexed()
            }
        }
        registerModuleAPI(in: &migrator)
        migrator.registerMigration("kernel.case-links") { db in
            // The link of a case opened from a group (`/c/BX-0042/<token>`) and when the resident rated through it.
            try db.create(table: "caseLinks") { t in
                t.primaryKey("caseID", .text).references("cases", onDelete: .cascade)
                t.column("token", .text).notNull()
                t.column("createdAt", .datetime).notNull()
                t.column("ratedAt", .datetime)
            }
        }
        migrator.registerMigration("kernel.case-station") { db in
            // The service station a case was received at (statistics by station); older cases: none (未记录).
            try db.alter(table: "cases") { t in t.add(column: "station", .text) }
        }
        migrator.registerMigration("kernel.startup-cache") { db in
            // What a start would otherwise compute again — the router's trained model (ModelCache), the seeds decoded
            // (DecodedSeeds) — one row per name, keyed by a hash of what it was made from: a start takes a row ready
            // when its key still matches.
            try db.create(table: "startupCache") { t in
                t.primaryKey("name", .text)
                t.column("key", .text).notNull()
                t.column("body", .blob).notNull()
                t.column("builtAt", .datetime).notNull()
            }
        }
        migrator.registerMigration("kernel.sender-cases") { db in
            // A sender's cases in a group, their own and those they reported on (`Desk.recentCase`, asked on a
            // group's news of a fix, an urging, an emergency's own news): found by these two indexes instead of every
            // open case of the last 30 days read and all of `caseReporters` scanned (docs/performance.md,
            // seventeenth pass).
            try db.create(index: "cases_sender", on: "cases", columns: ["requesterSender", "groupName", "createdAt"])
            try db.create(index: "caseReporters_sender", on: "caseReporters", columns: ["sender", "caseID"])
        }
        migrator.registerMigration("kernel.dedupe-oldest-first") { db in
            // `CaseBook.openDuplicate` takes the oldest open case with a report's key: with the creation time in the
            // index SQLite reads the key's cases oldest first and stops at the first open one, instead of copying
            // them all into a temporary B-tree to sort (docs/performance.md, seventeenth pass). The same name, which
            // the query's `INDEXED BY` gives.
            try db.execute(sql: "DROP INDEX cases_dedupe")
            try db.create(index: "cases_dedupe", on: "cases", columns: ["dedupeKey", "createdAt"])
        }
    }

    /// Masks the numbers that databases written before masking at storage keep in text shown to staff: case
    /// titles, assignees, notes, the search text and messages for the groups.
    static func maskStoredText(_ db: Database, digitsInARow: Int = 11) throws {
        // Rows with `digitsInARow` digits in a row (eleven for mobiles; the written forms with spaces are rare in
        // stored text).
        let digits = "*" + String(repeating: "[0-9]", count: digitsInARow) + "*"
        for (table, key, column) in [("cases", "id", "title"), ("cases", "id", "assignee"), ("caseEvents", "id", "note"),
                                     ("caseSearch", "rowid", "body"), ("eventSearch", "rowid", "body"), ("outbox", "id", "text")] {
            let rows = try Row.fetchAll(db, sql: "SELECT \(key) AS k, \(column) AS v FROM \(table) WHERE \(column) GLOB ?", arguments: [digits])
            for row in rows {
                let text: String = row["v"]
                let masked = Masking.redact(text)
                guard masked != text else { continue }
                try db.execute(sql: "UPDATE \(table) SET \(column) = ? WHERE \(key) = ?", arguments: [masked, row["k"] as DatabaseValue])
            }
        }
    }
}
