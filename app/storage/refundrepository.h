#pragma once

#include "app/domain/order.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// Refunds of captured payments, each with LINE Pay's refundTransactionId.
class RefundRepository
{
public:
    explicit RefundRepository(Database &database) : m_db(database) {}

    Status insert(Refund &refund);
    Result<QList<Refund>> forPayment(qint64 paymentId) const;

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
