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

class AuditTrail : public AuditReader
{
public:
    explicit AuditTrail(Database &database) : AuditReader(database), m_db(database) {}

    Status record(AuditEntry &entry);

private:
    Database &m_db;
};

} // namespace PayDesk::Storage
