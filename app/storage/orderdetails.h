#pragma once

#include <optional>

#include "app/domain/order.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// One order as a detail view shows it: the order with its items, its current payment attempt
// (none before the first request), that attempt's refunds and the order's timeline.
struct OrderDetail
{
    Order order;
    std::optional<Payment> payment;
    QList<Refund> refunds;
    QList<AuditEntry> timeline;
};

// Read-only access to one order for views; nothing here changes data.
class OrderDetails
{
public:
    explicit OrderDetails(const Database &database) : m_db(database) {}

    // The order without its timeline; an error when there is no such order.
    Result<OrderDetail> find(qint64 orderId) const;
    // The same with the timeline.
    Result<OrderDetail> findWithTimeline(qint64 orderId) const;
    // The order's current payment attempt, if any.
    Result<std::optional<Payment>> currentPayment(qint64 orderId) const;

private:
    const Database &m_db;
};

} // namespace PayDesk::Storage
