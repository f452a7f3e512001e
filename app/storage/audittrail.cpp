#include "app/storage/audittrail.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace PayDesk::Storage {

namespace {

const QString kInsert = QStringLiteral(
    "INSERT INTO audit (id, at, actor, order_id, payment_id, action, detail, return_code, return_message, prev_hash)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
const QString kContent = QStringLiteral(
    "SELECT id, at, actor, order_id, payment_id, action, detail, return_code, return_message, prev_hash, hash"
    " FROM audit");
const QString kHead = QStringLiteral("audit_head");
// The hash before the first entry.
const QByteArray kGenesis(64, '0');

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

// SHA-256 (hex) of the previous hash and the entry's content as stored, columns 0 to 8 of
// kContent, as a compact JSON array: the same bytes whoever reads them back.
QByteArray entryHash(const QByteArray &previous, const QSqlQuery &row)
{
    QVariantList values;
    for (int column = 0; column < 9; ++column)
        values << row.value(column);
    return auditEntryHash(previous, values);
}

// Hashes the entry `id` (already inserted with its prev_hash), moves the head to it and returns
// its hash.
Result<QByteArray> seal(Database &db, qint64 id, const QByteArray &previous)
{
    Result<QSqlQuery> row = db.exec(kContent + QStringLiteral(" WHERE id = ?"), {id});
    if (!row)
        return row.error();
    if (!row->next())
        return storageError(Text::tr("Audit entry %1 vanished while it was written.").arg(id));
    const QByteArray hash = entryHash(previous, *row);
    if (Result<QSqlQuery> q =
            db.exec(QStringLiteral("UPDATE audit SET hash = ? WHERE id = ?"), {QString::fromLatin1(hash), id});
        !q)
        return q.error();
    Result<QSqlQuery> head = db.exec(QStringLiteral("INSERT OR REPLACE INTO schema_meta (key, value) VALUES (?, ?)"),
                                     {kHead, QStringLiteral("%1:%2").arg(id).arg(QString::fromLatin1(hash))});
    if (!head)
        return head.error();
    return hash;
}
const QString kForOrder =
    QStringLiteral("SELECT id, at, actor, order_id, payment_id, action, detail, return_code, return_message FROM audit"
                   " WHERE order_id = ? ORDER BY id");

} // namespace

Status AuditTrail::record(AuditEntry &e)
{
    // Under the write lock, so that two processes never chain onto the same entry.
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> last = m_db.exec(QStringLiteral("SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1"));
        if (!last)
            return last.error();
        const bool first = !last->next();
        id = first ? 1 : last->value(0).toLongLong() + 1;
        const QByteArray previous = first ? kGenesis : last->value(1).toString().toLatin1();
        Result<QSqlQuery> q = m_db.exec(kInsert, {id, Database::timestamp(e.at), e.actor, e.orderId, e.paymentId,
                                                  e.action, Database::text(e.detail), e.returnCode, e.returnMessage,
                                                  QString::fromLatin1(previous)});
        if (!q)
            return q.error();
        const Result<QByteArray> sealed = seal(m_db, id, previous);
        return sealed ? Status(Done{}) : Status(sealed.error());
    });
    if (!status)
        return status;
    e.id = id;
    return Done{};
}

Status AuditTrail::chainEarlierEntries(Database &db)
{
    Result<QSqlQuery> ids = db.exec(QStringLiteral("SELECT id FROM audit ORDER BY id"));
    if (!ids)
        return ids.error();
    QList<qint64> all;
    while (ids->next())
        all << ids->value(0).toLongLong();
    // Renumbered from 1 without gaps, in their order, as the chain expects.
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (all.at(i) != i + 1) {
            if (Result<QSqlQuery> q =
                    db.exec(QStringLiteral("UPDATE audit SET id = ? WHERE id = ?"), {i + 1, all.at(i)});
                !q)
                return q.error();
        }
    }
    QByteArray previous = kGenesis;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const qint64 id = i + 1;
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("UPDATE audit SET prev_hash = ? WHERE id = ?"),
                                          {QString::fromLatin1(previous), id});
            !q)
            return q.error();
        const Result<QByteArray> sealed = seal(db, id, previous);
        if (!sealed)
            return sealed.error();
        previous = *sealed;
    }
    return Done{};
}

Result<AuditCheck> verifyAuditTrail(const Database &db)
{
    AuditCheck check;
    const auto broken = [&check](qint64 entry, const QString &problem) {
        check.intact = false;
        check.brokenEntry = entry;
        check.problem = problem;
        return check;
    };
    Result<QSqlQuery> rows = db.exec(kContent + QStringLiteral(" ORDER BY id"));
    if (!rows)
        return rows.error();
    QByteArray previous = kGenesis;
    qint64 expected = 1;
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        ++check.entries;
        if (id != expected && expected == 1)
            return broken(expected, Text::tr("Audit entry 1 is missing: the trail starts at entry %1.").arg(id));
        if (id != expected)
            return broken(expected, Text::tr("Audit entry %1 is missing: the trail goes from entry %2 to entry %3.")
                                        .arg(expected)
                                        .arg(expected - 1)
                                        .arg(id));
        if (rows->value(9).toString().toLatin1() != previous)
            return broken(id, Text::tr("Audit entry %1 does not follow the entry before it: entries were inserted, "
                                       "removed or swapped there.")
                                  .arg(id));
        const QByteArray hash = entryHash(previous, *rows);
        if (rows->value(10).toString().toLatin1() != hash)
            return broken(id, Text::tr("Audit entry %1 was changed after it was written.").arg(id));
        previous = hash;
        ++expected;
    }
    Result<QSqlQuery> head = db.exec(QStringLiteral("SELECT value FROM schema_meta WHERE key = ?"), {kHead});
    if (!head)
        return head.error();
    if (head->next()) {
        const QStringList parts = head->value(0).toString().split(u':');
        const qint64 headId = parts.value(0).toLongLong();
        if (headId >= expected)
            return broken(expected, Text::tr("Audit entry %1 is missing: the trail ends at entry %2, but %3 entries "
                                             "were written.")
                                        .arg(expected)
                                        .arg(expected - 1)
                                        .arg(headId));
        if (headId == expected - 1 && parts.value(1).toLatin1() != previous)
            return broken(headId, Text::tr("Audit entry %1 was changed after it was written.").arg(headId));
    } else if (check.entries > 0) {
        return broken(check.entries, Text::tr("The audit trail's newest entry is not on record."));
    }
    return check;
}

QByteArray auditEntryHash(const QByteArray &previous, const QVariantList &values)
{
    QJsonArray content;
    for (const QVariant &value : values) {
        if (value.isNull())
            content.append(QJsonValue());
        else if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            content.append(QString::number(value.toLongLong()));
        else
            content.append(value.toString());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous);
    hash.addData("\n");
    hash.addData(QJsonDocument(content).toJson(QJsonDocument::Compact));
    return hash.result().toHex();
}

Result<QList<AuditEntry>> AuditReader::forOrder(qint64 orderId) const
{
    Result<QSqlQuery> q = m_reader.exec(kForOrder, {orderId});
    if (!q)
        return q.error();
    QList<AuditEntry> list;
    while (q->next()) {
        list << AuditEntry{q->value(0).toLongLong(), Database::fromTimestamp(q->value(1)),
                           q->value(2).toString(),   q->value(3).toLongLong(),
                           q->value(4).toLongLong(), q->value(5).toString(),
                           q->value(6).toString(),   q->value(7).toString(),
                           q->value(8).toString()};
    }
    return list;
}

} // namespace PayDesk::Storage
