#pragma once

#include <atomic>

#include <QDate>
#include <QString>

#include "app/storage/database.h"

namespace PayDesk::Storage {

// What a check of a database or backup file found.
struct FileCheck
{
    bool ok = false;
    int schemaVersion = 0;
    qint64 orders = 0;
    QString problem; // a sentence when not ok
};

// Copies `database` to `file` with SQLite's online backup API: a consistent copy while other
// PayDesks write, created owner-only, then checked (integrity and schema; a broken audit trail
// is copied as it is, as evidence). An existing file is replaced only when the new copy is good.
// Stops early, with an error and no file, once `cancel` is set.
Status backupDatabase(const Database &database, const QString &file, const std::atomic<bool> *cancel = nullptr);

// SQLite's quick check of the open database: empty when it finds nothing wrong, else what it
// found (the first problem).
QString quickCheck(const Database &database);

// Checks `file`: SQLite's full integrity check (read-only), the schema version (a newer one than
// this PayDesk reads is a problem) and the audit chain (opened as a database for that).
FileCheck checkDatabaseFile(const QString &file, bool checkAuditTrail = true);

// Replaces the contents of `database` with the backup `file`, after checking it; the contents
// replaced are first kept in `keptAs` (a backup of its own). A backup made before the last day
// close is refused unless `allowFewerDayCloses`: its days would be closed again under numbers
// already printed.
Status restoreDatabase(Database &database, const QString &file, const QString &keptAs,
                       bool allowFewerDayCloses = false);

// The daily automatic backup: backups/<name>-<date>.db beside the database, made once a day,
// and backups older than `keepDays` days removed. Returns the file made, or empty when today's
// backup already exists.
Result<QString> dailyBackup(const Database &database, const QDate &today, int keepDays = 14,
                            const std::atomic<bool> *cancel = nullptr);

} // namespace PayDesk::Storage
