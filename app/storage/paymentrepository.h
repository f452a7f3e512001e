#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Reads payment attempts; needs only a read-only database.
class PaymentReader
{
public:
    explicit PaymentReader(const Database &database) : m_reader(database) {}

    Result<Payment> find(qint64 id) const;
    // The latest attempt of an order; an error when the order has none.
    Result<Payment> currentForOrder(qint64 orderId) const;
    Result<QList<Payment>> attemptsForOrder(qint64 orderId) const;

private:
    Result<QList<Payment>> select(const QString &where, const QVariantList &values) const;

    const Database &m_reader;
};

// Payment attempts. Saving a payment also refreshes its order's summary row.
//
// Every write is conditional on the version that was read (Error::Kind::Conflict when another
// process wrote in between) and may only move the state along the state table's transitions
// (Error::Kind::Drift otherwise); both bump the version and update `payment` to what was stored.
class PaymentRepository : public PaymentReader
{
public:
    explicit PaymentRepository(Database &database) : PaymentReader(database), m_db(database) {}

    Status insert(Payment &payment);
    Status update(Payment &payment);
    // Marks the payment busy with the journal row `operationId` and IN_DOUBT, only if nobody
    // else claimed it since it was read (DESIGN.md "Many processes, one payment", rule 1).
    Status claim(Payment &payment, qint64 operationId, const QDateTime &now);
    // Records a status check at `now` unless another one happened less than `floorMs` before;
    // false when the check must wait. Shared by every process, so that together they keep LINE
    // Pay's one-second floor between checks of one payment.
    Result<bool> reserveCheck(qint64 paymentId, const QDateTime &now, int floorMs);

private:
    Status write(Payment &payment, bool claiming);

    Database &m_db;
};

} // namespace PayDesk::Storage
