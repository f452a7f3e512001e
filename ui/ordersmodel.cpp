#include "ui/ordersmodel.h"

#include <QColor>
#include <QLocale>
#include <QMutex>
#include <QThread>

#include "app/reports/localeformat.h"

namespace PayDesk::Ui {

using namespace PayDesk::Storage;

// Counts and sums the orders of a filter on its own connection, in its own thread.
class TotalsCounter final : public QObject
{
    Q_OBJECT

public:
    explicit TotalsCounter(QString path) : m_path(std::move(path)) {}

    // From any thread: stops the count under way, if any.
    void interrupt()
    {
        QMutexLocker lock(&m_mutex);
        if (m_db)
            m_db->interrupt();
    }

    // In the counter's thread.
    void count(quint64 generation, const OrderFilter &filter)
    {
        if (!m_db) {
            Result<std::unique_ptr<Database>> opened = Database::open(m_path);
            if (!opened) {
                Q_EMIT counted(generation, -1, {}, opened.error().message);
                return;
            }
            QMutexLocker lock(&m_mutex);
            m_db = std::move(opened).value();
        }
        const OrderQueries queries(*m_db);
        const Result<qint64> count = queries.count(filter);
        const Result<QList<Money>> net = count ? queries.netPaid(filter) : Result<QList<Money>>(count.error());
        if (!net)
            Q_EMIT counted(generation, -1, {}, net.error().message);
        else
            Q_EMIT counted(generation, *count, *net, {});
    }

    // In the counter's thread, before it ends.
    void close()
    {
        QMutexLocker lock(&m_mutex);
        m_db.reset();
    }

Q_SIGNALS:
    void counted(quint64 generation, qint64 count, const QList<PayDesk::Money> &netPaid, const QString &error);

private:
    const QString m_path;
    QMutex m_mutex; // guards m_db between interrupt() and close()
    std::unique_ptr<Database> m_db;
};

OrdersModel::OrdersModel(const Database &database, QObject *parent) : QAbstractTableModel(parent), m_db(database)
{
    // A database in memory has no second connection: it is counted where it is read.
    if (database.path() == u":memory:")
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("Order totals"));
    m_counter = new TotalsCounter(database.path());
    m_counter->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_counter, &QObject::deleteLater);
    connect(m_counter, &TotalsCounter::counted, this,
            [this](quint64 generation, qint64 count, const QList<Money> &net, const QString &error) {
                if (generation != m_generation)
                    return; // the answer for a filter no longer shown
                if (!error.isEmpty()) {
                    Q_EMIT loadFailed(error);
                    return;
                }
                m_total = count;
                m_netPaid = net;
                Q_EMIT totalsChanged();
            });
    m_thread->start();
}

OrdersModel::~OrdersModel()
{
    if (!m_thread)
        return;
    m_counter->interrupt();
    QMetaObject::invokeMethod(m_counter, [counter = m_counter] { counter->close(); });
    m_thread->quit();
    m_thread->wait();
}

void OrdersModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    m_loaded = true;
    reload(kPageSize);
}

void OrdersModel::refresh()
{
    // Up to kRereadLimit rows: deep in a long list, the view goes back to its top instead of
    // reading a million rows again each time another program writes.
    reload(qBound(kPageSize, int(m_ids.size()), kRereadLimit));
}

void OrdersModel::refreshOrder(qint64 orderId)
{
    const int row = rowOfOrder(orderId);
    if (row < 0) {
        // A new order, or one that may now belong to the filter: the rows shown are read again
        // while there are few; deep in a long list only the totals are (the next refresh from the
        // database, or a new filter, shows it).
        if (m_ids.size() <= kRereadLimit)
            refresh();
        else
            countTotals();
        return;
    }
    const Result<OrderRow> found = OrderQueries(m_db).find(orderId);
    if (!found) {
        refresh();
        return;
    }
    const auto page = m_pages.find(row / kPageSize);
    if (page != m_pages.end())
        page->insert(orderId, *found);
    if (row == m_ids.size() - 1)
        m_last = *found;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    countTotals();
}

void OrdersModel::reload(int rows, bool recount)
{
    OrderFilter window = m_filter;
    window.limit = rows;
    window.offset = 0;
    // Rows are read as SQLite steps through them: only their ids stay, with the first pages.
    QList<qint64> ids;
    QList<OrderRow> firstPages;
    OrderRow last;
    const Status read = OrderQueries(m_db).forEach(window, [&](const OrderRow &row) {
        ids << row.id;
        if (firstPages.size() < 2 * kPageSize)
            firstPages << row;
        last = row;
        return true;
    });
    beginResetModel();
    m_pages.clear();
    m_recentPages.clear();
    m_ids = read ? ids : QList<qint64>();
    m_last = last;
    m_atEnd = !read || m_ids.size() < rows;
    for (int page = 0; page * kPageSize < firstPages.size(); ++page)
        keepPage(page, firstPages.mid(page * kPageSize, kPageSize));
    endResetModel();
    if (!read)
        Q_EMIT loadFailed(read.error().message);
    if (recount)
        countTotals();
}

