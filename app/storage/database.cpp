#include "app/storage/database.h"

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QElapsedTimer>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QUuid>

#include "app/storage/audittrail.h"
#include "app/storage/ordertotals.h"

Q_LOGGING_CATEGORY(lcDatabase, "paydesk.storage.database", QtWarningMsg)

namespace PayDesk::Storage {

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

// SQLITE_BUSY (5) and SQLITE_LOCKED (6) mean another connection holds the lock: worth waiting for.
Error sqlError(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    const bool busy = code == u"5" || code == u"6" || code.startsWith(u"5 ") || code.startsWith(u"6 ") ||
                      code == u"517" || code == u"261" || code == u"262";
    // SQLite's own words, without the driver's ("Unable to fetch row").
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return Error{busy ? Error::Kind::Busy : Error::Kind::Storage, text};
}

// The statements of the order_totals triggers that count the NEW order in, or the OLD one out.
QString addToTotals()
{
    return QStringLiteral(" INSERT INTO order_totals VALUES (substr(NEW.created_at, 1, 10), NEW.currency, NEW.state, 1,"
                          " NEW.total_minor, NEW.captured_minor, NEW.refunded_minor)"
                          " ON CONFLICT (day, currency, state) DO UPDATE SET orders = orders + 1,"
                          " total_minor = total_minor + excluded.total_minor,"
                          " captured_minor = captured_minor + excluded.captured_minor,"
                          " refunded_minor = refunded_minor + excluded.refunded_minor;");
}

QString removeFromTotals()
{
    return QStringLiteral(" UPDATE order_totals SET orders = orders - 1, total_minor = total_minor - OLD.total_minor,"
                          " captured_minor = captured_minor - OLD.captured_minor,"
                          " refunded_minor = refunded_minor - OLD.refunded_minor"
                          " WHERE day = substr(OLD.created_at, 1, 10) AND currency = OLD.currency"
                          " AND state = OLD.state;"
                          " DELETE FROM order_totals WHERE day = substr(OLD.created_at, 1, 10)"
                          " AND currency = OLD.currency AND state = OLD.state AND orders = 0;");
}

// The statement of the orders_search triggers that indexes the NEW order's texts, or takes the
// OLD one's out of the index.
QString indexForSearch(QStringView row)
{
    const QString command = row == u"OLD" ? QStringLiteral("orders_search, ") : QString();
    const QString value = row == u"OLD" ? QStringLiteral("'delete', ") : QString();
    return QStringLiteral(" INSERT INTO orders_search (%1rowid, number, customer_name, customer_phone, items_summary)"
                          " VALUES (%2%3.id, %3.number || char(1, 1), %3.customer_name || char(1, 1),"
                          " %3.customer_phone || char(1, 1), %3.items_summary || char(1, 1));")
        .arg(command, value, row);
}

// Step N of the ladder takes the schema from version N to N + 1. Steps never change once
// released; a new schema version appends a step.
const QList<QStringList> &ladder()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: the first schema.
        {
            QStringLiteral("CREATE TABLE schema_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE orders ("
                           " id INTEGER PRIMARY KEY,"
                           " number TEXT NOT NULL UNIQUE,"
                           " created_at TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " total_minor INTEGER NOT NULL,"
                           " customer_name TEXT NOT NULL DEFAULT '',"
                           " customer_phone TEXT NOT NULL DEFAULT '',"
                           " note TEXT NOT NULL DEFAULT '',"
                           " items_summary TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE order_items ("
                           " id INTEGER PRIMARY KEY,"
                           " order_id INTEGER NOT NULL REFERENCES orders(id),"
                           " position INTEGER NOT NULL,"
                           " name TEXT NOT NULL,"
                           " quantity INTEGER NOT NULL,"
                           " unit_price_minor INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE payments ("
                           " id INTEGER PRIMARY KEY,"
                           " order_id INTEGER NOT NULL REFERENCES orders(id),"
                           " attempt INTEGER NOT NULL,"
                           " line_order_id TEXT NOT NULL UNIQUE,"
                           " transaction_id INTEGER,"
                           " state TEXT NOT NULL,"
                           " authorize_only INTEGER NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " amount_minor INTEGER NOT NULL,"
                           " captured_minor INTEGER NOT NULL DEFAULT 0,"
                           " refunded_minor INTEGER NOT NULL DEFAULT 0,"
                           " authorization_expires_at TEXT,"
                           " payment_url TEXT,"
                           " payment_access_token TEXT,"
                           " last_return_code TEXT,"
                           " last_return_message TEXT,"
                           " busy_operation INTEGER,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " UNIQUE (order_id, attempt))"),
            QStringLiteral("CREATE TABLE refunds ("
                           " id INTEGER PRIMARY KEY,"
                           " payment_id INTEGER NOT NULL REFERENCES payments(id),"
                           " refund_transaction_id INTEGER UNIQUE,"
                           " amount_minor INTEGER NOT NULL,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE operations ("
                           " id INTEGER PRIMARY KEY,"
                           " payment_id INTEGER NOT NULL REFERENCES payments(id),"
                           " kind TEXT NOT NULL,"
                           " status TEXT NOT NULL,"
                           " api_path TEXT NOT NULL,"
                           " request_body BLOB,"
                           " state_before TEXT NOT NULL,"
                           " amount_minor INTEGER,"
                           " return_code TEXT,"
                           " return_message TEXT,"
                           " response_body BLOB,"
                           " error TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE audit ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " actor TEXT NOT NULL,"
                           " order_id INTEGER,"
                           " payment_id INTEGER,"
                           " action TEXT NOT NULL,"
                           " detail TEXT NOT NULL DEFAULT '',"
                           " return_code TEXT,"
                           " return_message TEXT)"),
        },
        // 1 -> 2: the order row carries its current payment's state, so that the orders view
        // filters, sorts, counts and sums on one indexed table.
        {
            QStringLiteral("ALTER TABLE orders ADD COLUMN current_payment_id INTEGER"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN state TEXT NOT NULL DEFAULT 'DRAFT'"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN refunded_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN updated_at TEXT"),
            QStringLiteral(
                "UPDATE orders SET current_payment_id ="
                " (SELECT p.id FROM payments p WHERE p.order_id = orders.id ORDER BY p.attempt DESC LIMIT 1)"),
            QStringLiteral(
                "UPDATE orders SET"
                " state = COALESCE((SELECT p.state FROM payments p WHERE p.id = orders.current_payment_id), 'DRAFT'),"
                " refunded_minor = COALESCE((SELECT p.refunded_minor FROM payments p"
                "   WHERE p.id = orders.current_payment_id), 0),"
                " updated_at = COALESCE((SELECT p.updated_at FROM payments p"
                "   WHERE p.id = orders.current_payment_id), created_at)"),
            QStringLiteral("CREATE INDEX orders_created ON orders (created_at)"),
            QStringLiteral("CREATE INDEX orders_updated ON orders (updated_at)"),
            QStringLiteral("CREATE INDEX orders_state_created ON orders (state, created_at)"),
            QStringLiteral("CREATE INDEX orders_customer ON orders (customer_name)"),
            QStringLiteral("CREATE INDEX payments_order ON payments (order_id, attempt)"),
            QStringLiteral("CREATE INDEX payments_transaction ON payments (transaction_id)"),
            QStringLiteral("CREATE INDEX refunds_payment ON refunds (payment_id)"),
            QStringLiteral("CREATE INDEX operations_status ON operations (status, payment_id)"),
            QStringLiteral("CREATE INDEX audit_order ON audit (order_id, id)"),
        },
        // 2 -> 3: several processes on one payment (DESIGN.md "Many processes, one payment"): a
        // row version for conditional writes, the last status check for the shared polling pace,
        // and an owner, a deadline and the intent (actor, reason) on every journaled call.
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN version INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE payments ADD COLUMN last_check_at TEXT"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN owner_host TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN owner_pid INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN owner_start TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN owner_token TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN owner_program TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN deadline_at TEXT"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN reason TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN applied INTEGER"),
            QStringLiteral("ALTER TABLE operations ADD COLUMN reported INTEGER NOT NULL DEFAULT 1"),
            QStringLiteral("ALTER TABLE refunds ADD COLUMN operation_id INTEGER"),
            QStringLiteral("ALTER TABLE refunds ADD COLUMN actor TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("CREATE INDEX operations_payment ON operations (payment_id, id)"),
        },
        // 3 -> 4: when the money was captured, so that a day's takings (captured less refunded on
        // that day) come from SQL. Older captures take the time of their confirm or capture in the
        // audit trail, else the payment's last change.
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN captured_at TEXT"),
            QStringLiteral(
                "UPDATE payments SET captured_at = COALESCE((SELECT MIN(a.at) FROM audit a"
                " WHERE a.payment_id = payments.id"
                " AND a.action = CASE WHEN payments.authorize_only THEN 'capture' ELSE 'confirm' END), updated_at)"
                " WHERE captured_minor > 0"),
            QStringLiteral("CREATE INDEX payments_captured ON payments (captured_at) WHERE captured_at IS NOT NULL"),
            QStringLiteral("CREATE INDEX refunds_created ON refunds (created_at)"),
        },
        // 4 -> 5: a tamper-evident audit trail: each entry with the hash of the one before it and
        // its own (AuditTrail); the entries already written are chained by chainEarlierEntries.
        {
            QStringLiteral("ALTER TABLE audit ADD COLUMN prev_hash TEXT"),
            QStringLiteral("ALTER TABLE audit ADD COLUMN hash TEXT"),
        },
        // 5 -> 6: an order's items found by index instead of by reading every item.
        {
            QStringLiteral("CREATE INDEX order_items_order ON order_items (order_id, position)"),
        },
        // 6 -> 7: the orders view at any size. The order row carries its current payment's captured
        // amount; order_totals sums orders per UTC day of creation, currency and state, kept exact
        // by triggers in the transaction of every write; orders_search is a trigram full-text index
        // of what a shop owner types to find an order; every sort the view offers has an index.
        {
            QStringLiteral("ALTER TABLE orders ADD COLUMN captured_minor INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN authorization_expires_at TEXT"),
            QStringLiteral("UPDATE orders SET captured_minor = COALESCE((SELECT p.captured_minor FROM payments p"
                           " WHERE p.id = orders.current_payment_id), 0), authorization_expires_at = (SELECT"
                           " p.authorization_expires_at FROM payments p WHERE p.id = orders.current_payment_id)"),
            QStringLiteral("CREATE TABLE order_totals ("
                           " day TEXT NOT NULL,"
                           " currency TEXT NOT NULL,"
                           " state TEXT NOT NULL,"
                           " orders INTEGER NOT NULL,"
                           " total_minor INTEGER NOT NULL,"
                           " captured_minor INTEGER NOT NULL,"
                           " refunded_minor INTEGER NOT NULL,"
                           " PRIMARY KEY (day, currency, state)) WITHOUT ROWID"),
            QStringLiteral("INSERT INTO order_totals ") + orderTotalsFromOrders(),
            QStringLiteral("CREATE TRIGGER order_totals_insert AFTER INSERT ON orders BEGIN") + addToTotals() +
                QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER order_totals_delete AFTER DELETE ON orders BEGIN") + removeFromTotals() +
                QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER order_totals_update"
                           " AFTER UPDATE OF created_at, currency, state, total_minor, captured_minor, refunded_minor"
                           " ON orders BEGIN") +
                removeFromTotals() + addToTotals() + QStringLiteral(" END"),
            // Each text is indexed with two U+0001 after it (a character no order text may hold), so
            // that every one- or two-character piece of it begins a trigram: the terms in
            // orders_search_terms that begin with a short search term find it (OrderQueries).
            QStringLiteral("CREATE VIEW orders_search_text AS SELECT id, number || char(1, 1) AS number,"
                           " customer_name || char(1, 1) AS customer_name,"
                           " customer_phone || char(1, 1) AS customer_phone,"
                           " items_summary || char(1, 1) AS items_summary FROM orders"),
            QStringLiteral("CREATE VIRTUAL TABLE orders_search USING fts5(number, customer_name, customer_phone,"
                           " items_summary, content = 'orders_search_text', content_rowid = 'id',"
                           " tokenize = 'trigram')"),
            QStringLiteral("CREATE VIRTUAL TABLE orders_search_terms USING fts5vocab(orders_search, 'row')"),
            QStringLiteral("INSERT INTO orders_search (orders_search) VALUES ('rebuild')"),
            QStringLiteral("CREATE TRIGGER orders_search_insert AFTER INSERT ON orders BEGIN") +
                indexForSearch(u"NEW") + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER orders_search_delete AFTER DELETE ON orders BEGIN") +
                indexForSearch(u"OLD") + QStringLiteral(" END"),
            QStringLiteral("CREATE TRIGGER orders_search_update"
                           " AFTER UPDATE OF number, customer_name, customer_phone, items_summary ON orders BEGIN") +
                indexForSearch(u"OLD") + indexForSearch(u"NEW") + QStringLiteral(" END"),
            QStringLiteral("CREATE INDEX orders_items ON orders (items_summary)"),
            QStringLiteral("CREATE INDEX orders_total ON orders (total_minor)"),
            QStringLiteral("CREATE INDEX orders_currency ON orders (currency)"),
            QStringLiteral("CREATE INDEX orders_state ON orders (state)"),
            QStringLiteral("CREATE INDEX orders_refunded ON orders (refunded_minor)"),
            QStringLiteral("CREATE INDEX orders_state_customer ON orders (state, customer_name)"),
            QStringLiteral("CREATE INDEX orders_state_items ON orders (state, items_summary)"),
            QStringLiteral("CREATE INDEX orders_state_total ON orders (state, total_minor)"),
            QStringLiteral("CREATE INDEX orders_state_currency ON orders (state, currency)"),
            QStringLiteral("CREATE INDEX orders_state_refunded ON orders (state, refunded_minor)"),
            QStringLiteral("CREATE INDEX orders_state_updated ON orders (state, updated_at)"),
            QStringLiteral("CREATE INDEX payments_updated ON payments (updated_at)"),
            QStringLiteral("CREATE INDEX orders_state_expiry ON orders (state, authorization_expires_at)"),
        },
        // 7 -> 8: the day close. A payment keeps when its authorization was voided (set by a
        // trigger, whichever program writes it), a refund when PayDesk wrote it down; day_closes holds each closed
        // day's report as it
        // was frozen, numbered without gaps, and takes neither an update nor a deletion;
        // shop_settings holds what every terminal prints (the shop's name, its tax id).
        {
            QStringLiteral("ALTER TABLE payments ADD COLUMN voided_at TEXT"),
            QStringLiteral("UPDATE payments SET voided_at = updated_at WHERE state = 'VOIDED'"),
            QStringLiteral("CREATE TRIGGER payments_voided_at AFTER UPDATE OF state ON payments"
                           " WHEN NEW.state = 'VOIDED' AND OLD.state IS NOT 'VOIDED' BEGIN"
                           " UPDATE payments SET voided_at = NEW.updated_at WHERE id = NEW.id; END"),
            QStringLiteral("CREATE INDEX payments_voided ON payments (voided_at) WHERE voided_at IS NOT NULL"),
            QStringLiteral("ALTER TABLE refunds ADD COLUMN recorded_at TEXT"),
            QStringLiteral("UPDATE refunds SET recorded_at = created_at"),
            QStringLiteral("CREATE INDEX refunds_recorded ON refunds (recorded_at)"),
            QStringLiteral("CREATE TABLE day_closes ("
                           " number INTEGER PRIMARY KEY,"
                           " day TEXT NOT NULL UNIQUE,"
                           " time_zone TEXT NOT NULL,"
                           " period_from TEXT NOT NULL,"
                           " period_to TEXT NOT NULL,"
                           " closed_at TEXT NOT NULL,"
                           " closed_by TEXT NOT NULL,"
                           " report TEXT NOT NULL,"
                           " report_sha256 TEXT NOT NULL)"),
            QStringLiteral("CREATE TRIGGER day_closes_numbered BEFORE INSERT ON day_closes"
                           " WHEN NEW.number IS NOT (SELECT COALESCE(MAX(number), 0) + 1 FROM day_closes) BEGIN"
                           " SELECT RAISE(ABORT, 'day closes are numbered without gaps'); END"),
            QStringLiteral("CREATE TRIGGER day_closes_frozen BEFORE UPDATE ON day_closes BEGIN"
                           " SELECT RAISE(ABORT, 'a closed day cannot change'); END"),
            QStringLiteral("CREATE TRIGGER day_closes_kept BEFORE DELETE ON day_closes BEGIN"
                           " SELECT RAISE(ABORT, 'a closed day cannot change'); END"),
            QStringLiteral("CREATE TABLE shop_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID"),
        },
        // 8 -> 9: the people at the counter, each with a PIN kept as a salted PBKDF2 hash only,
        // a count of wrong PINs and a lockout; one owner at most.
        {
            QStringLiteral("CREATE TABLE staff ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL UNIQUE,"
                           " role TEXT NOT NULL CHECK (role IN ('owner', 'clerk')),"
                           " pin_salt BLOB NOT NULL,"
                           " pin_hash BLOB NOT NULL,"
                           " pin_iterations INTEGER NOT NULL,"
                           " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                           " locked_until TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE UNIQUE INDEX staff_one_owner ON staff (role) WHERE role = 'owner'"),
        },
    };
    return steps;
}

} // namespace

