#include <sys/stat.h>

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include "app/storage/audittrail.h"
#include "app/storage/backup.h"
#include "app/storage/database.h"
#include "app/storage/operationjournal.h"
#include "app/storage/orderdetails.h"
#include "app/storage/orderqueries.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "app/storage/takings.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace Qt::StringLiterals;

class TestRepositories final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void ordersGetNumbersAndKeepTheirItems();
    void findsOrdersByNumberOrLinePayOrderId();
    void paymentsKeepNineteenDigitIdsExact();
    void refundsBelongToTheirPayment();
    void paymentWritesAreConditionalOnTheVersionRead();
    void paymentWritesFollowTheStateTable();
    void onlyOneClaimWins();
    void statusChecksKeepTheFloorAcrossConnections();
    void journalListsWhatIsUnsettled();
    void orderDetailsReadTheOrderItsPaymentRefundsAndTimeline();
    void auditTrailIsPerOrder();
    void auditChainShowsWhereItWasTamperedWith_data();
    void auditChainShowsWhereItWasTamperedWith();
    void filesAreTheOwnersAloneWhateverTheUmask();
    void dailyBackupIsMadeOnceAndKeptForFourteenDays();
    void backupStopsWhenCancelledAndLeavesNoFile();
    void twoBackupsOfOneDayAtOnceBothSucceed();
    void queriesFilterSearchAndCount();
    void queriesSortAndPageStably();
    void needsActionFindsWhatTheOwnerMustDo();
    void netPaidIsCapturedLessRefundedPerCurrency();
    void takingsCountCapturesAndRefundsOnTheDayTheyHappened();
    void dataVersionMovesWhenAnotherConnectionWrites();

private:
    Order makeOrder(const QString &customer, const QString &item);
    Payment makePayment(const Order &order, PaymentState state);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
};

void TestRepositories::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(u"shop.db"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

namespace {

Order makeOrderValue()
{
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"Tea"_s, 1, Money(80, u"TWD"_s)}};
    return order;
}

} // namespace

Order TestRepositories::makeOrder(const QString &customer, const QString &item)
{
    Order order;
    order.currency = u"TWD"_s;
    order.customerName = customer;
    order.items = {{item, 2, Money(150, u"TWD"_s)}};
    Result<Order> created = OrderRepository(*m_db).create(order, m_now);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return *created;
}

Payment TestRepositories::makePayment(const Order &order, PaymentState state)
{
    Payment p;
    p.orderId = order.id;
    p.attempt = 1;
    p.lineOrderId = order.number + u"-1"_s;
    p.state = state;
    p.amount = *order.total();
    p.captured = Money(0, order.currency);
    p.refunded = Money(0, order.currency);
    p.created = p.updated = m_now;
    if (!PaymentRepository(*m_db).insert(p))
        qFatal("insert failed");
    return p;
}

void TestRepositories::ordersGetNumbersAndKeepTheirItems()
{
    const Order first = makeOrder(u"Ann"_s, u"Tea"_s);
    const Order second = makeOrder(u"Bo"_s, u"咖啡"_s);
    QCOMPARE(first.number, u"PD-000001"_s);
    QCOMPARE(second.number, u"PD-000002"_s);
    Result<Order> back = OrderRepository(*m_db).find(second.id);
    QVERIFY(back.ok());
    QCOMPARE(back->items.size(), 1);
    QCOMPARE(back->items[0].name, u"咖啡"_s);
    QCOMPARE(back->items[0].quantity, qint64(2));
    QCOMPARE(back->items[0].unitPrice, Money(150, u"TWD"_s));
    QCOMPARE(back->total()->minorUnits(), qint64(300));
    QCOMPARE(back->created, m_now);
}

