#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/ordertotals.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace Qt::StringLiterals;

class TestDatabase final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void createsTheCurrentSchemaInWalMode();
    void upgradesAVersionOneDatabaseKeepingItsData();
    void failedUpgradeRollsBackToTheOldVersion();
    void refusesADatabaseFromANewerVersion();
    void refusesAFileThatIsNotADatabase();
    void transactionRollsBackWhenWorkFails();

private:
    QString dbPath() const { return m_dir->filePath(u"shop.db"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    Result<QSqlQuery> q = db.exec(sql);
    if (!q || !q->next())
        return {};
    return q->value(0);
}

} // namespace

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::createsTheCurrentSchemaInWalMode()
{
    Result<std::unique_ptr<Database>> db = Database::open(dbPath());
    QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
    QCOMPARE((*db)->schemaVersion(), Database::kSchemaVersion);
    QCOMPARE(scalar(**db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(
        scalar(**db, u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'orders_state_created'"_s)
            .toInt(),
        1);
}

void TestDatabase::upgradesAVersionOneDatabaseKeepingItsData()
{
    {
        Result<std::unique_ptr<Database>> v1 = Database::open(dbPath(), 1);
        QVERIFY(v1.ok());
        QCOMPARE((*v1)->schemaVersion(), 1);
        Database &db = **v1;
        QVERIFY(db.exec(u"INSERT INTO orders (id, number, created_at, currency, total_minor) VALUES (1, 'PD-000001', "
                        "'2026-01-01T10:00:00.000Z', 'TWD', 300)"_s)
                    .ok());
        QVERIFY(
            db.exec(
                  u"INSERT INTO payments (id, order_id, attempt, line_order_id, transaction_id, state, authorize_only, "
                  "currency, amount_minor, captured_minor, refunded_minor, created_at, updated_at) VALUES (7, 1, 1, "
                  "'PD-000001-1', 9223372036854775000, 'PARTIALLY_REFUNDED', 0, 'TWD', 300, 300, 100, "
                  "'2026-01-01T10:00:00.000Z', '2026-01-02T10:00:00.000Z')"_s)
                .ok());
        QVERIFY(db.exec(u"INSERT INTO audit (at, actor, order_id, payment_id, action) VALUES "
                        "('2026-01-01T10:05:00.000Z', 'owner', 1, 7, 'confirm')"_s)
                    .ok());
        QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM pragma_table_info('orders') WHERE name = 'state'"_s).toInt(), 0);
    }
    Result<std::unique_ptr<Database>> upgraded = Database::open(dbPath());
    QVERIFY(upgraded.ok());
    Database &db = **upgraded;
    QCOMPARE(db.schemaVersion(), Database::kSchemaVersion);
    Result<QSqlQuery> q =
        db.exec(u"SELECT state, refunded_minor, updated_at, current_payment_id FROM orders WHERE id = 1"_s);
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(q->value(1).toLongLong(), qint64(100));
    QCOMPARE(q->value(2).toString(), u"2026-01-02T10:00:00.000Z"_s);
    QCOMPARE(q->value(3).toLongLong(), qint64(7));
    QCOMPARE(scalar(db, u"SELECT transaction_id FROM payments WHERE id = 7"_s).toLongLong(),
             qint64(9223372036854775000));
    QCOMPARE(scalar(db, u"SELECT typeof(transaction_id) FROM payments WHERE id = 7"_s).toString(), u"integer"_s);
    // The capture is dated by the confirmation in the audit trail, not by the later refund.
    QCOMPARE(scalar(db, u"SELECT captured_at FROM payments WHERE id = 7"_s).toString(), u"2026-01-01T10:05:00.000Z"_s);
    // The order's copy of what was captured, the summary and the search index are made from the
    // orders already there.
    QCOMPARE(scalar(db, u"SELECT captured_minor FROM orders WHERE id = 1"_s).toLongLong(), qint64(300));
    QCOMPARE(checkDerivedOrderData(db), QString());
    OrderFilter day;
    day.from = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    day.to = day.from.addDays(1);
    QCOMPARE(*OrderQueries(db).count(day), qint64(1));
    QCOMPARE(OrderQueries(db).netPaid(day)->value(0), Money(200, u"TWD"_s));
    day.search = u"000001"_s;
    QCOMPARE(*OrderQueries(db).count(day), qint64(1));
}

void TestDatabase::failedUpgradeRollsBackToTheOldVersion()
{
    {
        Result<std::unique_ptr<Database>> v1 = Database::open(dbPath(), 1);
        QVERIFY(v1.ok());
        // A table with the name of an index of step 2 makes that step fail half-way.
        QVERIFY((*v1)->exec(u"CREATE TABLE orders_created (x)"_s).ok());
        QVERIFY(
            (*v1)
                ->exec(
                    u"INSERT INTO orders (number, created_at, currency, total_minor) VALUES ('PD-1', 'x', 'TWD', 1)"_s)
                .ok());
    }
    Result<std::unique_ptr<Database>> failed = Database::open(dbPath());
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().kind, Error::Kind::Storage);
    QVERIFY(failed.error().message.contains(u"version 1"_s));

    Result<std::unique_ptr<Database>> v1 = Database::open(dbPath(), 1);
    QVERIFY(v1.ok());
    QCOMPARE((*v1)->schemaVersion(), 1);
    QCOMPARE(scalar(**v1, u"SELECT COUNT(*) FROM pragma_table_info('orders') WHERE name = 'state'"_s).toInt(), 0);
    QCOMPARE(scalar(**v1, u"SELECT COUNT(*) FROM orders"_s).toInt(), 1);
}

void TestDatabase::refusesADatabaseFromANewerVersion()
{
    {
        Result<std::unique_ptr<Database>> db = Database::open(dbPath());
        QVERIFY(db.ok());
        QVERIFY((*db)->exec(u"UPDATE schema_meta SET value = '99' WHERE key = 'version'"_s).ok());
    }
    Result<std::unique_ptr<Database>> db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QVERIFY(db.error().message.contains(u"newer"_s));
}

void TestDatabase::refusesAFileThatIsNotADatabase()
{
    QFile file(dbPath());
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray junk(8192, 'x');
    file.write(junk);
    file.close();
    Result<std::unique_ptr<Database>> db = Database::open(dbPath());
    QVERIFY(!db.ok());
    QCOMPARE(db.error().kind, Error::Kind::Storage);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), junk); // nothing was written into the damaged file
}

void TestDatabase::transactionRollsBackWhenWorkFails()
{
    Result<std::unique_ptr<Database>> opened = Database::open(dbPath());
    QVERIFY(opened.ok());
    Database &db = **opened;
    const Status status = db.transaction([&]() -> Status {
        if (!db.exec(
                u"INSERT INTO orders (number, created_at, currency, total_minor) VALUES ('PD-1', 'x', 'TWD', 1)"_s))
            return storageError(u"insert"_s);
        return db.transaction([]() -> Status { return badInput(u"refused half-way"_s); });
    });
    QVERIFY(!status.ok());
    QCOMPARE(status.error().message, u"refused half-way"_s);
    QCOMPARE(scalar(db, u"SELECT COUNT(*) FROM orders"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
