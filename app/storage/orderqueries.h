#pragma once

#include <functional>
#include <optional>

#include <QDateTime>

#include "app/domain/money.h"
#include "app/domain/paymentstate.h"
#include "app/storage/database.h"
#include "app/storage/operationjournal.h"

namespace PayDesk::Storage {

// One row of the orders list: the order with its current payment attempt.
struct OrderRow
{
    qint64 id = 0;
    QString number;
    QDateTime created;
    QString customerName;
    QString itemsSummary;
    QString currency;
    qint64 totalMinor = 0;
    PaymentState state = PaymentState::Draft;
    qint64 refundedMinor = 0;
    QDateTime updated;
    qint64 paymentId = 0;
    QDateTime paymentCreated; // when the current attempt was requested
    QString lineOrderId;
    qint64 transactionId = 0;
    qint64 capturedMinor = 0;
    QString paymentUrl;
    QString lastReturnCode;
    QString lastReturnMessage;
    qint64 busyOperation = 0; // the journaled call in flight or in doubt, 0 when idle
    OperationOwner busyOwner; // who sent it
    QDateTime busyDeadline;
};

enum class OrderSort
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
};

struct OrderFilter
{
    std::optional<PaymentState> state;
    // Orders the owner must act on: approved but unconfirmed, authorization expiring within
    // 24 hours of `now`, or outcome unknown.
    bool needsAction = false;
    QDateTime now;
    // When valid: only authorizations that expired before this time (and, when that is valid
    // too, after authorizationExpiresAfter: those about to expire).
    QDateTime authorizationExpiredBy;
    QDateTime authorizationExpiresAfter;
    OrderSort sort = OrderSort::Created;
    Qt::SortOrder order = Qt::DescendingOrder;
    QString search; // order number, LINE Pay orderId, transactionId, customer or item name
    QDateTime from;
    QDateTime to;
    int limit = -1;
    int offset = 0;
    // Keyset paging: when afterId is not 0, only the rows that come after the row with this id and
    // this value of the sort column (OrderQueries::continueAfter sets both).
    qint64 afterId = 0;
    QVariant afterValue;
};

// Read-only queries for lists, exports and views; nothing here changes data.
class OrderQueries
{
public:
    explicit OrderQueries(const Database &database) : m_db(database) {}

    Result<QList<OrderRow>> list(const OrderFilter &filter) const;
    // Sets `filter` to continue after `last`, the last row of the page before.
    static void continueAfter(OrderFilter &filter, const OrderRow &last);
    // Calls `row` for each order of list(filter) as SQLite reads it, without holding them all;
    // stops early when `row` returns false.
    Status forEach(const OrderFilter &filter, const std::function<bool(const OrderRow &)> &row) const;
    // The rows of these orders, in no particular order; orders that no longer exist are left out.
    Result<QList<OrderRow>> byIds(const QList<qint64> &orderIds) const;
    // One order's row; an error when there is no such order.
    Result<OrderRow> find(qint64 orderId) const;
    Result<qint64> count(const OrderFilter &filter) const;
    // SQLite's plan for list(filter), count(filter) or netPaid(filter), a step a line, for tests
    // and benchmarks.
    enum class Query
    {
        List,
        Count,
        NetPaid,
    };
    QString plan(const OrderFilter &filter, Query query = Query::List) const;
    // The SQL and the values bound to it that answer `query` for `filter`, as run here; for
    // benchmarks that run the same statement through SQLite alone.
    std::pair<QString, QVariantList> statement(const OrderFilter &filter, Query query) const;
    // The statements list(filter) may run, in the order it tries them: a walk of the orders in the
    // view's order for a search (given a moment), then the one that uses the search index.
    QList<std::pair<QString, QVariantList>> listStatements(const OrderFilter &filter) const;
    // What the matching orders brought in, per currency: captured less refunded (by SQL).
    // Currencies in which nothing was paid are left out.
    Result<QList<Money>> netPaid(const OrderFilter &filter) const;

private:
    Result<QList<OrderRow>> select(const QString &tail, const QVariantList &values) const;
    Status read(const QString &tail, const QVariantList &values,
                const std::function<bool(const OrderRow &)> &row) const;
    QString countSql(const OrderFilter &filter, QVariantList &values) const;
    QString netPaidSql(const OrderFilter &filter, QVariantList &values) const;

    const Database &m_db;
};

} // namespace PayDesk::Storage