void TestRepositories::findsOrdersByNumberOrLinePayOrderId()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    makePayment(order, PaymentState::Requested);
    QCOMPARE(OrderRepository(*m_db).findByReference(u"PD-000001"_s)->id, order.id);
    QCOMPARE(OrderRepository(*m_db).findByReference(u"PD-000001-1"_s)->id, order.id);
    QVERIFY(!OrderRepository(*m_db).findByReference(u"PD-999"_s).ok());
}

void TestRepositories::paymentsKeepNineteenDigitIdsExact()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    Payment p = makePayment(order, PaymentState::Requested);
    p.transactionId = (qint64(1) << 62) + 123456789;
    p.state = PaymentState::Authorized;
    p.authorizationExpiry = m_now.addDays(5);
    p.busyOperation = 3;
    QVERIFY(PaymentRepository(*m_db).update(p).ok());
    Result<Payment> back = PaymentRepository(*m_db).currentForOrder(order.id);
    QVERIFY(back.ok());
    QCOMPARE(back->transactionId, p.transactionId);
    QCOMPARE(back->state, PaymentState::Authorized);
    QCOMPARE(back->authorizationExpiry, p.authorizationExpiry);
    QCOMPARE(back->busyOperation, qint64(3));
    Result<QSqlQuery> q = m_db->exec(u"SELECT typeof(transaction_id), state FROM payments"_s);
    QVERIFY(q.ok() && q->next());
    QCOMPARE(q->value(0).toString(), u"integer"_s);
    Result<QSqlQuery> o = m_db->exec(u"SELECT state, current_payment_id FROM orders"_s);
    QVERIFY(o.ok() && o->next());
    QCOMPARE(o->value(0).toString(), u"AUTHORIZED"_s);
    QCOMPARE(o->value(1).toLongLong(), p.id);
}

void TestRepositories::refundsBelongToTheirPayment()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    const Payment p = makePayment(order, PaymentState::Captured);
    Refund r{0, p.id, std::numeric_limits<qint64>::max() - 1, Money(100, u"TWD"_s), u"broken cup"_s, m_now};
    QVERIFY(RefundRepository(*m_db).insert(r).ok());
    Refund duplicate = r;
    QVERIFY(!RefundRepository(*m_db).insert(duplicate).ok()); // one refund transaction, one row
    Result<QList<Refund>> list = RefundRepository(*m_db).forPayment(p.id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().refundTransactionId, std::numeric_limits<qint64>::max() - 1);
    QCOMPARE(list->first().amount, Money(100, u"TWD"_s));
    QCOMPARE(list->first().reason, u"broken cup"_s);
}

void TestRepositories::paymentWritesAreConditionalOnTheVersionRead()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    Payment p = makePayment(order, PaymentState::Authorized);
    Payment stale = *PaymentRepository(*m_db).find(p.id);
    Payment fresh = stale;
    fresh.state = PaymentState::Captured;
    QVERIFY(PaymentRepository(*m_db).update(fresh).ok());
    QCOMPARE(fresh.version, stale.version + 1);
    // A write based on what was read before the winner committed loses, and changes nothing.
    stale.state = PaymentState::Voided;
    const Result<Done> lost = PaymentRepository(*m_db).update(stale);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, Error::Kind::Conflict);
    QCOMPARE(PaymentRepository(*m_db).find(p.id)->state, PaymentState::Captured);
}

void TestRepositories::paymentWritesFollowTheStateTable()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    Payment p = makePayment(order, PaymentState::Authorized);
    p.state = PaymentState::Voided;
    QVERIFY(PaymentRepository(*m_db).update(p).ok());
    p.state = PaymentState::Captured; // nothing follows VOIDED
    const Result<Done> refused = PaymentRepository(*m_db).update(p);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Drift);
    QCOMPARE(PaymentRepository(*m_db).find(p.id)->state, PaymentState::Voided);
}

