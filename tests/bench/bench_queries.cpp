// Times what the window and the poller ask of a shop database and prints one Markdown table: for
// each query PayDesk's median (OrderQueries / Takings: Qt SQL, the search's look-up, rows made
// into OrderRow) against the median of the same statement run by SQLite alone (the C API, every
// column read), and their ratio. Run by script/bench on a seeded database.
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <functional>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/takings.h"

using namespace PayDesk;
using namespace PayDesk::Storage;

namespace {

constexpr int kRuns = 7;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// The same statement through SQLite alone: bound, stepped to the end, every column read as text.
qint64 runRaw(sqlite3 *db, const QString &sql, const QVariantList &values)
{
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(db, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
        std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
        std::exit(4);
    }
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        if (v.isNull())
            sqlite3_bind_null(statement, i + 1);
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            sqlite3_bind_int64(statement, i + 1, v.toLongLong());
        else {
            const QByteArray bytes = v.toString().toUtf8();
            sqlite3_bind_text(statement, i + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
        }
    }
    qint64 rows = 0;
    const int columns = sqlite3_column_count(statement);
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < columns; ++c)
            (void)sqlite3_column_text(statement, c);
        ++rows;
    }
    sqlite3_finalize(statement);
    return rows;
}

struct Bench
{
    const Database &db;
    sqlite3 *raw;
    OrderQueries queries{db};

    void header()
    {
        std::printf("| query | PayDesk (ms) | SQLite alone (ms) | ratio | rows |\n|---|---:|---:|---:|---:|\n");
    }

    // `ours` returns the rows it got; `reference` the statements SQLite alone may answer with: the
    // fastest one's median counts.
    void row(const QString &what, const std::function<qint64()> &ours,
             const std::function<QList<std::pair<QString, QVariantList>>()> &reference)
    {
        QList<double> mine;
        QList<QList<double>> theirs;
        qint64 rows = 0;
        for (int i = 0; i < kRuns; ++i) {
            QElapsedTimer timer;
            timer.start();
            rows = ours();
            mine << timer.nsecsElapsed() / 1e6;
            const QList<std::pair<QString, QVariantList>> statements = reference();
            theirs.resize(statements.size());
            for (int s = 0; s < statements.size(); ++s) {
                timer.restart();
                runRaw(raw, statements.at(s).first, statements.at(s).second);
                theirs[s] << timer.nsecsElapsed() / 1e6;
            }
        }
        const double m = median(mine);
        if (!theirs.isEmpty()) {
            double t = median(theirs.first());
            for (const QList<double> &times : std::as_const(theirs))
                t = std::min(t, median(times));
            std::printf("| %s | %.2f | %.2f | %.2f | %lld |\n", qPrintable(what), m, t, t > 0 ? m / t : 0.0,
                        static_cast<long long>(rows));
        } else {
            std::printf("| %s | %.2f | | | %lld |\n", qPrintable(what), m, static_cast<long long>(rows));
        }
        std::fflush(stdout);
    }

