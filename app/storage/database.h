#pragma once

#include <atomic>
#include <functional>
#include <memory>

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include "app/domain/result.h"

class QDateTime;

namespace PayDesk::Storage {

// One SQLite file with a schema version and an upgrade ladder. One instance per thread.
// Creates `path` as a new, empty file that only its owner may read and write, whatever the
// umask; fails when it exists. SQLite keeps the mode, and gives a database's -wal and -shm
// files the same.
Status createOwnerOnlyFile(const QString &path);

class Database
{
public:
    static constexpr int kSchemaVersion = 9;
    // How long a statement waits for another connection's lock before it fails with Busy.
    static constexpr int kBusyTimeoutMs = 5000;

    // Opens (creating if needed) and upgrades the database to `targetVersion` in one transaction.
    static Result<std::unique_ptr<Database>> open(const QString &path, int targetVersion = kSchemaVersion);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const { return m_path; }
    // Whether other users of this computer can read the database file (group or others may
    // read it); a new database is created readable by its owner alone.
    bool readableByOthers() const;
    // The sentence that says so and how to fix it; empty when the file is the owner's alone.
    QString readableByOthersWarning() const;
    // Changes the busy wait of this connection (tests use a short one).
    void setBusyTimeout(int milliseconds);
    // The connection's sqlite3 handle, for SQLite's backup API; null when there is none.
    void *sqliteHandle() const;
    // Stops the statement this connection is running, from any thread; it fails as interrupted.
    void interrupt() const;
    int schemaVersion() const;
    // Changes whenever another connection (another PayDesk, paydesk-cli) commits a change.
    qint64 dataVersion() const;

    // Prepares, binds in order and runs one statement.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &values = {}) const;
    // Runs `work` in a BEGIN IMMEDIATE transaction: commits when it succeeds, rolls back
    // otherwise. Fails with Error::Kind::Busy when another connection kept the write lock.
    Status transaction(const std::function<Status()> &work);

    static QString timestamp(const QDateTime &dateTime); // sortable ISO-8601 UTC text
    static QDateTime fromTimestamp(const QVariant &value);
    static QDateTime fromTimestamp(const QString &text); // an empty or null text is no time
    // A null QString binds as SQL NULL; text columns that are NOT NULL take this instead.
    static QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

private:
    Database(QString connectionName, QString path);
    Status upgrade(int targetVersion);

    QString m_connectionName;
    QString m_path;
    int m_transactionDepth = 0;
    std::atomic<void *> m_handle = nullptr; // the sqlite3 handle, for interrupt() from another thread
};

// While it lives, the statements of `database` stop, failing as interrupted, once `milliseconds`
// have passed: for a quick way to an answer that is tried before a sure one.
class TimeBudget
{
public:
    TimeBudget(const Database &database, int milliseconds);
    ~TimeBudget();
    TimeBudget(const TimeBudget &) = delete;
    TimeBudget &operator=(const TimeBudget &) = delete;
    bool exceeded() const { return m_exceeded; }

private:
    static int check(void *budget);

    void *m_handle;
    qint64 m_deadlineNs;
    bool m_exceeded = false;
};

} // namespace PayDesk::Storage