void TestRepositories::onlyOneClaimWins()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    const Payment read = makePayment(order, PaymentState::Captured);
    std::unique_ptr<Database> other = std::move(Database::open(m_db->path())).value();
    Payment first = read;
    Payment second = read;
    QVERIFY(PaymentRepository(*m_db).claim(first, 11, m_now).ok());
    const Result<Done> lost = PaymentRepository(*other).claim(second, 12, m_now);
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().kind, Error::Kind::Conflict);
    const Payment stored = *PaymentRepository(*m_db).find(read.id);
    QCOMPARE(stored.busyOperation, qint64(11));
    QCOMPARE(stored.state, PaymentState::InDoubt);
}

void TestRepositories::statusChecksKeepTheFloorAcrossConnections()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    const Payment p = makePayment(order, PaymentState::Requested);
    std::unique_ptr<Database> other = std::move(Database::open(m_db->path())).value();
    QCOMPARE(*PaymentRepository(*m_db).reserveCheck(p.id, m_now, 1000), true);
    QCOMPARE(*PaymentRepository(*other).reserveCheck(p.id, m_now.addMSecs(400), 1000), false);
    QCOMPARE(*PaymentRepository(*other).reserveCheck(p.id, m_now.addMSecs(1000), 1000), true);
    QCOMPARE(*PaymentRepository(*m_db).reserveCheck(p.id, m_now.addMSecs(1999), 1000), false);
}

void TestRepositories::orderDetailsReadTheOrderItsPaymentRefundsAndTimeline()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    const Database &readOnly = *m_db; // views read through a const database
    Result<OrderDetail> before = OrderDetails(readOnly).find(order.id);
    QVERIFY(before.ok());
    QVERIFY(!before->payment.has_value());
    const Payment p = makePayment(order, PaymentState::Captured);
    Refund r{0, p.id, 77, Money(100, u"TWD"_s), u"broken cup"_s, m_now, u"cli"_s, 0};
    QVERIFY(RefundRepository(*m_db).insert(r).ok());
    AuditEntry e{0, m_now, u"cli"_s, order.id, p.id, u"refund"_s, u"TWD 100 refunded (broken cup)"_s, u"0000"_s, {}};
    QVERIFY(AuditTrail(*m_db).record(e).ok());
    Result<OrderDetail> detail = OrderDetails(readOnly).findWithTimeline(order.id);
    QVERIFY(detail.ok());
    QCOMPARE(detail->order.number, order.number);
    QCOMPARE(detail->payment->id, p.id);
    QCOMPARE(detail->refunds.size(), 1);
    QCOMPARE(detail->refunds.first().reason, u"broken cup"_s);
    QCOMPARE(detail->refunds.first().actor, u"cli"_s);
    QCOMPARE(detail->timeline.size(), 1);
    QCOMPARE(detail->timeline.first().detail, u"TWD 100 refunded (broken cup)"_s);
    QVERIFY(!OrderDetails(readOnly).find(9999).ok());
}

void TestRepositories::journalListsWhatIsUnsettled()
{
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    const Payment p = makePayment(order, PaymentState::Captured);
    OperationJournal journal(*m_db);
    Operation sent{0,
                   p.id,
                   MoneyCallKind::Refund,
                   Operation::Status::Sent,
                   u"/v3/payments/1/refund"_s,
                   "{\"refundAmount\":100}",
                   PaymentState::Captured,
                   100};
    sent.created = sent.updated = m_now;
    Operation done = sent;
    done.status = Operation::Status::Done;
    QVERIFY(journal.append(sent).ok());
    QVERIFY(journal.append(done).ok());
    Result<QList<Operation>> open = journal.unsettled();
    QVERIFY(open.ok());
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().id, sent.id);
    QCOMPARE(open->first().requestBody, QByteArray("{\"refundAmount\":100}"));
    QCOMPARE(open->first().stateBefore, PaymentState::Captured);
    sent.status = Operation::Status::Settled;
    QVERIFY(journal.update(sent, Operation::Status::Sent).ok());
    QCOMPARE(journal.unsettled()->size(), 0);
    // Settling is conditional on what was read: a second settlement of the same call loses.
    const Result<Done> again = journal.update(sent, Operation::Status::Sent);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::Conflict);
}

