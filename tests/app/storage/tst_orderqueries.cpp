// The orders view at any size: the order_totals summary stays exact through every write, search
// finds what is typed in every language by index, keyset paging walks every order once in every
// sort, and no view query's plan scans all the orders or sorts a large table.
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/orderrepository.h"
#include "app/storage/ordertotals.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/seed.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace Qt::StringLiterals;

class TestOrderQueries final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void summaryStaysExactThroughEveryWrite();
    void summaryAnswersLocalDaysAtEitherEdge();
    void searchFindsWhatIsTypedInEveryLanguage_data();
    void searchFindsWhatIsTypedInEveryLanguage();
    void keysetPagingWalksEveryOrderOnceInEverySort();
    void timeBudgetStopsAStatementAndOnlyWhileItLives();
    void viewQueriesUseIndexesNotScansOrSorts();

private:
    Order create(const QString &customer, const QStringList &items, const QString &currency, const QDateTime &at,
                 const QString &phone = {});
    Payment pay(const Order &order, int attempt, PaymentState state, qint64 refunded = 0);
    // Every order, with what a brute-force reading of them says.
    QList<OrderRow> everything() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC);
};

void TestOrderQueries::init()
{
    m_db.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    Result<std::unique_ptr<Database>> db = Database::open(m_dir->filePath(u"shop.db"_s));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
}

Order TestOrderQueries::create(const QString &customer, const QStringList &items, const QString &currency,
                               const QDateTime &at, const QString &phone)
{
    Order order;
    order.currency = currency;
    order.customerName = customer;
    order.customerPhone = phone;
    for (const QString &item : items)
        order.items << LineItem{item, 1, Money(Money::exponent(currency) == 0 ? 120 : 1250, currency)};
    Result<Order> created = OrderRepository(*m_db).create(order, at);
    if (!created)
        qFatal("create failed: %s", qPrintable(created.error().message));
    return *created;
}

Payment TestOrderQueries::pay(const Order &order, int attempt, PaymentState state, qint64 refunded)
{
    Payment p;
    p.orderId = order.id;
    p.attempt = attempt;
    p.lineOrderId = order.number + u'-' + QString::number(attempt);
    p.state = state;
    p.amount = *order.total();
    const bool paid =
        state == PaymentState::Captured || state == PaymentState::PartiallyRefunded || state == PaymentState::Refunded;
    p.captured = Money(paid ? p.amount.minorUnits() : 0, order.currency);
    p.refunded = Money(refunded, order.currency);
    p.created = p.updated = order.created.addSecs(30);
    if (!PaymentRepository(*m_db).insert(p))
        qFatal("insert failed");
    return p;
}

QList<OrderRow> TestOrderQueries::everything() const
{
    return *OrderQueries(*m_db).list({});
}

namespace {

struct Sums
{
    qint64 count = 0;
    QMap<QString, qint64> net;
    QMap<QString, qint64> captured;
};

bool matches(const OrderRow &r, const OrderFilter &f)
{
    return (!f.state || r.state == *f.state) && (!f.from.isValid() || r.created >= f.from) &&
           (!f.to.isValid() || r.created < f.to);
}

Sums bruteForce(const QList<OrderRow> &rows, const OrderFilter &f)
{
    Sums s;
    for (const OrderRow &r : rows) {
        if (!matches(r, f))
            continue;
        ++s.count;
        s.net[r.currency] += r.capturedMinor - r.refundedMinor;
        s.captured[r.currency] += r.capturedMinor;
    }
    return s;
}

QString compareWithQueries(const OrderQueries &queries, const QList<OrderRow> &rows, const OrderFilter &f)
{
    const Sums expected = bruteForce(rows, f);
    const Result<qint64> count = queries.count(f);
    if (!count || *count != expected.count)
        return u"count %1, expected %2"_s.arg(count ? *count : -1).arg(expected.count);
    const Result<QList<Money>> paid = queries.netPaid(f);
    if (!paid)
        return paid.error().message;
    QMap<QString, qint64> net;
    for (const Money &m : *paid)
        net[m.currency()] = m.minorUnits();
    QMap<QString, qint64> wanted;
    for (auto it = expected.net.cbegin(); it != expected.net.cend(); ++it) {
        if (expected.captured.value(it.key()) != 0)
            wanted[it.key()] = it.value();
    }
    if (net != wanted) {
        QString text = u"net paid"_s;
        for (auto it = net.cbegin(); it != net.cend(); ++it)
            text += u" %1 %2"_s.arg(it.key()).arg(it.value());
        text += u", expected"_s;
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
            text += u" %1 %2"_s.arg(it.key()).arg(it.value());
        return text;
    }
    return {};
}

} // namespace