Status createOwnerOnlyFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return storageError(Text::tr("Cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return Done{};
}

Database::Database(QString connectionName, QString path)
    : m_connectionName(std::move(connectionName)), m_path(std::move(path))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, int targetVersion)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return storageError(Text::tr("The SQLite driver for Qt is missing (Debian package libqt6sql6-sqlite)."));
    if (path != u":memory:") {
        const QFileInfo info(path);
        if (info.isDir())
            return storageError(Text::tr("%1 is a folder; give the path of the database file.").arg(path));
        if (!QDir().mkpath(info.absolutePath()))
            return storageError(Text::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // A new database is the owner's alone; another process may create it first.
        if (!info.exists()) {
            if (Status created = createOwnerOnlyFile(path); !created && !QFileInfo::exists(path))
                return created.error();
        }
    }
    const QString name = QStringLiteral("paydesk-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Database> database(new Database(name, path));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open())
            return storageError(Text::tr("Cannot open the database %1 (%2).").arg(path, db.lastError().databaseText()));
    }
    // A file that is not a database fails here, before anything is written to it. Switching a new
    // file to WAL needs a moment of exclusive access; another process opening the same new file
    // may hold it, so that step is retried within the busy wait.
    QElapsedTimer waited;
    waited.start();
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL"}) {
        for (;;) {
            const Result<QSqlQuery> q = database->exec(QString::fromLatin1(pragma));
            if (q)
                break;
            if (q.error().kind == Error::Kind::Busy && waited.elapsed() < kBusyTimeoutMs) {
                QThread::msleep(20);
                continue;
            }
            if (q.error().kind == Error::Kind::Busy)
                return Error{
                    Error::Kind::Busy,
                    Text::tr("The database %1 stayed locked by another program; try again in a moment.").arg(path)};
            if (q.error().message.contains(u"unable to open") || q.error().message.contains(u"readonly"))
                return storageError(Text::tr("Cannot write to %1 (%2); check that the file and its folder can be "
                                             "written.")
                                        .arg(path, q.error().message));
            return storageError(
                Text::tr("%1 is not a PayDesk database, or it is damaged (%2).").arg(path, q.error().message));
        }
    }
    database->m_handle = database->sqliteHandle();
    const Status upgraded = database->upgrade(targetVersion);
    if (!upgraded)
        return upgraded.error();
    return database;
}

