#pragma once

#include <functional>

#include <QAbstractTableModel>

#include "app/storage/orderqueries.h"

namespace PayDesk::Ui {

// The orders table: a window over indexed SQL that grows with fetchMore; never all rows.
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

    explicit OrdersModel(const Storage::Database &database, QObject *parent = nullptr);

    void setFilter(const Storage::OrderFilter &filter);
    // Tells which rows another PayDesk is working on (their state column says so).
    void setBusyElsewhere(std::function<bool(const Storage::OrderRow &)> test) { m_busyElsewhere = std::move(test); }
    const Storage::OrderFilter &filter() const { return m_filter; }
    // Reloads the rows already shown, e.g. after another program changed the database.
    void refresh();
    qint64 orderIdAt(int row) const;
    int rowOfOrder(qint64 orderId) const;
    qint64 totalCount() const { return m_total; }
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

private:
    void reload(int rows);

    const Storage::Database &m_db;
    Storage::OrderFilter m_filter;
    QList<Storage::OrderRow> m_rows;
    qint64 m_total = 0;
    std::function<bool(const Storage::OrderRow &)> m_busyElsewhere;
};

} // namespace PayDesk::Ui