void TestRepositories::auditChainShowsWhereItWasTamperedWith_data()
{
    QTest::addColumn<QStringList>("tampering");
    QTest::addColumn<qint64>("brokenEntry");
    QTest::addColumn<QString>("says");
    QTest::newRow("intact") << QStringList() << qint64(0) << QString();
    QTest::newRow("edited") << QStringList{u"UPDATE audit SET detail = 'refunded TWD 1' WHERE id = 3"_s} << qint64(3)
                            << u"Audit entry 3 was changed after it was written."_s;
    QTest::newRow("edited actor") << QStringList{u"UPDATE audit SET actor = 'owner' WHERE id = 2"_s} << qint64(2)
                                  << u"Audit entry 2 was changed after it was written."_s;
    QTest::newRow("deleted") << QStringList{u"DELETE FROM audit WHERE id = 2"_s} << qint64(2)
                             << u"Audit entry 2 is missing: the trail goes from entry 1 to entry 3."_s;
    QTest::newRow("deleted first") << QStringList{u"DELETE FROM audit WHERE id = 1"_s} << qint64(1)
                                   << u"Audit entry 1 is missing: the trail starts at entry 2."_s;
    QTest::newRow("deleted last")
        << QStringList{u"DELETE FROM audit WHERE id = 5"_s} << qint64(5)
        << u"Audit entry 5 is missing: the trail ends at entry 4, but 5 entries were written."_s;
    QTest::newRow("inserted at the end")
        << QStringList{u"INSERT INTO audit (id, at, actor, action, prev_hash, hash) SELECT 6, at, 'owner', 'refund', "
                       "hash, hash FROM audit WHERE id = 5"_s}
        << qint64(6) << u"Audit entry 6 was changed after it was written."_s;
    QTest::newRow("inserted in the middle")
        << QStringList{u"UPDATE audit SET id = id + 10 WHERE id >= 3"_s,
                       u"UPDATE audit SET id = id - 9 WHERE id >= 13"_s,
                       u"INSERT INTO audit (id, at, actor, action, prev_hash, hash) SELECT 3, at, 'owner', 'refund', "
                       "hash, hash FROM audit WHERE id = 2"_s}
        << qint64(3) << u"Audit entry 3 was changed after it was written."_s;
    QTest::newRow("swapped")
        << QStringList{u"UPDATE audit SET id = -1 WHERE id = 2"_s, u"UPDATE audit SET id = 2 WHERE id = 3"_s,
                       u"UPDATE audit SET id = 3 WHERE id = -1"_s}
        << qint64(2)
        << u"Audit entry 2 does not follow the entry before it: entries were inserted, removed or swapped "
           "there."_s;
    QTest::newRow("rehashed edit") << QStringList{u"UPDATE audit SET detail = 'x', hash = prev_hash WHERE id = 4"_s}
                                   << qint64(4) << u"Audit entry 4 was changed after it was written."_s;
}

void TestRepositories::auditChainShowsWhereItWasTamperedWith()
{
    QFETCH(QStringList, tampering);
    QFETCH(qint64, brokenEntry);
    QFETCH(QString, says);
    const Order order = makeOrder(u"Ann"_s, u"Tea"_s);
    for (int i = 1; i <= 5; ++i) {
        AuditEntry e{0,         m_now.addSecs(i), u"cli"_s, order.id, 0, u"refund"_s, u"refunded TWD %1"_s.arg(i * 10),
                     u"0000"_s, u"Success."_s};
        QVERIFY(AuditTrail(*m_db).record(e).ok());
        QCOMPARE(e.id, qint64(i));
    }
    for (const QString &sql : std::as_const(tampering))
        QVERIFY2(m_db->exec(sql).ok(), qPrintable(sql));
    const Result<AuditCheck> check = verifyAuditTrail(*m_db);
    QVERIFY(check.ok());
    QCOMPARE(check->intact, brokenEntry == 0);
    QCOMPARE(check->brokenEntry, brokenEntry);
    QCOMPARE(check->problem, says);
    if (brokenEntry == 0)
        QCOMPARE(check->entries, qint64(5));
}

