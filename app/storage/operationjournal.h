#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>

#include "app/domain/moneycall.h"
#include "app/domain/paymentstate.h"
#include "app/storage/database.h"

namespace PayDesk::Storage {

// The process that sent a call: only it may still receive the answer (DESIGN.md "Many processes,
// one payment", rule 2).
struct OperationOwner
{
    QString host;         // machine name
    qint64 pid = 0;       // process id on that host
    QString processStart; // when that process started, so that a reused pid is not taken for it
    QString token;        // unique per running PaymentService
    QString program;      // "paydesk", "paydesk-cli": for the sentence a person reads
};

enum class OperationStatus : int
{
    Pending, // written, not yet handed to the network
    Sent,    // handed to the network; the outcome is unknown until an answer is recorded
    Done,    // LINE Pay accepted it and the result is recorded
    Refused, // LINE Pay refused it; nothing changed there
    NotSent, // it certainly never reached LINE Pay
    Settled, // its outcome was unknown and recovery found out what happened
};

// One money call, written before it is sent (DESIGN.md "Operations journal").
struct Operation
{
    using Status = OperationStatus;

    qint64 id = 0;
    qint64 paymentId = 0;
    MoneyCallKind kind = MoneyCallKind::Request;
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
    OperationOwner owner;
    QDateTime deadline;          // after it, the owner can no longer be waiting for the answer
    QString actor;               // who asked ("owner", "cli")
    QString reason;              // the refund's reason as the person gave it
    std::optional<bool> applied; // for a settled call: whether LINE Pay shows it happened
    bool reported = true;        // false while the person who asked has not learnt the outcome

    bool isUnsettled() const { return status == Status::Pending || status == Status::Sent; }
};

QString operationStatusName(Operation::Status status);

class OperationJournal
{
public:
    explicit OperationJournal(Database &database) : m_db(database) {}

    Status append(Operation &operation);
    // Writes the operation's outcome only if its status is still `expected`; Error::Kind::Conflict
    // when another process settled it first.
    Status update(const Operation &operation, Operation::Status expected);
    Status markReported(qint64 id);
    Result<Operation> find(qint64 id) const;
    Result<QList<Operation>> unsettled() const;
    Result<QList<Operation>> forPayment(qint64 paymentId) const;
    // The payment's most recent operation, if any.
    Result<std::optional<Operation>> latestForPayment(qint64 paymentId) const;

private:
    Result<QList<Operation>> select(const QString &where, const QVariantList &values) const;

    Database &m_db;
};

} // namespace PayDesk::Storage
