#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Payment attempts. Saving a payment also refreshes its order's summary row.
class PaymentRepository
{
public:
    explicit PaymentRepository(Database &database) : m_db(database) {}

    Status insert(Payment &payment);
    Status update(const Payment &payment);
    Result<Payment> find(qint64 id) const;
    // The latest attempt of an order; an error when the order has none.
    Result<Payment> currentForOrder(qint64 orderId) const;
    Result<QList<Payment>> attemptsForOrder(qint64 orderId) const;
    Result<QList<Payment>> inState(PaymentState state) const;

private:
    Result<QList<Payment>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace PayDesk::Storage
