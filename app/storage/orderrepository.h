#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Reads orders and their line items; needs only a read-only database.
class OrderReader
{
public:
    explicit OrderReader(const Database &database) : m_reader(database) {}

    Result<Order> find(qint64 id) const;
    // Finds an order by its number ("PD-000042") or by the LINE Pay orderId of any of its attempts.
    Result<Order> findByReference(const QString &reference) const;

private:
    const Database &m_reader;
};

// Orders and their line items.
class OrderRepository : public OrderReader
{
public:
    explicit OrderRepository(Database &database) : OrderReader(database), m_db(database) {}

    // Stores a validated order with its items and gives it the next order number.
    Result<Order> create(Order order, const QDateTime &now);
    // Copies the current payment's state onto the order row that the orders view reads.
    Status updateSummary(const Payment &current);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
