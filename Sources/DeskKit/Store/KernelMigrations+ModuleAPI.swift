/// The tables of the module API's second edition: community events, scheduled jobs, settings, seed versions.
extension KernelMigrations {
    static func registerModuleAPI(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("kernel.v7-module-api") { db in
            // Every published community event, for audit (payload with personal numbers masked).
            try db.create(table: "domainEvents") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("publisher", .text).notNull()
                t.column("summary", .text).notNull()
                t.column("payload", .text).notNull()
                t.column("receivers", .text).notNull()
                t.column("operatorName", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            // When the desk first knew each job: no period before it is ever run.
            try db.create(table: "jobs") { t in
                t.column("module", .text).notNull()
                t.column("job", .text).notNull()
                t.column("since", .datetime).notNull()
                t.primaryKey(["module", "job"])
            }
            // One row per run: a done period is unique, so two desks on one file never both run it.
            try db.create(table: "jobRuns") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("module", .text).notNull()
                t.column("job", .text).notNull()
                t.column("period", .text).notNull()
                t.column("status", .text).notNull()          // done, failed
                t.column("trigger", .text).notNull()         // schedule, catch-up, staff
                t.column("operatorName", .text).notNull()
                t.column("startedAt", .datetime).notNull()
                t.column("summary", .text).notNull()
                t.column("missed", .text)                    // periods passed over, `2026-11-26,2026-11-27`
            }
            try db.create(index: "jobRunsOncePerPeriod", on: "jobRuns", columns: ["module", "job", "period"],
                          unique: true, condition: Column("status") == "done")
            // Current overrides of modules' settings, and every change to them.
            try db.create(table: "moduleSettings") { t in
                t.column("module", .text).notNull()
                t.column("name", .text).notNull()
                t.column("value", .text).notNull()
                t.primaryKey(["module", "name"])
            }
            try db.create(table: "settingChanges") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("module", .text).notNull()
                t.column("name", .text).notNull()
                t.column("oldValue", .text)
                t.column("newValue", .text).notNull()
                t.column("source", .text).notNull()          // prompt, seed
                t.column("operatorName", .text).notNull()
                t.column("at", .datetime).notNull()
            }
            // The hash of each module seed file as last applied (or seen, for modules that only report changes).
            try db.create(table: "moduleSeedFiles") { t in
                t.column("module", .text).notNull()
                t.column("file", .text).notNull()
                t.column("hash", .text).notNull()
                t.column("appliedAt", .datetime).notNull()
                t.column("state", .text).notNull()           // applied, changed (reported, not applied)
                t.primaryKey(["module", "file"])
            }
        }
    }
}
