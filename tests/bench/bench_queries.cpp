// Times what the window and the poller ask of a shop database, and prints the figures: the
// first page, the count and the totals of the orders view, searches, a state filter, today's
// takings and the poll's query. Run by script/bench on a seeded database.
#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>

#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/takings.h"

using namespace PayDesk;
using namespace PayDesk::Storage;

namespace {

template <typename Work> void measure(const char *what, Work work)
{
    // The best of three: the figure a warm cache gives, as in a window that is already open.
    qint64 best = -1;
    qint64 rows = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = work();
        const qint64 ns = timer.nsecsElapsed();
        best = best < 0 ? ns : qMin(best, ns);
    }
    std::printf("%-44s %10.1f ms  (%lld rows)\n", what, best / 1e6, static_cast<long long>(rows));
    std::fflush(stdout);
}

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
    const Database &db = **opened;
    const OrderQueries queries(db);
    OrderFilter page;
    page.limit = 200;
    measure("first page (200, newest first)", [&] { return qint64(queries.list(page)->size()); });
    measure("count of all orders", [&] { return *queries.count({}); });
    measure("net paid of all orders", [&] { return qint64(queries.netPaid({})->size()); });
    OrderFilter captured = page;
    captured.state = PaymentState::Captured;
    measure("first page of CAPTURED", [&] { return qint64(queries.list(captured)->size()); });
    measure("count of CAPTURED", [&] {
        OrderFilter f;
        f.state = PaymentState::Captured;
        return *queries.count(f);
    });
    OrderFilter byAmount = page;
    byAmount.sort = OrderSort::Amount;
    measure("first page sorted by amount", [&] { return qint64(queries.list(byAmount)->size()); });
    for (const char *term : {"PD-123456", "奶茶", "ชาไทย", "Emily", "4000000000000123456"}) {
        OrderFilter search = page;
        search.search = QString::fromUtf8(term);
        const QByteArray label = QByteArray("search ") + term;
        measure(label.constData(), [&] { return qint64(queries.list(search)->size()); });
    }
    OrderFilter waiting;
    waiting.state = PaymentState::Requested;
    measure("poll: payments waiting for a customer", [&] { return qint64(queries.list(waiting)->size()); });
    OrderFilter needs;
    needs.needsAction = true;
    needs.now = QDateTime::currentDateTimeUtc();
    measure("count of orders needing action", [&] { return *queries.count(needs); });
    const QDateTime midnight = QDateTime(QDate::currentDate(), QTime(0, 0));
    measure("today's takings",
            [&] { return qint64(Takings(db).between(midnight.toUTC(), midnight.addDays(1).toUTC())->size()); });
    return 0;
}
