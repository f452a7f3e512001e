#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Orders and their line items.
class OrderRepository
{
public:
    explicit OrderRepository(Database &database) : m_db(database) {}

    // Stores a validated order with its items and gives it the next order number.
    Result<Order> create(Order order, const QDateTime &now);
    Result<Order> find(qint64 id) const;
    // Finds an order by its number ("PD-000042") or by the LINE Pay orderId of any of its attempts.
    Result<Order> findByReference(const QString &reference) const;
    // Copies the current payment's state onto the order row that the orders view reads.
    Status updateSummary(const Payment &current);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