    void list(const QString &what, const OrderFilter &filter)
    {
        row(
            what, [&] { return qint64(queries.list(filter)->size()); }, [&] { return queries.listStatements(filter); });
    }
    void count(const QString &what, const OrderFilter &filter)
    {
        row(
            what, [&] { return *queries.count(filter); },
            [&] { return QList{queries.statement(filter, OrderQueries::Query::Count)}; });
    }
    void netPaid(const QString &what, const OrderFilter &filter)
    {
        row(
            what, [&] { return qint64(queries.netPaid(filter)->size()); },
            [&] { return QList{queries.statement(filter, OrderQueries::Query::NetPaid)}; });
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_queries DATABASE\n");
        return 2;
    }
    Result<std::unique_ptr<Database>> opened = Database::open(QString::fromLocal8Bit(argv[1]));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 4;
    }
    sqlite3 *raw = nullptr;
    if (sqlite3_open_v2(argv[1], &raw, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return 4;
    Bench b{**opened, raw};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate today = QDate::currentDate();
    b.header();

    OrderFilter page;
    page.limit = 200;
    b.list(QStringLiteral("first page (200), newest first"), page);
    static const char *const sortNames[] = {"number",   "created", "customer", "items",      "amount",
                                            "currency", "state",   "refunded", "last change"};
    for (int sort = 0; sort <= int(OrderSort::Updated); ++sort) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            OrderFilter sorted = page;
            sorted.sort = OrderSort(sort);
            sorted.order = order;
            b.list(QStringLiteral("first page by %1 %2")
                       .arg(QLatin1StringView(sortNames[sort]), order == Qt::AscendingOrder ? u"↑" : u"↓"),
                   sorted);
        }
    }
    OrderFilter deep = page;
    deep.limit = 1;
    deep.offset = 99999;
    const OrderRow anchor = b.queries.list(deep)->value(0);
    OrderFilter next = page;
    OrderQueries::continueAfter(next, anchor);
    b.list(QStringLiteral("the page after row 100,000 (keyset)"), next);
    for (PaymentState state : {PaymentState::Captured, PaymentState::Refunded, PaymentState::Authorized,
                               PaymentState::InDoubt, PaymentState::Requested}) {
        OrderFilter f = page;
        f.state = state;
        b.list(QStringLiteral("first page of %1").arg(stateName(state)), f);
        OrderFilter byAmount = f;
        byAmount.sort = OrderSort::Amount;
        b.list(QStringLiteral("first page of %1 by amount").arg(stateName(state)), byAmount);
    }
    OrderFilter needs = page;
    needs.needsAction = true;
    needs.now = now;
    b.list(QStringLiteral("first page needing action"), needs);
    OrderFilter month = page;
    month.from = today.addDays(-29).startOfDay().toUTC();
    month.to = today.addDays(1).startOfDay().toUTC();
    b.list(QStringLiteral("first page of the last 30 days"), month);
    OrderFilter year;
    year.from = QDate(today.year() - 1, 1, 1).startOfDay().toUTC();
    year.to = QDate(today.year(), 1, 1).startOfDay().toUTC();

    for (const auto &[what, filter] :
         QList<std::pair<QString, OrderFilter>>{{QStringLiteral("all orders"), OrderFilter{}},
                                                {QStringLiteral("CAPTURED"),
                                                 [] {
                                                     OrderFilter f;
                                                     f.state = PaymentState::Captured;
                                                     return f;
                                                 }()},
                                                {QStringLiteral("needing action"),
                                                 [&] {
                                                     OrderFilter f = needs;
                                                     f.limit = -1;
                                                     return f;
                                                 }()},
                                                {QStringLiteral("the last 30 days"),
                                                 [&] {
                                                     OrderFilter f = month;
                                                     f.limit = -1;
                                                     return f;
                                                 }()},
                                                {QStringLiteral("last year"), year}}) {
        b.count(QStringLiteral("count of ") + what, filter);
        b.netPaid(QStringLiteral("net paid of ") + what, filter);
    }

    // A whole transaction id that exists.
    OrderFilter anyPaid = page;
    anyPaid.state = PaymentState::Captured;
    anyPaid.limit = 1;
    anyPaid.offset = 5000;
    const qint64 transaction = b.queries.list(anyPaid)->value(0).transactionId;
    const QStringList terms{
        QStringLiteral("PD-123456"), QStringLiteral("PD-123456-1"),  QString::number(transaction),
        QStringLiteral("奶茶"),      QStringLiteral("ชาไทย"),        QStringLiteral("Emily"),
        QStringLiteral("陳"),        QStringLiteral("陳美玲"),       QStringLiteral("Olivia Nguyen"),
        QStringLiteral("0912-3"),    QStringLiteral("no such thing")};
    for (const QString &term : terms) {
        OrderFilter search = page;
        search.search = term;
        b.list(QStringLiteral("search \"%1\": first page").arg(term), search);
        search.limit = -1;
        b.count(QStringLiteral("search \"%1\": count").arg(term), search);
        b.netPaid(QStringLiteral("search \"%1\": net paid").arg(term), search);
    }
    // Typing, key by key: the first page for each prefix (the window waits for a pause, but each
    // prefix is timed here).
    for (const QString &typed : {QStringLiteral("PD-123456"), QStringLiteral("ชาไทย"), QStringLiteral("Emily")}) {
        for (int n = 1; n <= typed.size(); ++n) {
            OrderFilter search = page;
            search.search = typed.left(n);
            b.list(QStringLiteral("typing \"%1\"").arg(search.search), search);
        }
    }
    OrderFilter waiting;
    waiting.state = PaymentState::Requested;
    b.list(QStringLiteral("poll: payments waiting for a customer"), waiting);
    // As the poll asks: the next 20, in order.
    OrderFilter expired;
    expired.authorizationExpiredBy = now;
    expired.sort = OrderSort::Number;
    expired.order = Qt::AscendingOrder;
    expired.limit = 20;
    b.list(QStringLiteral("poll: the next 20 authorizations that expired"), expired);
    for (const auto &[what, from] : QList<std::pair<QString, QDate>>{
             {QStringLiteral("today's takings"), today}, {QStringLiteral("takings of 30 days"), today.addDays(-29)}}) {
        const QString start = Database::timestamp(from.startOfDay());
        const QString end = Database::timestamp(today.addDays(1).startOfDay());
        b.row(
            what,
            [&] { return qint64(Takings(b.db).between(from.startOfDay(), today.addDays(1).startOfDay())->size()); },
            [&] {
                return QList{std::pair{Takings::statement(), QVariantList{start, end, start, end}}};
            });
    }
    sqlite3_close(raw);
    return 0;
}