bool Database::readableByOthers() const
{
    if (m_path == u":memory:")
        return false;
    const QFileDevice::Permissions permissions = QFileInfo(m_path).permissions();
    return permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther);
}

QString Database::readableByOthersWarning() const
{
    if (!readableByOthers())
        return {};
    return Text::tr("Other users of this computer can read the shop database %1, with its customers and payments. "
                    "Make it yours alone: chmod 600 \"%1\"")
        .arg(m_path);
}

void *Database::sqliteHandle() const
{
    const QVariant handle = QSqlDatabase::database(m_connectionName, false).driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<void *const *>(handle.constData());
}

void Database::interrupt() const
{
    if (void *handle = m_handle.load())
        sqlite3_interrupt(static_cast<sqlite3 *>(handle));
}

void Database::setBusyTimeout(int milliseconds)
{
    (void)exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(milliseconds));
}

int Database::schemaVersion() const
{
    Result<QSqlQuery> table =
        exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_meta'"));
    if (!table || !table->next() || table->value(0).toInt() == 0)
        return table ? 0 : -1;
    Result<QSqlQuery> version = exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'version'"));
    if (!version)
        return -1;
    if (!version->next())
        return 0;
    bool isNumber = false;
    const int value = version->value(0).toString().toInt(&isNumber);
    return isNumber && value >= 0 ? value : -1;
}

