#include "app/storage/operationjournal.h"

#include <QCoreApplication>

namespace PayDesk::Storage {

namespace {

const QString kColumns = QStringLiteral(
    "id, payment_id, kind, status, api_path, request_body, state_before, amount_minor, return_code, return_message,"
    " response_body, error, created_at, updated_at");
const QString kInsert = QStringLiteral(
    "INSERT INTO operations (payment_id, kind, status, api_path, request_body, state_before, amount_minor,"
    " return_code, return_message, response_body, error, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kUpdate = QStringLiteral(
    "UPDATE operations SET status = ?, return_code = ?, return_message = ?, response_body = ?, error = ?,"
    " updated_at = ? WHERE id = ?");

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
    Result<QSqlQuery> q =
        m_db.exec(kInsert, {op.paymentId, op.kind, operationStatusName(op.status), op.apiPath, op.requestBody,
                            stateName(op.stateBefore), op.amountMinor, op.returnCode, op.returnMessage, op.responseBody,
                            op.error, Database::timestamp(op.created), Database::timestamp(op.updated)});
    if (!q)
        return q.error();
    op.id = q->lastInsertId().toLongLong();
    return Done{};
}

Status OperationJournal::update(const Operation &op)
{
    Result<QSqlQuery> q = m_db.exec(kUpdate, {operationStatusName(op.status), op.returnCode, op.returnMessage,
                                              op.responseBody, op.error, Database::timestamp(op.updated), op.id});
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
        op.kind = q->value(2).toString();
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

} // namespace PayDesk::Storage