void TestRepositories::filesAreTheOwnersAloneWhateverTheUmask()
{
    const mode_t before = ::umask(022);
    const QString path = m_dir->filePath(u"new.db"_s);
    {
        Result<std::unique_ptr<Database>> db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(OrderRepository(**db).create(makeOrderValue(), m_now).ok());
        for (const QString &file : QStringList{path, path + u"-wal"_s, path + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(QFileInfo(file).permissions() & 0x7777,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
        }
        QVERIFY((*db)->readableByOthersWarning().isEmpty());
    }
    // An existing database that others can read is named, with the way to fix it.
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                            QFileDevice::ReadOther));
    Result<std::unique_ptr<Database>> db = Database::open(path);
    QVERIFY(db.ok());
    QVERIFY((*db)->readableByOthers());
    QCOMPARE((*db)->readableByOthersWarning(),
             u"Other users of this computer can read the shop database %1, with its customers and payments. Make it "
             "yours alone: chmod 600 \"%1\""_s.arg(path));
    ::umask(before);
}

void TestRepositories::dailyBackupIsMadeOnceAndKeptForFourteenDays()
{
    makeOrder(u"Ann"_s, u"Tea"_s);
    const QDate today(2026, 11, 29);
    const QString folder = m_dir->filePath(u"backups"_s);
    QVERIFY(QDir().mkpath(folder));
    for (int age : {20, 14, 13, 1}) {
        QFile old(folder + u"/shop-"_s + today.addDays(-age).toString(Qt::ISODate) + u".db"_s);
        QVERIFY(old.open(QIODevice::WriteOnly));
    }
    QFile other(folder + u"/notes.txt"_s);
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    const Result<QString> made = dailyBackup(*m_db, today);
    QVERIFY(made.ok());
    QCOMPARE(*made, folder + u"/shop-2026-11-29.db"_s);
    QVERIFY(checkDatabaseFile(*made).ok);
    QCOMPARE(checkDatabaseFile(*made).orders, qint64(1));
    QCOMPARE(QDir(folder).entryList(QDir::Files),
             (QStringList{u"notes.txt"_s, u"shop-2026-11-16.db"_s, u"shop-2026-11-28.db"_s, u"shop-2026-11-29.db"_s}));
    // Once a day: a second start on the same day makes none.
    QCOMPARE(dailyBackup(*m_db, today).value(), QString());
}

void TestRepositories::backupStopsWhenCancelledAndLeavesNoFile()
{
    makeOrder(u"Ann"_s, u"Tea"_s);
    const QString file = m_dir->filePath(u"stopped.db"_s);
    std::atomic<bool> cancel = true; // the window closes while its start-up backup runs
    const Status stopped = backupDatabase(*m_db, file, &cancel);
    QVERIFY(!stopped.ok());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(QDir(m_dir->path()).entryList({u"stopped.db*"_s}), QStringList());
    cancel = false;
    QVERIFY(backupDatabase(*m_db, file, &cancel).ok());
    QVERIFY(checkDatabaseFile(file).ok);
}

void TestRepositories::twoBackupsOfOneDayAtOnceBothSucceed()
{
    // Two PayDesks on one database make the same day's backup at the same moment.
    for (int i = 0; i < 200; ++i)
        makeOrder(u"Ann"_s, u"Tea"_s);
    const QString file = m_dir->filePath(u"backups/shop-2026-11-29.db"_s);
    for (int round = 0; round < 5; ++round) {
        QFile::remove(file);
        std::atomic<int> failures = 0;
        QList<QThread *> threads;
        for (int t = 0; t < 2; ++t) {
            threads << QThread::create([this, file, &failures] {
                Result<std::unique_ptr<Database>> db = Database::open(m_db->path());
                if (!db || !backupDatabase(**db, file))
                    ++failures;
            });
        }
        for (QThread *thread : std::as_const(threads))
            thread->start();
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        QCOMPARE(failures.load(), 0);
        QVERIFY(checkDatabaseFile(file).ok);
    }
    QCOMPARE(QDir(m_dir->filePath(u"backups"_s)).entryList(QDir::Files), QStringList{u"shop-2026-11-29.db"_s});
}