void OrdersModel::keepPage(int page, QList<OrderRow> rows) const
{
    QHash<qint64, OrderRow> byId;
    byId.reserve(rows.size());
    for (OrderRow &row : rows)
        byId.insert(row.id, std::move(row));
    m_pages.insert(page, std::move(byId));
    m_recentPages.removeOne(page);
    m_recentPages << page;
    while (m_recentPages.size() > kCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
}

const OrderRow *OrdersModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / kPageSize;
    auto found = m_pages.constFind(page);
    if (found == m_pages.cend()) {
        const Result<QList<OrderRow>> rows = OrderQueries(m_db).byIds(m_ids.mid(page * kPageSize, kPageSize));
        keepPage(page, rows ? *rows : QList<OrderRow>());
        found = m_pages.constFind(page);
    } else if (m_recentPages.constLast() != page) {
        m_recentPages.removeOne(page);
        m_recentPages << page;
    }
    const auto it = found->constFind(m_ids.at(row));
    return it == found->cend() ? nullptr : &*it;
}

void OrdersModel::countTotals()
{
    const quint64 generation = ++m_generation;
    if (!m_counter) {
        const Result<qint64> count = OrderQueries(m_db).count(m_filter);
        const Result<QList<Money>> net = OrderQueries(m_db).netPaid(m_filter);
        m_total = count ? *count : 0;
        m_netPaid = net ? *net : QList<Money>();
        Q_EMIT totalsChanged();
        if (!count || !net)
            Q_EMIT loadFailed(!count ? count.error().message : net.error().message);
        return;
    }
    m_total = -1;
    m_netPaid.clear();
    Q_EMIT totalsChanged();
    m_counter->interrupt();
    QMetaObject::invokeMethod(
        m_counter, [counter = m_counter, generation, filter = m_filter] { counter->count(generation, filter); });
}

int OrdersModel::cachedRows() const
{
    int rows = 0;
    for (const auto &page : std::as_const(m_pages))
        rows += int(page.size());
    return rows;
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int OrdersModel::rowOfOrder(qint64 orderId) const
{
    return int(m_ids.indexOf(orderId));
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int OrdersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OrdersModel::busyElsewhereText()
{
    return tr("In progress elsewhere");
}

QVariant OrdersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == OrderIdRole)
        return m_ids.at(index.row());
    const OrderRow *found = rowAt(index.row());
    if (!found)
        return {};
    const OrderRow &r = *found;
    // Asked only of the rows with a call in flight, and only for the state column (it looks at
    // the owner's process).
    const auto elsewhere = [&] {
        return r.busyOperation != 0 && m_busyElsewhere && m_busyElsewhere(r);
    };
    if (role == StateRole)
        return int(r.state);
    if (role == BusyElsewhereRole)
        return elsewhere();
    if (role == Qt::TextAlignmentRole && (index.column() == Amount || index.column() == Refunded))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.number;
    case Created:
        return formatDateTime(r.created);
    case Customer:
        return r.customerName;
    case Items:
        return r.itemsSummary;
    case Amount:
        return formatAmount(Money(r.totalMinor, r.currency));
    case Currency:
        return r.currency;
    case State:
        return elsewhere() ? busyElsewhereText() : stateDisplayName(r.state);
    case Refunded:
        return formatAmount(Money(r.refundedMinor, r.currency));
    case Updated:
        return formatDateTime(r.updated);
    }
    return {};
}

QVariant OrdersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("Order");
    case Created:
        return tr("Created");
    case Customer:
        return tr("Customer");
    case Items:
        return tr("Items");
    case Amount:
        return tr("Amount");
    case Currency:
        return tr("Currency");
    case State:
        return tr("State");
    case Refunded:
        return tr("Refunded");
    case Updated:
        return tr("Last change");
    }
    return {};
}

bool OrdersModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    OrderFilter page = m_filter;
    page.limit = kPageSize;
    if (!m_ids.isEmpty())
        OrderQueries::continueAfter(page, m_last);
    Result<QList<OrderRow>> list = OrderQueries(m_db).list(page);
    if (!list) {
        m_atEnd = true;
        Q_EMIT loadFailed(list.error().message);
        return;
    }
    m_atEnd = list->size() < kPageSize;
    if (list->isEmpty())
        return;
    const int first = int(m_ids.size());
    beginInsertRows({}, first, int(first + list->size() - 1));
    for (const OrderRow &row : std::as_const(*list))
        m_ids << row.id;
    m_last = list->constLast();
    // Pages start at multiples of the page size, as the rows loaded do.
    if (first % kPageSize == 0)
        keepPage(first / kPageSize, *list);
    endInsertRows();
}

void OrdersModel::sort(int column, Qt::SortOrder order)
{
    static const OrderSort sorts[] = {OrderSort::Number, OrderSort::Created,  OrderSort::Customer,
                                      OrderSort::Items,  OrderSort::Amount,   OrderSort::Currency,
                                      OrderSort::State,  OrderSort::Refunded, OrderSort::Updated};
    if (column < 0 || column >= ColumnCount)
        return;
    m_filter.sort = sorts[column];
    m_filter.order = order;
    // The same orders in another order: the totals stand.
    if (m_loaded)
        reload(kPageSize, false);
}

} // namespace PayDesk::Ui

#include "ordersmodel.moc"
