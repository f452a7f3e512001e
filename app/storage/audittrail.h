#pragma once

#include <QDateTime>

#include "app/storage/database.h"

namespace PayDesk::Storage {

// One line of the audit trail a shop owner reads: who did what, when, and LINE Pay's answer.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor; // "owner", "cli", "recovery", …
    qint64 orderId = 0;
    qint64 paymentId = 0;
    QString action;
    QString detail;
    QString returnCode;
    QString returnMessage;
};

// Reads the audit trail; needs only a read-only database.
class AuditReader
{
public:
    explicit AuditReader(const Database &database) : m_reader(database) {}

    Result<QList<AuditEntry>> forOrder(qint64 orderId) const;

private:
    const Database &m_reader;
};

// What a check of the whole trail found.
struct AuditCheck
{
    qint64 entries = 0;
    bool intact = true;
    qint64 brokenEntry = 0; // the first entry where the chain breaks
    QString problem;        // a sentence naming that entry and what is wrong with it
};

// The trail is tamper-evident: every entry carries the SHA-256 of the entry before it and of its
// own content (id, time, actor, order, payment, action, detail, LINE Pay's answer), and the
// newest entry's id and hash are kept apart; ids follow each other without gaps. Changing,
// deleting, inserting or swapping entries breaks the chain where it was done.
class AuditTrail : public AuditReader
{
public:
    explicit AuditTrail(Database &database) : AuditReader(database), m_db(database) {}

    // Appends `entry` to the chain, in the caller's transaction or in one of its own.
    Status record(AuditEntry &entry);

    // Hashes the entries written before the trail was chained (schema 4 and older), in order.
    static Status chainEarlierEntries(Database &database);

private:
    Database &m_db;
};

// SHA-256 (hex) of the previous entry's hash and an entry's content as stored: id, at, actor,
// order_id, payment_id, action, detail, return_code, return_message (integers as numbers, NULL
// as null), hashed as a compact JSON array of their text.
QByteArray auditEntryHash(const QByteArray &previous, const QVariantList &values);

// Walks the whole trail from its first entry; only reads.
Result<AuditCheck> verifyAuditTrail(const Database &database);

} // namespace PayDesk::Storage