void TestRepositories::auditTrailIsPerOrder()
{
    const Order a = makeOrder(u"Ann"_s, u"Tea"_s);
    const Order b = makeOrder(u"Bo"_s, u"Cake"_s);
    AuditTrail audit(*m_db);
    AuditEntry e1{0, m_now, u"owner"_s, a.id, 0, u"create"_s, u"2 × Tea"_s, {}, {}};
    AuditEntry e2{0, m_now, u"cli"_s, b.id, 0, u"request"_s, {}, u"0000"_s, u"Success."_s};
    QVERIFY(audit.record(e1).ok());
    QVERIFY(audit.record(e2).ok());
    Result<QList<AuditEntry>> list = audit.forOrder(b.id);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().returnCode, u"0000"_s);
    QCOMPARE(list->first().actor, u"cli"_s);
}

void TestRepositories::queriesFilterSearchAndCount()
{
    const Order a = makeOrder(u"Ann"_s, u"Green tea"_s);
    const Order b = makeOrder(u"Bo"_s, u"Cake 100%"_s);
    makeOrder(u"Cy"_s, u"Cake"_s);
    Payment pb = makePayment(b, PaymentState::Captured);
    pb.transactionId = 2023042201206549310;
    QVERIFY(PaymentRepository(*m_db).update(pb).ok());
    OrderQueries queries(*m_db);
    QCOMPARE(*queries.count({}), qint64(3));
    QCOMPARE(*queries.count({PaymentState::Captured}), qint64(1));
    QCOMPARE(*queries.count({PaymentState::Draft}), qint64(2));
    OrderFilter search;
    search.search = u"cake"_s;
    QCOMPARE(*queries.count(search), qint64(2));
    search.search = u"100%"_s;
    QCOMPARE(*queries.count(search), qint64(1));
    search.search = u"2023042201206549310"_s;
    Result<QList<OrderRow>> rows = queries.list(search);
    QVERIFY(rows.ok());
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().number, b.number);
    QCOMPARE(rows->first().transactionId, qint64(2023042201206549310));
    search.search = b.number + u"-1"_s;
    QCOMPARE(*queries.count(search), qint64(1));
    search.search = b.number;
    QCOMPARE(queries.list(search)->first().id, b.id);
    search.search = u"PD-00"_s; // part of a number: searched inside numbers
    QVERIFY(*queries.count(search) >= 2);
    // A whole order number, LINE Pay orderId or transactionId is found by an index, never by
    // reading every order.
    for (const QString &whole : QStringList{b.number, b.number + u"-1"_s, u"2023042201206549310"_s}) {
        OrderFilter exact;
        exact.search = whole;
        exact.limit = 200;
        QVERIFY2(queries.plan(exact).contains(u"USING"_s) && !queries.plan(exact).contains(u"SCAN o"_s),
                 qPrintable(whole + u": "_s + queries.plan(exact)));
    }
    OrderFilter page;
    page.limit = 2;
    QCOMPARE(queries.list(page)->size(), 2);
    Q_UNUSED(a);
}