qint64 Database::dataVersion() const
{
    Result<QSqlQuery> q = exec(QStringLiteral("PRAGMA data_version"));
    return q && q->next() ? q->value(0).toLongLong() : -1;
}

Status Database::upgrade(int targetVersion)
{
    const int seen = schemaVersion();
    if (seen < 0) {
        Result<QSqlQuery> raw = exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = 'version'"));
        const QString value = raw && raw->next() ? raw->value(0).toString() : QString();
        return storageError(Text::tr("The database %1 is damaged: its schema version \"%2\" is not one PayDesk "
                                     "wrote. Restore a backup (paydesk-cli restore).")
                                .arg(m_path, value.left(40)));
    }
    if (seen > kSchemaVersion)
        return storageError(
            Text::tr("The database %1 was written by a newer PayDesk (schema %2); this one reads up to %3.")
                .arg(m_path)
                .arg(seen)
                .arg(kSchemaVersion));
    if (seen >= targetVersion)
        return Done{};
    return transaction([&]() -> Status {
        // Another process may have upgraded the file between the read above and this write
        // lock: the version read inside the transaction is the one that counts.
        const int current = schemaVersion();
        if (current < 0)
            return storageError(Text::tr("The database %1 is damaged: its schema version cannot be read.").arg(m_path));
        for (int step = current; step < targetVersion; ++step) {
            qCInfo(lcDatabase) << "upgrading schema from" << step << "to" << step + 1;
            for (const QString &sql : ladder().at(step)) {
                const Result<QSqlQuery> q = exec(sql);
                if (!q)
                    return storageError(
                        Text::tr("Upgrading the database from version %1 failed: %2").arg(step).arg(q.error().message));
            }
            if (step == 4) {
                if (Status s = AuditTrail::chainEarlierEntries(*this); !s)
                    return storageError(
                        Text::tr("Upgrading the database from version %1 failed: %2").arg(step).arg(s.error().message));
            }
        }
        if (current >= targetVersion)
            return Done{};
        const Result<QSqlQuery> q =
            exec(QStringLiteral("INSERT OR REPLACE INTO schema_meta (key, value) VALUES ('version', ?)"),
                 {QString::number(targetVersion)});
        if (!q)
            return q.error();
        return Done{};
    });
}

