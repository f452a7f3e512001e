#include "app/storage/backup.h"

#include <sqlite3.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include "app/storage/audittrail.h"
#include "app/storage/ordertotals.h"

namespace PayDesk::Storage {

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

QString sqliteMessage(sqlite3 *db, int code)
{
    return QString::fromUtf8(db ? sqlite3_errmsg(db) : sqlite3_errstr(code));
}

// Copies every page of `from` into `to` while other connections may write to `from`: a busy or
// locked step is retried, and the copy restarts by itself when `from` changes meanwhile.
Status copyPages(sqlite3 *from, sqlite3 *to, const QString &what, const std::atomic<bool> *cancel = nullptr)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return storageError(Text::tr("Cannot copy %1: %2").arg(what, sqliteMessage(to, 0)));
    int code = SQLITE_OK;
    int waits = 0;
    do {
        if (cancel && cancel->load()) {
            sqlite3_backup_finish(backup);
            return storageError(Text::tr("The copy of %1 was stopped.").arg(what));
        }
        code = sqlite3_backup_step(backup, 256);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED) {
            if (++waits > 500) // about 10 s of another connection holding the lock
                break;
            QThread::msleep(20);
        }
    } while (code == SQLITE_OK || code == SQLITE_BUSY || code == SQLITE_LOCKED);
    const int finished = sqlite3_backup_finish(backup);
    if (code != SQLITE_DONE || finished != SQLITE_OK)
        return storageError(Text::tr("Cannot copy %1: %2").arg(what, sqliteMessage(to, code)));
    return Done{};
}

} // namespace

QString quickCheck(const Database &database)
{
    Result<QSqlQuery> q = database.exec(QStringLiteral("PRAGMA quick_check"));
    if (!q)
        return q.error().message;
    const QString verdict = q->next() ? q->value(0).toString() : QString();
    return verdict == u"ok" ? QString() : verdict;
}

