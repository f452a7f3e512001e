// The orders model at size: pages by keyset as the view asks for more, counts on a thread of its
// own and drops the answer for a filter no longer shown, and a payment call reloads one row.
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/seed.h"
#include "ui/ordersmodel.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Ui;
using namespace Qt::StringLiterals;

class TestOrdersModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsNothingBeforeItsFilter();
    void pagesToTheEndInTheViewsOrder();
    void countsOffTheUiThreadAndDropsStaleAnswers();
    void aPaymentCallReloadsOneRow();
    void anOrderNotShownDeepInALongListRecountsOnly();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
};

void TestOrdersModel::initTestCase()
{
    const QString file = m_dir.filePath(u"shop.db"_s);
    QVERIFY(seedDatabase(file, 3500, 3, m_now).ok());
    Result<std::unique_ptr<Database>> db = Database::open(file);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

void TestOrdersModel::loadsNothingBeforeItsFilter()
{
    OrdersModel model(*m_db);
    model.sort(OrdersModel::Amount, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.canFetchMore({}));
}

void TestOrdersModel::pagesToTheEndInTheViewsOrder()
{
    OrdersModel model(*m_db);
    model.setFilter({});
    QCOMPARE(model.rowCount(), OrdersModel::kPageSize);
    model.sort(OrdersModel::Amount, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), OrdersModel::kPageSize);
    const QString firstCustomer = model.index(0, OrdersModel::Customer).data().toString();
    const QString firstNumber = model.index(0, OrdersModel::Number).data().toString();
    int pages = 1;
    while (model.canFetchMore({})) {
        model.fetchMore({});
        ++pages;
    }
    QCOMPARE(model.rowCount(), 3500);
    QCOMPARE(pages, 18); // seventeen full pages and a half one
    // Whole rows are kept for the last pages only; the first page is read again by id.
    QVERIFY2(model.cachedRows() <= OrdersModel::kCachedPages * OrdersModel::kPageSize,
             qPrintable(QString::number(model.cachedRows())));
    QSet<qint64> seen;
    qint64 previous = std::numeric_limits<qint64>::max();
    for (int row = 0; row < model.rowCount(); ++row) {
        seen.insert(model.orderIdAt(row));
        const qint64 amount =
            model.index(row, OrdersModel::Amount).data().toString().remove(u',').remove(u'.').toLongLong();
        QVERIFY2(amount <= previous, qPrintable(u"row %1"_s.arg(row)));
        previous = amount;
        QVERIFY(model.cachedRows() <= OrdersModel::kCachedPages * OrdersModel::kPageSize);
    }
    QCOMPARE(seen.size(), 3500);
    QCOMPARE(model.index(0, OrdersModel::Number).data().toString(), firstNumber);
    QCOMPARE(model.index(0, OrdersModel::Customer).data().toString(), firstCustomer);
}

void TestOrdersModel::countsOffTheUiThreadAndDropsStaleAnswers()
{
    OrdersModel model(*m_db);
    QList<qint64> shown;
    connect(&model, &OrdersModel::totalsChanged, this, [&] { shown << model.totalCount(); });
    OrderFilter captured;
    captured.state = PaymentState::Captured;
    OrderFilter failed;
    failed.state = PaymentState::Failed;
    const qint64 capturedCount = *OrderQueries(*m_db).count(captured);
    const qint64 failedCount = *OrderQueries(*m_db).count(failed);
    QVERIFY(capturedCount != failedCount);
    // Two filters before the event loop runs: only the last one's totals are shown.
    model.setFilter(captured);
    QCOMPARE(model.totalCount(), qint64(-1)); // counting, not blocking
    model.setFilter(failed);
    QTRY_COMPARE(model.totalCount(), failedCount);
    QTest::qWait(100);
    QVERIFY2(!shown.contains(capturedCount), qPrintable(u"a stale count was shown"_s));
    QCOMPARE(shown.last(), failedCount);
    QList<Money> expected = *OrderQueries(*m_db).netPaid(failed);
    QCOMPARE(model.netPaid(), expected);
}

void TestOrdersModel::aPaymentCallReloadsOneRow()
{
    OrdersModel model(*m_db);
    model.setFilter({});
    QTRY_VERIFY(model.totalCount() >= 0);
    const qint64 id = model.orderIdAt(3);
    Result<Payment> payment = PaymentRepository(*m_db).currentForOrder(id);
    QVERIFY(payment.ok());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(m_db->exec(u"UPDATE orders SET customer_name = 'Renamed' WHERE id = ?"_s, {id}).ok());
    model.refreshOrder(id);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(model.index(3, OrdersModel::Customer).data().toString(), u"Renamed"_s);
    QTRY_VERIFY(model.totalCount() >= 0);
}

void TestOrdersModel::anOrderNotShownDeepInALongListRecountsOnly()
{
    OrdersModel model(*m_db);
    OrderFilter captured;
    captured.state = PaymentState::Captured;
    model.setFilter(captured);
    while (model.rowCount() <= OrdersModel::kRereadLimit && model.canFetchMore({}))
        model.fetchMore({});
    QVERIFY(model.rowCount() > OrdersModel::kRereadLimit);
    QTRY_VERIFY(model.totalCount() >= 0);
    Result<QSqlQuery> other = m_db->exec(u"SELECT id FROM orders WHERE state = 'FAILED' LIMIT 1"_s);
    QVERIFY(other && other->next());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy totals(&model, &OrdersModel::totalsChanged);
    model.refreshOrder(other->value(0).toLongLong());
    QCOMPARE(resets.size(), 0);      // thousands of rows are not read again for one order
    QTRY_VERIFY(totals.size() >= 2); // counting, then counted
    QVERIFY(model.rowCount() > OrdersModel::kRereadLimit);
    // Another program wrote: the view reads its first rows again, not every row scrolled past.
    model.refresh();
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), OrdersModel::kRereadLimit);
    QVERIFY(model.canFetchMore({}));
}

QTEST_MAIN(TestOrdersModel)
#include "tst_ordersmodel.moc"