void TestOrderQueries::summaryStaysExactThroughEveryWrite()
{
    QRandomGenerator random(20261129);
    const QStringList currencies{u"TWD"_s, u"THB"_s, u"USD"_s};
    const PaymentState finals[] = {PaymentState::Requested, PaymentState::Authorized, PaymentState::Captured,
                                   PaymentState::Cancelled, PaymentState::Expired,    PaymentState::Failed};
    for (int i = 0; i < 300; ++i) {
        const QDateTime at = m_now.addSecs(-qint64(random.bounded(10 * 86400)));
        const Order order = create(u"C%1"_s.arg(i), {u"Tea"_s}, currencies.at(random.bounded(3)), at);
        const int roll = random.bounded(10);
        if (roll == 0)
            continue; // a draft
        Payment p = pay(order, 1, finals[random.bounded(int(std::size(finals)))]);
        if (p.state == PaymentState::Captured && random.bounded(2) == 0) {
            // A partial refund, then maybe the rest.
            p.state = PaymentState::PartiallyRefunded;
            p.refunded = Money(p.captured.minorUnits() / 3, order.currency);
            p.updated = p.updated.addSecs(600);
            QVERIFY(PaymentRepository(*m_db).update(p).ok());
            if (random.bounded(2) == 0) {
                p.state = PaymentState::Refunded;
                p.refunded = p.captured;
                QVERIFY(PaymentRepository(*m_db).update(p).ok());
            }
        } else if (p.state == PaymentState::Authorized && random.bounded(2) == 0) {
            p.state = PaymentState::Voided;
            QVERIFY(PaymentRepository(*m_db).update(p).ok());
        } else if (p.state == PaymentState::Cancelled || p.state == PaymentState::Failed) {
            pay(order, 2, PaymentState::Captured); // a second attempt becomes the current payment
        }
    }
    // Another program removes a draft order: the summary follows.
    Result<QSqlQuery> draft = m_db->exec(u"SELECT id FROM orders WHERE state = 'DRAFT' LIMIT 1"_s);
    QVERIFY(draft && draft->next());
    const qint64 draftId = draft->value(0).toLongLong();
    QVERIFY(m_db->exec(u"DELETE FROM order_items WHERE order_id = ?"_s, {draftId}).ok());
    QVERIFY(m_db->exec(u"DELETE FROM orders WHERE id = ?"_s, {draftId}).ok());
    QCOMPARE(checkDerivedOrderData(*m_db), QString());

    const QList<OrderRow> rows = everything();
    QCOMPARE(rows.size(), 299);
    const OrderQueries queries(*m_db);
    QCOMPARE(compareWithQueries(queries, rows, {}), QString());
    for (PaymentState state : {PaymentState::Captured, PaymentState::PartiallyRefunded, PaymentState::Refunded,
                               PaymentState::Draft, PaymentState::Voided}) {
        OrderFilter f;
        f.state = state;
        QCOMPARE(compareWithQueries(queries, rows, f), QString());
    }
    // Random ranges, at any minute: whole UTC days from the summary, the edges from the orders.
    for (int i = 0; i < 60; ++i) {
        OrderFilter f;
        f.from = m_now.addSecs(-qint64(random.bounded(11 * 86400)));
        f.to = f.from.addSecs(qint64(random.bounded(4 * 86400)));
        if (i % 3 == 0)
            f.state = PaymentState::Captured;
        if (i % 5 == 0)
            f.to = QDateTime();
        if (i % 7 == 0)
            f.from = QDateTime();
        QCOMPARE(compareWithQueries(queries, rows, f), QString());
    }
    // A change made behind PayDesk's back is found by the check.
    QVERIFY(m_db->exec(u"UPDATE order_totals SET captured_minor = captured_minor + 1"
                       " WHERE day = (SELECT MAX(day) FROM order_totals)"_s)
                .ok());
    QVERIFY(checkDerivedOrderData(*m_db).contains(u"order totals"_s));
}

