#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Reads refunds; needs only a read-only database.
class RefundReader
{
public:
    explicit RefundReader(const Database &database) : m_reader(database) {}

    Result<QList<Refund>> forPayment(qint64 paymentId) const;

private:
    const Database &m_reader;
};

// Refunds of captured payments, each with LINE Pay's refundTransactionId.
class RefundRepository : public RefundReader
{
public:
    explicit RefundRepository(Database &database) : RefundReader(database), m_db(database) {}

    Status insert(Refund &refund);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
