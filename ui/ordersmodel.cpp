#include "ui/ordersmodel.h"

#include <QColor>
#include <QLocale>

#include "ui/localeformat.h"

namespace PayDesk::Ui {

using namespace PayDesk::Storage;

OrdersModel::OrdersModel(const Database &database, QObject *parent) : QAbstractTableModel(parent), m_db(database)
{
    reload(kPageSize);
}

void OrdersModel::setFilter(const OrderFilter &filter)
{
    m_filter = filter;
    reload(kPageSize);
}

void OrdersModel::refresh()
{
    reload(qMax(int(m_rows.size()), kPageSize));
}

void OrdersModel::reload(int rows)
{
    OrderFilter window = m_filter;
    window.limit = rows;
    window.offset = 0;
    Result<QList<OrderRow>> list = OrderQueries(m_db).list(window);
    Result<qint64> count = OrderQueries(m_db).count(m_filter);
    beginResetModel();
    m_rows = list ? *list : QList<OrderRow>();
    m_total = count ? *count : 0;
    endResetModel();
    if (!list || !count)
        Q_EMIT loadFailed(!list ? list.error().message : count.error().message);
}

qint64 OrdersModel::orderIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : 0;
}

int OrdersModel::rowOfOrder(qint64 orderId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == orderId)
            return i;
    }
    return -1;
}

int OrdersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
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
    const OrderRow &r = m_rows.at(index.row());
    if (role == OrderIdRole)
        return r.id;
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
        return Money(r.totalMinor, r.currency).toDecimalString();
    case Currency:
        return r.currency;
    case State:
        return elsewhere() ? busyElsewhereText() : stateDisplayName(r.state);
    case Refunded:
        return Money(r.refundedMinor, r.currency).toDecimalString();
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
    return !parent.isValid() && m_rows.size() < m_total;
}

void OrdersModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    OrderFilter page = m_filter;
    page.limit = kPageSize;
    page.offset = int(m_rows.size());
    Result<QList<OrderRow>> list = OrderQueries(m_db).list(page);
    if (!list) {
        Q_EMIT loadFailed(list.error().message);
        return;
    }
    if (list->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + list->size() - 1));
    m_rows += *list;
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
    reload(qMax(int(m_rows.size()), kPageSize));
}

} // namespace PayDesk::Ui