Result<QSqlQuery> Database::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    // Rows are read as SQLite steps through them, not copied into a cache first.
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return sqlError(query.lastError());
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(query.lastError());
    return query;
}

Status Database::transaction(const std::function<Status()> &work)
{
    // Nested calls join the outer transaction.
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        const Status status = work();
        --m_transactionDepth;
        return status;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // BEGIN IMMEDIATE takes the write lock at once (waiting at most the busy timeout), so that
    // what the transaction reads is what it writes over.
    const Result<QSqlQuery> begin = exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (!begin && begin.error().kind == Error::Kind::Busy)
        return Error{Error::Kind::Busy,
                     Text::tr("The database %1 stayed locked by another program; try again in a moment.").arg(m_path)};
    if (!begin)
        return Error{begin.error().kind,
                     Text::tr("The database %1 cannot be written (%2).").arg(m_path, begin.error().message)};
    ++m_transactionDepth;
    const Status status = work();
    --m_transactionDepth;
    if (!status) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return status;
    }
    const Result<QSqlQuery> commit = exec(QStringLiteral("COMMIT"));
    if (!commit) {
        (void)exec(QStringLiteral("ROLLBACK"));
        return Error{commit.error().kind, Text::tr("Saving to the database failed: %1").arg(commit.error().message)};
    }
    return Done{};
}

