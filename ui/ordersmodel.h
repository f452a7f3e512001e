#pragma once

#include <functional>

#include <QAbstractTableModel>
#include <QHash>

#include "app/storage/orderqueries.h"

class QThread;

namespace PayDesk::Ui {

class TotalsCounter;

// The orders table: a window over indexed SQL that grows page by page (keyset paging) as the view
// scrolls. It keeps the id of every row loaded and the whole rows of the last pages shown only
// (a page read again by id when scrolled back to), so that scrolling through a million orders
// holds about 8 MB of ids. The count and net paid of the filter are worked out on a thread of
// their own: a newer filter interrupts the count of the one before, whose answer is dropped.
class OrdersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OrdersModel)

public:
    enum Column
    {
        Number,
        Created,
        Customer,
        Items,
        Amount,
        Currency,
        State,
        Refunded,
        Updated,
        ColumnCount,
    };
    enum Role
    {
        OrderIdRole = Qt::UserRole + 1,
        StateRole,
        BusyElsewhereRole, // true while another PayDesk has a call in flight for the order
    };
    static constexpr int kPageSize = 200;
    static constexpr int kCachedPages = 16;   // whole rows kept for at most this many pages
    static constexpr int kRereadLimit = 2000; // a refresh reads the rows shown again up to this many

    // Loads nothing until the first setFilter.
    explicit OrdersModel(const Storage::Database &database, QObject *parent = nullptr);
    ~OrdersModel() override;

    void setFilter(const Storage::OrderFilter &filter);
    // Tells which rows another PayDesk is working on (their state column says so).
    void setBusyElsewhere(std::function<bool(const Storage::OrderRow &)> test) { m_busyElsewhere = std::move(test); }
    const Storage::OrderFilter &filter() const { return m_filter; }
    // Reloads the rows already shown (at most kRereadLimit), e.g. after another program changed
    // the database.
    void refresh();
    // Reloads one order's row where it is shown, and the totals; reloads the rows shown when the
    // order is not among them (a new order).
    void refreshOrder(qint64 orderId);
    qint64 orderIdAt(int row) const;
    int rowOfOrder(qint64 orderId) const;
    // The number of orders the filter matches, -1 while it is being counted.
    qint64 totalCount() const { return m_total; }
    // What those orders brought in, per currency (OrderQueries::netPaid); empty while counting.
    const QList<Money> &netPaid() const { return m_netPaid; }
    // How many whole rows are kept (at most kCachedPages pages).
    int cachedRows() const;
    // What the state column says of an order another PayDesk works on.
    static QString busyElsewhereText();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadFailed(const QString &message);
    // totalCount() and netPaid() changed: counting started or finished.
    void totalsChanged();

private:
    void reload(int rows, bool recount = true);
    void countTotals();
    // The whole row at `row`, read with its page when that page is not kept; null when the
    // order no longer exists.
    const Storage::OrderRow *rowAt(int row) const;
    void keepPage(int page, QList<Storage::OrderRow> rows) const;

    const Storage::Database &m_db;
    Storage::OrderFilter m_filter;
    bool m_loaded = false;                                        // a filter was set
    QList<qint64> m_ids;                                          // every row loaded, in the view's order
    Storage::OrderRow m_last;                                     // the last row loaded, where the next page continues
    mutable QHash<int, QHash<qint64, Storage::OrderRow>> m_pages; // page → its rows by id
    mutable QList<int> m_recentPages;                             // most recently used last
    bool m_atEnd = true;
    qint64 m_total = 0;
    QList<Money> m_netPaid;
    quint64 m_generation = 0;
    std::function<bool(const Storage::OrderRow &)> m_busyElsewhere;
    QThread *m_thread = nullptr;
    TotalsCounter *m_counter = nullptr; // lives in m_thread
};

} // namespace PayDesk::Ui
