#include "app/storage/operationjournal.h"

#include <QCoreApplication>

namespace PayDesk::Storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, payment_id, kind, status, api_path, request_body, state_before, amount_minor, return_code, return_message,"
    " response_body, error, created_at, updated_at, owner_host, owner_pid, owner_start, owner_token, owner_program,"
    " deadline_at, actor, reason, applied, reported");
const QString kInsert = QStringLiteral(
    "INSERT INTO operations (payment_id, kind, status, api_path, request_body, state_before, amount_minor,"
    " return_code, return_message, response_body, error, created_at, updated_at, owner_host, owner_pid, owner_start,"
    " owner_token, owner_program, deadline_at, actor, reason, applied, reported)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE operations SET status = ?, return_code = ?, return_message = ?, response_body = ?, error = ?,"
    " updated_at = ?, deadline_at = ?, applied = ?, reported = ? WHERE id = ? AND status = ?");
const QString kMarkReported = QStringLiteral("UPDATE operations SET reported = 1 WHERE id = ?");

const QList<std::pair<Operation::Status, QString>> &statusNames()
{
    static const QList<std::pair<Operation::Status, QString>> names = {
        {Operation::Status::Pending, QStringLiteral("pending")},
        {Operation::Status::Sent, QStringLiteral("sent")},
        {Operation::Status::Done, QStringLiteral("done")},
        {Operation::Status::Refused, QStringLiteral("refused")},
        {Operation::Status::NotSent, QStringLiteral("not-sent")},
        {Operation::Status::Settled, QStringLiteral("settled")},
    };
    return names;
}

Operation::Status statusFromName(const QString &name)
{
    for (const auto &[status, text] : statusNames()) {
        if (text == name)
            return status;
    }
    return Operation::Status::Sent; // unknown text: treat as unsettled, never as done
}

QVariant applied(const std::optional<bool> &value)
{
    return value ? QVariant(int(*value)) : QVariant(QMetaType(QMetaType::Int));
}

QVariant timestampOrNull(const QDateTime &dateTime)
{
    return dateTime.isValid() ? QVariant(Database::timestamp(dateTime)) : QVariant(QMetaType(QMetaType::QString));
}

} // namespace

QString operationStatusName(Operation::Status status)
{
    for (const auto &[s, text] : statusNames()) {
        if (s == status)
            return text;
    }
    return {};
}

Status OperationJournal::append(Operation &op)
{
    Result<QSqlQuery> q = m_db.exec(kInsert, {op.paymentId,
                                              moneyCallName(op.kind),
                                              operationStatusName(op.status),
                                              Database::text(op.apiPath),
                                              op.requestBody,
                                              stateName(op.stateBefore),
                                              op.amountMinor,
                                              op.returnCode,
                                              op.returnMessage,
                                              op.responseBody,
                                              op.error,
                                              Database::timestamp(op.created),
                                              Database::timestamp(op.updated),
                                              Database::text(op.owner.host),
                                              op.owner.pid,
                                              Database::text(op.owner.processStart),
                                              Database::text(op.owner.token),
                                              Database::text(op.owner.program),
                                              timestampOrNull(op.deadline),
                                              Database::text(op.actor),
                                              Database::text(op.reason),
                                              applied(op.applied),
                                              int(op.reported)});
    if (!q)
        return q.error();
    op.id = q->lastInsertId().toLongLong();
    return Done{};
}

Status OperationJournal::update(const Operation &op, Operation::Status expected)
{
    Result<QSqlQuery> q =
        m_db.exec(kUpdate, {operationStatusName(op.status), op.returnCode, op.returnMessage, op.responseBody, op.error,
                            Database::timestamp(op.updated), timestampOrNull(op.deadline), applied(op.applied),
                            int(op.reported), op.id, operationStatusName(expected)});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return Error{Error::Kind::Conflict,
                     QCoreApplication::translate("PayDesk::Storage", "Another PayDesk settled journal entry %1 first.")
                         .arg(op.id)};
    return Done{};
}

Status OperationJournal::markReported(qint64 id)
{
    Result<QSqlQuery> q = m_db.exec(kMarkReported, {id});
    if (!q)
        return q.error();
    return Done{};
}

Result<QList<Operation>> OperationJournal::select(const QString &where, const QVariantList &values) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM operations ") + where, values);
    if (!q)
        return q.error();
    QList<Operation> list;
    while (q->next()) {
        Operation op;
        op.id = q->value(0).toLongLong();
        op.paymentId = q->value(1).toLongLong();
        // An unknown kind cannot be settled safely; it reads as a request, whose recovery only
        // abandons the attempt and never sends anything.
        op.kind = moneyCallFromName(q->value(2).toString()).value_or(MoneyCallKind::Request);
        op.status = statusFromName(q->value(3).toString());
        op.apiPath = q->value(4).toString();
        op.requestBody = q->value(5).toByteArray();
        op.stateBefore = stateFromName(q->value(6).toString()).value_or(PaymentState::InDoubt);
        op.amountMinor = q->value(7).toLongLong();
        op.returnCode = q->value(8).toString();
        op.returnMessage = q->value(9).toString();
        op.responseBody = q->value(10).toByteArray();
        op.error = q->value(11).toString();
        op.created = Database::fromTimestamp(q->value(12));
        op.updated = Database::fromTimestamp(q->value(13));
        op.owner.host = q->value(14).toString();
        op.owner.pid = q->value(15).toLongLong();
        op.owner.processStart = q->value(16).toString();
        op.owner.token = q->value(17).toString();
        op.owner.program = q->value(18).toString();
        op.deadline = Database::fromTimestamp(q->value(19));
        op.actor = q->value(20).toString();
        op.reason = q->value(21).toString();
        if (!q->value(22).isNull())
            op.applied = q->value(22).toInt() != 0;
        op.reported = q->value(23).toInt() != 0;
        list << op;
    }
    return list;
}

Result<Operation> OperationJournal::find(qint64 id) const
{
    Result<QList<Operation>> list = select(QStringLiteral("WHERE id = ?"), {id});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return storageError(QCoreApplication::translate("PayDesk::Storage", "Journal entry %1 is missing.").arg(id));
    return list->first();
}

Result<QList<Operation>> OperationJournal::unsettled() const
{
    return select(QStringLiteral("WHERE status IN ('pending', 'sent') ORDER BY id"), {});
}

Result<QList<Operation>> OperationJournal::forPayment(qint64 paymentId) const
{
    return select(QStringLiteral("WHERE payment_id = ? ORDER BY id"), {paymentId});
}

Result<std::optional<Operation>> OperationJournal::latestForPayment(qint64 paymentId) const
{
    Result<QList<Operation>> list =
        select(QStringLiteral("WHERE payment_id = ? ORDER BY id DESC LIMIT 1"), {paymentId});
    if (!list)
        return list.error();
    if (list->isEmpty())
        return std::optional<Operation>();
    return std::optional<Operation>(list->first());
}

} // namespace PayDesk::Storage