QString Database::timestamp(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return {};
    return dateTime.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QDateTime Database::fromTimestamp(const QVariant &value)
{
    if (value.isNull())
        return {};
    return fromTimestamp(value.toString());
}

QDateTime Database::fromTimestamp(const QString &text)
{
    if (text.isEmpty())
        return {};
    // What timestamp() writes, yyyy-MM-ddTHH:mm:ss.zzzZ, read without a general parser: a page of
    // orders holds hundreds of them.
    if (text.size() == 24 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T' && text.at(13) == u':' &&
        text.at(16) == u':' && text.at(19) == u'.' && text.at(23) == u'Z') {
        bool ok = true;
        const auto number = [&](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i) {
                const char16_t c = text.at(i).unicode();
                ok = ok && c >= u'0' && c <= u'9';
                n = n * 10 + (c - u'0');
            }
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2), number(20, 3));
        if (ok && date.isValid() && time.isValid())
            return QDateTime(date, time, Qt::UTC);
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

namespace {

qint64 monotonicNs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.nsecsElapsed();
}

} // namespace

TimeBudget::TimeBudget(const Database &database, int milliseconds)
    : m_handle(database.sqliteHandle()), m_deadlineNs(monotonicNs() + qint64(milliseconds) * 1000000)
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 1000, &TimeBudget::check, this);
}

TimeBudget::~TimeBudget()
{
    if (m_handle)
        sqlite3_progress_handler(static_cast<sqlite3 *>(m_handle), 0, nullptr, nullptr);
}

int TimeBudget::check(void *budget)
{
    auto *self = static_cast<TimeBudget *>(budget);
    if (monotonicNs() > self->m_deadlineNs)
        self->m_exceeded = true;
    return self->m_exceeded ? 1 : 0;
}

} // namespace PayDesk::Storage