void TestRepositories::queriesSortAndPageStably()
{
    for (const QString &name : {u"Cy"_s, u"Ann"_s, u"Bo"_s})
        makeOrder(name, u"Tea"_s); // same created time: the id breaks ties
    OrderQueries queries(*m_db);
    OrderFilter filter;
    filter.sort = OrderSort::Customer;
    filter.order = Qt::AscendingOrder;
    QStringList names;
    const QList<OrderRow> rows = *queries.list(filter);
    for (const OrderRow &r : rows)
        names << r.customerName;
    QCOMPARE(names, (QStringList{u"Ann"_s, u"Bo"_s, u"Cy"_s}));
    filter.sort = OrderSort::Number;
    filter.order = Qt::DescendingOrder;
    filter.limit = 2;
    QCOMPARE(queries.list(filter)->first().number, u"PD-000003"_s);
    filter.offset = 2;
    QCOMPARE(queries.list(filter)->size(), 1);
    QCOMPARE(queries.list(filter)->first().number, u"PD-000001"_s);
}

void TestRepositories::needsActionFindsWhatTheOwnerMustDo()
{
    const Order authenticated = makeOrder(u"A"_s, u"Tea"_s);
    makePayment(authenticated, PaymentState::Authenticated);
    const Order doubtful = makeOrder(u"B"_s, u"Tea"_s);
    makePayment(doubtful, PaymentState::InDoubt);
    const Order expiring = makeOrder(u"C"_s, u"Tea"_s);
    Payment p = makePayment(expiring, PaymentState::Authorized);
    p.authorizationExpiry = m_now.addSecs(3600);
    QVERIFY(PaymentRepository(*m_db).update(p).ok());
    const Order later = makeOrder(u"D"_s, u"Tea"_s);
    Payment q = makePayment(later, PaymentState::Authorized);
    q.authorizationExpiry = m_now.addDays(5);
    QVERIFY(PaymentRepository(*m_db).update(q).ok());
    makePayment(makeOrder(u"E"_s, u"Tea"_s), PaymentState::Captured);
    OrderFilter filter;
    filter.needsAction = true;
    filter.now = m_now;
    QCOMPARE(*OrderQueries(*m_db).count(filter), qint64(3));
}