void TestOrderQueries::summaryAnswersLocalDaysAtEitherEdge()
{
    // Taipei's day (UTC+8) from 16:00 UTC to 16:00 UTC: two orders inside, one either side.
    const QDateTime from(QDate(2026, 11, 25), QTime(16, 0), Qt::UTC);
    const QDateTime to = from.addDays(1);
    pay(create(u"before"_s, {u"Tea"_s}, u"TWD"_s, from.addSecs(-1)), 1, PaymentState::Captured);
    pay(create(u"first"_s, {u"Tea"_s}, u"TWD"_s, from), 1, PaymentState::Captured);
    pay(create(u"last"_s, {u"Tea"_s}, u"TWD"_s, to.addMSecs(-1)), 1, PaymentState::Captured);
    pay(create(u"after"_s, {u"Tea"_s}, u"TWD"_s, to), 1, PaymentState::Captured);
    OrderFilter day;
    day.from = from;
    day.to = to;
    QCOMPARE(*OrderQueries(*m_db).count(day), qint64(2));
    QCOMPARE(OrderQueries(*m_db).netPaid(day)->value(0), Money(240, u"TWD"_s));
    day.state = PaymentState::Refunded;
    QCOMPARE(*OrderQueries(*m_db).count(day), qint64(0));
    QVERIFY(OrderQueries(*m_db).netPaid(day)->isEmpty());
}

void TestOrderQueries::searchFindsWhatIsTypedInEveryLanguage_data()
{
    QTest::addColumn<QString>("term");
    for (const char *term : {"奶茶",  "珍珠奶茶",      "陳",        "陳明", "明", "ชาไทย", "ไทย",
                             "ท",     "Emily",         "emily",     "em",   "y",  "ily T", "345-6",
                             "0912",  "PD-0000",       "PD-000001", "100%", "\"", "a\"b",  "_",
                             "Latte", "NO SUCH THING", "奶",        "茶 ",  " 林"})
        QTest::newRow(term) << QString::fromUtf8(term);
}

void TestOrderQueries::searchFindsWhatIsTypedInEveryLanguage()
{
    QFETCH(QString, term);
    create(u"陳明"_s, {u"珍珠奶茶"_s, u"蛋糕"_s}, u"TWD"_s, m_now, u"0912-345-678"_s);
    create(u"林"_s, {u"奶茶"_s}, u"TWD"_s, m_now);
    create(u"คุณสมชาย"_s, {u"ชาไทยเย็น"_s}, u"THB"_s, m_now, u"081-234-5678"_s);
    create(u"Emily Tan"_s, {u"Latte"_s, u"Cake 100%"_s}, u"USD"_s, m_now);
    create(u"Ann \"a\"b"_s, {u"ท"_s}, u"THB"_s, m_now);
    create(u""_s, {u"Green_tea"_s}, u"TWD"_s, m_now);
    create(u"Élodie Martin"_s, {u"Crêpe"_s}, u"USD"_s, m_now);
    for (int i = 0; i < 20; ++i)
        create(u"Someone %1"_s.arg(i), {u"Water"_s}, u"TWD"_s, m_now);
    // What a shop owner expects: the term anywhere in a number, name, phone or item, in any case.
    const QString wanted = term.trimmed().toLower();
    QSet<qint64> expected;
    for (const OrderRow &r : everything()) {
        const Result<Order> order = OrderRepository(*m_db).find(r.id);
        QVERIFY(order.ok());
        for (const QString &text : {order->number, order->customerName, order->customerPhone, r.itemsSummary}) {
            if (text.toLower().contains(wanted))
                expected.insert(r.id);
        }
    }
    OrderFilter filter;
    filter.search = term;
    const Result<QList<OrderRow>> listed = OrderQueries(*m_db).list(filter);
    QVERIFY(listed.ok());
    QSet<qint64> found;
    for (const OrderRow &r : *listed)
        found.insert(r.id);
    QCOMPARE(found, expected);
    QCOMPARE(*OrderQueries(*m_db).count(filter), qint64(expected.size()));
    // A page of it (a short term walks the orders first) holds the same orders.
    filter.limit = 200;
    const Result<QList<OrderRow>> page = OrderQueries(*m_db).list(filter);
    QVERIFY(page.ok());
    QSet<qint64> paged;
    for (const OrderRow &r : *page)
        paged.insert(r.id);
    QCOMPARE(paged, expected);
    filter.limit = -1;
    // Every text term is answered by the trigram index, never by reading every order.
    const QString plan = OrderQueries(*m_db).plan(filter);
    QVERIFY2(!plan.contains(QRegularExpression(u"SCAN o$"_s, QRegularExpression::MultilineOption)), qPrintable(plan));
}

