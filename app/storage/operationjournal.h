#pragma once

#include <QByteArray>
#include <QDateTime>

#include "app/domain/paymentstate.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// One money call, written before it is sent (DESIGN.md "Operations journal").
struct Operation
{
    enum class Status
    {
        Pending, // written, not yet handed to the network
        Sent,    // handed to the network; the outcome is unknown until an answer is recorded
        Done,    // LINE Pay accepted it and the result is recorded
        Refused, // LINE Pay refused it; nothing changed there
        NotSent, // it certainly never reached LINE Pay
        Settled, // its outcome was unknown and recovery found out what happened
    };

    qint64 id = 0;
    qint64 paymentId = 0;
    QString kind; // request, confirm, capture, void, refund
    Status status = Status::Pending;
    QString apiPath;
    QByteArray requestBody;
    PaymentState stateBefore = PaymentState::Draft;
    qint64 amountMinor = 0; // the amount the call moves, 0 when it names none (full refund)
    QString returnCode;
    QString returnMessage;
    QByteArray responseBody;
    QString error;
    QDateTime created;
    QDateTime updated;

    bool isUnsettled() const { return status == Status::Pending || status == Status::Sent; }
};

QString operationStatusName(Operation::Status status);

class OperationJournal
{
public:
    explicit OperationJournal(Database &database) : m_db(database) {}

    Status append(Operation &operation);
    Status update(const Operation &operation);
    Result<Operation> find(qint64 id) const;
    Result<QList<Operation>> unsettled() const;
    Result<QList<Operation>> forPayment(qint64 paymentId) const;

private:
    Result<QList<Operation>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace PayDesk::Storage
