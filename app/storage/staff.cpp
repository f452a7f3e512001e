#include "app/storage/staff.h"

#include <QCoreApplication>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include "app/domain/order.h"
#include "app/storage/audittrail.h"

namespace PayDesk::Storage {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::Storage)
};

const QString kColumns = QStringLiteral("id, name, role, failed_attempts, locked_until FROM staff");

QByteArray derive(const QString &pin, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt, iterations, 32);
}

QByteArray newSalt()
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    return salt;
}

StaffMember fromRow(const QSqlQuery &q)
{
    StaffMember m;
    m.id = q.value(0).toLongLong();
    m.name = q.value(1).toString();
    m.role = q.value(2).toString() == u"owner" ? Role::Owner : Role::Clerk;
    m.failedAttempts = q.value(3).toInt();
    m.lockedUntil = Database::fromTimestamp(q.value(4));
    return m;
}

// Compares without stopping at the first difference.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

QString roleName(Role role)
{
    return role == Role::Owner ? QStringLiteral("owner") : QStringLiteral("clerk");
}

QString Staff::pinProblem(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 12)
        return Text::tr("A PIN has 4 to 12 digits.");
    for (const QChar c : pin) {
        if (c < u'0' || c > u'9')
            return Text::tr("A PIN has digits only.");
    }
    return {};
}

Result<StaffMember> Staff::add(const QString &name, Role role, const QString &pin, const QDateTime &now)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return badInput(Text::tr("Give the person's name."));
    if (Status valid = Order::validateText(trimmed, Text::tr("name"), 40); !valid)
        return valid.error();
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return badInput(problem);
    const QByteArray salt = newSalt();
    const QByteArray hash = derive(pin, salt, kIterations);
    StaffMember member;
    const Status written = m_db.transaction([&]() -> Status {
        if (role == Role::Owner) {
            Result<QSqlQuery> owner = m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE role = 'owner'"));
            if (!owner)
                return owner.error();
            if (owner->next())
                return badInput(Text::tr("The shop has an owner already."));
        }
        Result<QSqlQuery> exists = m_db.exec(QStringLiteral("SELECT 1 FROM staff WHERE name = ?"), {trimmed});
        if (!exists)
            return exists.error();
        if (exists->next())
            return badInput(Text::tr("%1 is on the staff already.").arg(trimmed));
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("INSERT INTO staff (name, role, pin_salt, pin_hash, pin_iterations, created_at)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"),
                      {trimmed, roleName(role), salt, hash, kIterations, Database::timestamp(now)});
        if (!q)
            return q.error();
        member.id = q->lastInsertId().toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    member.name = trimmed;
    member.role = role;
    return member;
}

Result<QList<StaffMember>> Staff::members() const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" ORDER BY role DESC, name"));
    if (!q)
        return q.error();
    QList<StaffMember> list;
    while (q->next())
        list << fromRow(*q);
    return list;
}

Result<StaffMember> Staff::find(const QString &name) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE name = ?"), {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return badInput(Text::tr("%1 is not on the staff.").arg(name.trimmed()));
    return fromRow(*q);
}

Result<Staff::PinRecord> Staff::pinRecord(const QString &name) const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT id, name, pin_salt, pin_hash, pin_iterations FROM staff WHERE name = ?"),
                  {name.trimmed()});
    if (!q)
        return q.error();
    if (!q->next())
        return badInput(Text::tr("%1 is not on the staff.").arg(name.trimmed()));
    return PinRecord{q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toByteArray(),
                     q->value(3).toByteArray(), q->value(4).toInt()};
}

bool Staff::pinMatches(const QString &pin, const PinRecord &record)
{
    return sameBytes(derive(pin, record.salt, record.iterations), record.hash);
}

Result<StaffMember> Staff::verify(const QString &name, const QString &pin, const QDateTime &now)
{
    const Result<PinRecord> record = pinRecord(name);
    if (!record)
        return record.error();
    return recordAttempt(*record, pinMatches(pin, *record), now);
}

Result<StaffMember> Staff::recordAttempt(const PinRecord &record, bool right, const QDateTime &now)
{
    const qint64 id = record.id;
    StaffMember member;
    Error refusal;
    const Status written = m_db.transaction([&]() -> Status {
        Result<QSqlQuery> row = m_db.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" WHERE id = ?"), {id});
        if (!row)
            return row.error();
        if (!row->next())
            return badInput(Text::tr("%1 is not on the staff.").arg(record.name));
        member = fromRow(*row);
        if (member.lockedUntil.isValid() && member.lockedUntil > now) {
            refusal = Error{Error::Kind::Refused,
                            Text::tr("Too many wrong PINs: %1 can try again at %2.")
                                .arg(member.name, member.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")))};
            return Done{};
        }
        if (right) {
            member.failedAttempts = 0;
            member.lockedUntil = QDateTime();
            Result<QSqlQuery> cleared = m_db.exec(
                QStringLiteral("UPDATE staff SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {id});
            return cleared ? Status(Done{}) : Status(cleared.error());
        }
        const int failed = (member.lockedUntil.isValid() ? 0 : member.failedAttempts) + 1;
        const bool lock = failed >= kMaxAttempts;
        const QDateTime until = now.addSecs(kLockoutMinutes * 60);
        Result<QSqlQuery> update =
            m_db.exec(QStringLiteral("UPDATE staff SET failed_attempts = ?, locked_until = ? WHERE id = ?"),
                      {lock ? 0 : failed,
                       lock ? QVariant(Database::timestamp(until)) : QVariant(QMetaType(QMetaType::QString)), id});
        if (!update)
            return update.error();
        if (lock) {
            // The owner learns of PINs being guessed from the audit trail.
            AuditEntry entry;
            entry.at = now;
            entry.actor = member.name;
            entry.action = QStringLiteral("staff");
            entry.detail = QStringLiteral("locked out after %1 wrong PINs until %2")
                               .arg(kMaxAttempts)
                               .arg(Database::timestamp(until));
            if (Status s = AuditTrail(m_db).record(entry); !s)
                return s;
        }
        refusal = lock ? Error{Error::Kind::Refused,
                               Text::tr("Five wrong PINs: %1 is locked out until %2.")
                                   .arg(member.name, until.toLocalTime().toString(QStringLiteral("HH:mm")))}
                       : badInput(Text::tr("Wrong PIN for %1; %n attempt(s) left before a lockout.", nullptr,
                                           kMaxAttempts - failed)
                                      .arg(member.name));
        return Done{};
    });
    if (!written)
        return written.error();
    if (!refusal.message.isEmpty())
        return refusal;
    return member;
}

Status Staff::changePin(const QString &name, const QString &pin)
{
    if (const QString problem = pinProblem(pin); !problem.isEmpty())
        return badInput(problem);
    const QByteArray salt = newSalt();
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE staff SET pin_salt = ?, pin_hash = ?, pin_iterations = ?, failed_attempts = 0,"
                                 " locked_until = NULL WHERE name = ?"),
                  {salt, derive(pin, salt, kIterations), kIterations, name.trimmed()});
    if (!q)
        return q.error();
    if (q->numRowsAffected() != 1)
        return badInput(Text::tr("%1 is not on the staff.").arg(name.trimmed()));
    return Done{};
}

} // namespace PayDesk::Storage