void TestOrderQueries::keysetPagingWalksEveryOrderOnceInEverySort()
{
    m_db.reset();
    const QString file = m_dir->filePath(u"seeded.db"_s);
    QVERIFY(seedDatabase(file, 1500, 7, m_now).ok());
    Result<std::unique_ptr<Database>> db = Database::open(file);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const OrderQueries queries(*m_db);
    for (int sort = 0; sort <= int(OrderSort::Updated); ++sort) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            OrderFilter filter;
            filter.sort = OrderSort(sort);
            filter.order = order;
            if (sort % 3 == 1)
                filter.state = PaymentState::Captured;
            const Result<QList<OrderRow>> listed = queries.list(filter);
            QVERIFY(listed.ok());
            QList<qint64> all;
            for (const OrderRow &r : *listed)
                all << r.id;
            QList<qint64> paged;
            OrderFilter page = filter;
            page.limit = 97;
            for (;;) {
                const Result<QList<OrderRow>> listed = queries.list(page);
                QVERIFY2(listed.ok(), qPrintable(listed.ok() ? QString() : listed.error().message));
                const QList<OrderRow> &rows = *listed;
                for (const OrderRow &r : rows)
                    paged << r.id;
                if (rows.size() < page.limit)
                    break;
                OrderQueries::continueAfter(page, rows.last());
            }
            QVERIFY2(paged == all, qPrintable(u"sort %1, order %2"_s.arg(sort).arg(int(order))));
            QCOMPARE(qint64(all.size()), *queries.count(filter));
        }
    }
}

void TestOrderQueries::timeBudgetStopsAStatementAndOnlyWhileItLives()
{
    const QString slow = u"WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 50000000)"
                         " SELECT COUNT(*) FROM n"_s;
    {
        const TimeBudget budget(*m_db, 20);
        QElapsedTimer timer;
        timer.start();
        Result<QSqlQuery> q = m_db->exec(slow);
        QVERIFY(!q.ok() || !q->next());
        QVERIFY(budget.exceeded());
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }
    Result<QSqlQuery> q = m_db->exec(u"SELECT COUNT(*) FROM orders"_s);
    QVERIFY(q.ok() && q->next());
}