void TestRepositories::takingsCountCapturesAndRefundsOnTheDayTheyHappened()
{
    // Yesterday: an order paid 300, refunded 100 today. Today: one paid 300 and refunded 50,
    // one authorized and captured 200 of 300, one only requested, and a THB payment.
    const QDateTime yesterday = m_now.addDays(-1);
    const auto pay = [this](const Order &order, qint64 captured, const QDateTime &at, const QString &currency) {
        Payment p = makePayment(order, PaymentState::Authenticated);
        p.state = PaymentState::Captured;
        p.captured = Money(captured, currency);
        p.updated = at;
        if (!PaymentRepository(*m_db).update(p))
            qFatal("capture failed");
        return p;
    };
    const auto refund = [this](Payment &p, qint64 amount, const QDateTime &at, qint64 id) {
        Refund r{0, p.id, id, Money(amount, p.amount.currency()), u"r"_s, at, u"owner"_s, 0};
        QVERIFY(RefundRepository(*m_db).insert(r).ok());
        p.refunded = Money(p.refunded.minorUnits() + amount, p.amount.currency());
        p.state = PaymentState::PartiallyRefunded;
        p.updated = at;
        QVERIFY(PaymentRepository(*m_db).update(p).ok());
    };
    Payment old = pay(makeOrder(u"A"_s, u"Tea"_s), 300, yesterday, u"TWD"_s);
    refund(old, 100, m_now.addSecs(60), 9000000000000000001);
    Payment today = pay(makeOrder(u"B"_s, u"Tea"_s), 300, m_now, u"TWD"_s);
    refund(today, 50, m_now.addSecs(120), 9000000000000000002);
    Payment part = pay(makeOrder(u"C"_s, u"Tea"_s), 200, m_now.addSecs(30), u"TWD"_s);
    // A later write (a refund) keeps the time the money was captured.
    refund(part, 10, m_now.addSecs(180), 9000000000000000003);
    makePayment(makeOrder(u"D"_s, u"Tea"_s), PaymentState::Requested);
    Order thbOrder;
    thbOrder.currency = u"THB"_s;
    thbOrder.items = {{u"Tea"_s, 1, Money(1250, u"THB"_s)}};
    thbOrder = *OrderRepository(*m_db).create(thbOrder, m_now);
    pay(thbOrder, 1250, m_now.addSecs(300), u"THB"_s);

    const QDateTime from = QDateTime(m_now.date(), QTime(0, 0), Qt::UTC);
    const Result<QList<CurrencyTakings>> day = Takings(*m_db).between(from, from.addDays(1));
    QVERIFY(day.ok());
    QCOMPARE(day->size(), 2);
    QCOMPARE(day->at(0).currency, u"THB"_s);
    QCOMPARE(day->at(0).captured, Money(1250, u"THB"_s));
    QCOMPARE(day->at(0).refunds, qint64(0));
    const CurrencyTakings &twd = day->at(1);
    QCOMPARE(twd.captured, Money(500, u"TWD"_s));
    QCOMPARE(twd.captures, qint64(2));
    QCOMPARE(twd.refunded, Money(160, u"TWD"_s));
    QCOMPARE(twd.refunds, qint64(3));
    QCOMPARE(twd.net(), Money(340, u"TWD"_s));
    // The same figures by plain SQL over the stored times.
    const auto sum = [this](const QString &sql) {
        Result<QSqlQuery> q = m_db->exec(sql);
        return q && q->next() ? q->value(0).toLongLong() : -1;
    };
    QCOMPARE(twd.captured.minorUnits(),
             sum(u"SELECT SUM(captured_minor) FROM payments WHERE currency = 'TWD' AND substr(captured_at, 1, 10) = "
                 "'2026-11-27'"_s));
    QCOMPARE(twd.refunded.minorUnits(),
             sum(u"SELECT SUM(amount_minor) FROM refunds WHERE substr(created_at, 1, 10) = '2026-11-27'"_s));
    const Result<QList<CurrencyTakings>> before = Takings(*m_db).between(from.addDays(-1), from);
    QVERIFY(before.ok());
    QCOMPARE(before->size(), 1);
    QCOMPARE(before->at(0).captured, Money(300, u"TWD"_s));
    QCOMPARE(before->at(0).refunded, Money(0, u"TWD"_s));
}

void TestRepositories::netPaidIsCapturedLessRefundedPerCurrency()
{
    // A paid order of 130 with 50 refunded, and an unpaid order of 80: net paid is TWD 80.
    const Order paid = makeOrder(u"A"_s, u"Tea"_s);
    Payment p = makePayment(paid, PaymentState::PartiallyRefunded);
    p.captured = Money(130, u"TWD"_s);
    p.refunded = Money(50, u"TWD"_s);
    QVERIFY(PaymentRepository(*m_db).update(p).ok());
    const Order unpaid = makeOrder(u"B"_s, u"Cake"_s);
    makePayment(unpaid, PaymentState::Requested);
    Order thb;
    thb.currency = u"THB"_s;
    thb.items = {{u"Tea"_s, 1, Money(1250, u"THB"_s)}};
    QVERIFY(OrderRepository(*m_db).create(thb, m_now).ok()); // nothing paid in THB
    QCOMPARE(*OrderQueries(*m_db).netPaid({}), (QList<Money>{Money(80, u"TWD"_s)}));
}

void TestRepositories::dataVersionMovesWhenAnotherConnectionWrites()
{
    const qint64 before = m_db->dataVersion();
    makeOrder(u"A"_s, u"Tea"_s);
    QCOMPARE(m_db->dataVersion(), before); // own writes are announced by signals instead
    Result<std::unique_ptr<Database>> other = Database::open(m_db->path());
    QVERIFY(other.ok());
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"Cake"_s, 1, Money(60, u"TWD"_s)}};
    QVERIFY(OrderRepository(**other).create(order, m_now).ok());
    QVERIFY(m_db->dataVersion() != before);
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
