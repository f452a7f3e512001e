#pragma once

#include <QDateTime>
#include <QList>

#include "app/storage/database.h"

namespace PayDesk::Storage {

// Who works the counter: the owner, and any number of clerks.
enum class Role
{
    Owner,
    Clerk,
};

struct StaffMember
{
    qint64 id = 0;
    QString name;
    Role role = Role::Clerk;
    int failedAttempts = 0;
    QDateTime lockedUntil; // null when not locked out
};

// The people who may use PayDesk, each with a PIN kept only as a salted PBKDF2-HMAC-SHA256 hash
// (600,000 iterations, 16 random bytes of salt; the PIN itself is never stored). Five wrong PINs
// in a row lock that person out for 15 minutes; a right one clears the count.
class Staff
{
public:
    static constexpr int kIterations = 600000;
    static constexpr int kMaxAttempts = 5;
    static constexpr int kLockoutMinutes = 15;

    explicit Staff(Database &database) : m_db(database) {}

    // A PIN is 4 to 12 digits; the sentence says what is wrong with it, empty when it is fine.
    static QString pinProblem(const QString &pin);

    // Adds a person. There is one owner: a second is refused.
    Result<StaffMember> add(const QString &name, Role role, const QString &pin, const QDateTime &now);
    Result<QList<StaffMember>> members() const;
    Result<StaffMember> find(const QString &name) const;
    // Checks `name`'s PIN at `now`: the member when it is right; BadInput naming the attempts
    // left when it is wrong, Refused while locked out (saying until when). Each answer is
    // written before it is given, so that parallel tries from other programs count too.
    // Takes about a second: the three steps below let a window work out the hash on a thread.
    Result<StaffMember> verify(const QString &name, const QString &pin, const QDateTime &now);

    // What checking a PIN needs of a person: their salt, hash and iteration count.
    struct PinRecord
    {
        qint64 id = 0;
        QString name;
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
    };
    Result<PinRecord> pinRecord(const QString &name) const;
    // Whether `pin` is the record's PIN: the slow hash alone, touching no database (any thread).
    static bool pinMatches(const QString &pin, const PinRecord &record);
    // Writes the attempt's outcome (the count, the lockout) and gives the answer verify() gives.
    Result<StaffMember> recordAttempt(const PinRecord &record, bool right, const QDateTime &now);
    Status changePin(const QString &name, const QString &pin);

private:
    Database &m_db;
};

QString roleName(Role role); // "owner", "clerk"

} // namespace PayDesk::Storage