void TestOrderQueries::viewQueriesUseIndexesNotScansOrSorts()
{
    // A seeded shop with SQLite's statistics, as at any size: the plans follow the shares of
    // states, currencies and names, not the number of orders.
    m_db.reset();
    const QString file = m_dir->filePath(u"seeded.db"_s);
    QVERIFY(seedDatabase(file, 3000, 11, m_now).ok());
    Result<std::unique_ptr<Database>> db = Database::open(file);
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    const OrderQueries queries(*m_db);
    // A page may walk an index in the view's order (it stops at the page's end); a count or a sum
    // that walks a whole table or index reads every order.
    static const QRegularExpression tableScan(u"^SCAN (o|orders|p|payments)$"_s, QRegularExpression::MultilineOption);
    static const QRegularExpression anyScan(u"^SCAN (o|orders|p|payments)\\b"_s, QRegularExpression::MultilineOption);
    const auto check = [&](const OrderFilter &filter, OrderQueries::Query query, bool mayScan, bool maySort,
                           const QString &what) {
        const QString plan = queries.plan(filter, query);
        QVERIFY2(!plan.contains(u"error"_s, Qt::CaseInsensitive) && !plan.isEmpty(), qPrintable(what + u'\n' + plan));
        const QRegularExpression &fullScan = query == OrderQueries::Query::List ? tableScan : anyScan;
        QVERIFY2(mayScan || !plan.contains(fullScan), qPrintable(what + u" scans every order:\n"_s + plan));
        QVERIFY2(maySort || !plan.contains(u"TEMP B-TREE"_s), qPrintable(what + u" sorts a large table:\n"_s + plan));
    };
    std::optional<OrderRow> last = queries.list({})->value(100);
    for (int sort = 0; sort <= int(OrderSort::Updated); ++sort) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const std::optional<PaymentState> &state :
                 {std::optional<PaymentState>(), std::optional(PaymentState::Captured),
                  std::optional(PaymentState::InDoubt), std::optional(PaymentState::Requested)}) {
                OrderFilter page;
                page.sort = OrderSort(sort);
                page.order = order;
                page.state = state;
                page.limit = 200;
                const QString what =
                    u"sort %1 order %2 state %3"_s.arg(sort).arg(int(order)).arg(state ? stateName(*state) : u"all"_s);
                // By number, the table itself is the index: walking it in order is no full scan.
                const bool byNumber = page.sort == OrderSort::Number && !state;
                check(page, OrderQueries::Query::List, byNumber, false, what);
                OrderQueries::continueAfter(page, *last);
                check(page, OrderQueries::Query::List, false, false, what + u" (next page)"_s);
            }
        }
    }
    OrderFilter filter;
    // Net paid groups the summary's few rows a day by currency.
    check(filter, OrderQueries::Query::Count, false, false, u"count of all"_s);
    check(filter, OrderQueries::Query::NetPaid, false, true, u"net paid of all"_s);
    filter.state = PaymentState::Captured;
    check(filter, OrderQueries::Query::Count, false, false, u"count of one state"_s);
    check(filter, OrderQueries::Query::NetPaid, false, true, u"net paid of one state"_s);
    filter.from = m_now.addDays(-30).addSecs(7 * 3600);
    filter.to = m_now.addSecs(-3600);
    check(filter, OrderQueries::Query::Count, false, false, u"count of a range"_s);
    check(filter, OrderQueries::Query::NetPaid, false, true, u"net paid of a range"_s);
    filter.limit = 200;
    check(filter, OrderQueries::Query::List, false, false, u"a range by date"_s);
    OrderFilter needs;
    needs.needsAction = true;
    needs.now = m_now;
    check(needs, OrderQueries::Query::Count, false, false, u"count needing action"_s);
    // Their sums are grouped by currency once found.
    check(needs, OrderQueries::Query::NetPaid, false, true, u"net paid needing action"_s);
    needs.limit = 200;
    // The few orders that need action are sorted once found.
    check(needs, OrderQueries::Query::List, false, true, u"needing action"_s);
    for (const char *term :
         {"奶茶", "ชาไทย", "Emily", "陳", "PD-000123", "PD-000123-1", "4000000000000123456", "09", "zzzz"}) {
        OrderFilter search;
        search.search = QString::fromUtf8(term);
        check(search, OrderQueries::Query::Count, false, true, u"count of search "_s + search.search);
        check(search, OrderQueries::Query::NetPaid, false, true, u"net paid of search "_s + search.search);
        search.limit = 200;
        // A rare term's matches are found by index and sorted; a common one walks the sort index.
        check(search, OrderQueries::Query::List, false, true, u"search "_s + search.search);
    }
}

QTEST_GUILESS_MAIN(TestOrderQueries)
#include "tst_orderqueries.moc"