FileCheck checkDatabaseFile(const QString &file, bool checkAuditTrail)
{
    FileCheck check;
    if (!QFileInfo(file).isFile()) {
        check.problem = Text::tr("%1 is not a file.").arg(file);
        return check;
    }
    // Opened read-only through SQLite itself, so that nothing is created or upgraded.
    sqlite3 *db = nullptr;
    const QByteArray uri = "file:" + QUrl::fromLocalFile(file).path(QUrl::FullyEncoded).toUtf8() + "?mode=ro";
    int code = sqlite3_open_v2(uri.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    const auto scalar = [&](const char *sql, QString *text) {
        sqlite3_stmt *statement = nullptr;
        int rc = sqlite3_prepare_v2(db, sql, -1, &statement, nullptr);
        if (rc == SQLITE_OK) {
            rc = sqlite3_step(statement);
            if (rc == SQLITE_ROW) {
                *text = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
                rc = SQLITE_OK;
            }
        }
        sqlite3_finalize(statement);
        return rc;
    };
    QString value;
    if (code == SQLITE_OK)
        code = scalar("PRAGMA integrity_check", &value);
    if (code != SQLITE_OK || value != u"ok") {
        check.problem = Text::tr("%1 is damaged or not a PayDesk database (%2).")
                            .arg(file, code == SQLITE_OK ? value : sqliteMessage(db, code));
        sqlite3_close(db);
        return check;
    }
    if (scalar("SELECT value FROM schema_meta WHERE key = 'version'", &value) != SQLITE_OK || value.isEmpty()) {
        check.problem = Text::tr("%1 is not a PayDesk database.").arg(file);
        sqlite3_close(db);
        return check;
    }
    bool isNumber = false;
    check.schemaVersion = value.toInt(&isNumber);
    QString orders;
    scalar("SELECT COUNT(*) FROM orders", &orders);
    check.orders = orders.toLongLong();
    sqlite3_close(db);
    if (!isNumber) {
        check.problem = Text::tr("%1 has an unreadable schema version \"%2\".").arg(file, value);
        return check;
    }
    if (check.schemaVersion > Database::kSchemaVersion) {
        check.problem = Text::tr("%1 was written by a newer PayDesk (schema %2); this one reads up to %3.")
                            .arg(file)
                            .arg(check.schemaVersion)
                            .arg(Database::kSchemaVersion);
        return check;
    }
    if (checkAuditTrail && check.schemaVersion >= 5) {
        Result<std::unique_ptr<Database>> opened = Database::open(file, check.schemaVersion);
        if (!opened) {
            check.problem = opened.error().message;
            return check;
        }
        const Result<AuditCheck> audit = verifyAuditTrail(**opened);
        if (!audit || !audit->intact) {
            check.problem = Text::tr("The audit trail of %1 is broken: %2")
                                .arg(file, audit ? audit->problem : audit.error().message);
            return check;
        }
        if (check.schemaVersion >= 7) {
            if (const QString problem = checkDerivedOrderData(**opened); !problem.isEmpty()) {
                check.problem = file + QStringLiteral(": ") + problem;
                return check;
            }
        }
    }
    check.ok = true;
    return check;
}

Status backupDatabase(const Database &database, const QString &file, const std::atomic<bool> *cancel)
{
    auto *from = static_cast<sqlite3 *>(database.sqliteHandle());
    if (!from)
        return storageError(Text::tr("The database %1 cannot be copied.").arg(database.path()));
    if (!QDir().mkpath(QFileInfo(file).absolutePath()))
        return storageError(Text::tr("Cannot create the folder %1.").arg(QFileInfo(file).absolutePath()));
    // Written beside the target under a name of its own (two PayDesks may make the same day's
    // backup at once) and renamed over it once checked.
    const QString partial = file + QStringLiteral(".partial-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    if (Status s = createOwnerOnlyFile(partial); !s)
        return s;
    sqlite3 *to = nullptr;
    int code = sqlite3_open_v2(QFile::encodeName(partial).constData(), &to, SQLITE_OPEN_READWRITE, nullptr);
    Status copied = code == SQLITE_OK
                        ? copyPages(from, to, database.path(), cancel)
                        : storageError(Text::tr("Cannot open %1: %2").arg(partial, sqliteMessage(to, code)));
    // A backup is one self-contained file: no WAL beside it, whoever opens it later.
    if (copied && sqlite3_exec(to, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr) != SQLITE_OK)
        copied = storageError(Text::tr("Cannot write %1: %2").arg(partial, sqliteMessage(to, 0)));
    sqlite3_close(to);
    if (!copied) {
        QFile::remove(partial);
        return copied;
    }
    const FileCheck check = checkDatabaseFile(partial, false);
    if (!check.ok) {
        QFile::remove(partial);
        return storageError(Text::tr("The backup did not check out: %1").arg(check.problem));
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return storageError(Text::tr("Cannot write %1.").arg(file));
    }
    return Done{};
}

namespace {

// The last Z number a database holds, 0 when it closed no day (or predates day closes).
qint64 lastDayClose(sqlite3 *db)
{
    sqlite3_stmt *statement = nullptr;
    qint64 last = 0;
    if (sqlite3_prepare_v2(db, "SELECT COALESCE(MAX(number), 0) FROM day_closes", -1, &statement, nullptr) ==
            SQLITE_OK &&
        sqlite3_step(statement) == SQLITE_ROW)
        last = sqlite3_column_int64(statement, 0);
    sqlite3_finalize(statement);
    return last;
}

QString zNumber(qint64 number)
{
    return number > 0 ? QStringLiteral("Z-%1").arg(number, 4, 10, QLatin1Char('0')) : Text::tr("none");
}

} // namespace

Status restoreDatabase(Database &database, const QString &file, const QString &keptAs, bool allowFewerDayCloses)
{
    const FileCheck check = checkDatabaseFile(file);
    if (!check.ok)
        return Error{Error::Kind::BadInput, Text::tr("Not restored: %1").arg(check.problem)};
    if (!allowFewerDayCloses) {
        sqlite3 *backup = nullptr;
        const qint64 current = lastDayClose(static_cast<sqlite3 *>(database.sqliteHandle()));
        qint64 restored = 0;
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &backup, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK)
            restored = lastDayClose(backup);
        sqlite3_close(backup);
        if (restored < current)
            return badInput(Text::tr("Not restored: the backup's last day close is %1, this database's is %2. The days "
                                     "closed since would be closed again under numbers already printed. Restore it "
                                     "anyway with --force.")
                                .arg(zNumber(restored), zNumber(current)));
    }
    if (Status kept = backupDatabase(database, keptAs); !kept)
        return storageError(
            Text::tr("Not restored, the current database could not be kept first: %1").arg(kept.error().message));
    sqlite3 *from = nullptr;
    int code = sqlite3_open_v2(QFile::encodeName(file).constData(), &from, SQLITE_OPEN_READONLY, nullptr);
    Status copied = code == SQLITE_OK
                        ? copyPages(from, static_cast<sqlite3 *>(database.sqliteHandle()), file)
                        : storageError(Text::tr("Cannot open %1: %2").arg(file, sqliteMessage(from, code)));
    sqlite3_close(from);
    if (!copied)
        return copied;
    // A backup from an older PayDesk is brought up to this one's schema.
    Result<std::unique_ptr<Database>> upgraded = Database::open(database.path());
    if (!upgraded)
        return upgraded.error();
    return Done{};
}

Result<QString> dailyBackup(const Database &database, const QDate &today, int keepDays, const std::atomic<bool> *cancel)
{
    const QFileInfo info(database.path());
    const QString folder = info.absolutePath() + QStringLiteral("/backups");
    const QString name = info.completeBaseName();
    const QString file = folder + u'/' + name + u'-' + today.toString(Qt::ISODate) + QStringLiteral(".db");
    QString made;
    if (!QFileInfo::exists(file)) {
        if (Status s = backupDatabase(database, file, cancel); !s)
            return s.error();
        made = file;
    }
    const QStringList kept = QDir(folder).entryList({name + QStringLiteral("-????-??-??.db")}, QDir::Files);
    for (const QString &backup : kept) {
        const QDate day = QDate::fromString(backup.mid(name.size() + 1, 10), Qt::ISODate);
        if (day.isValid() && day.daysTo(today) >= keepDays)
            QFile::remove(folder + u'/' + backup);
    }
    return made;
}

} // namespace PayDesk::Storage
