// The staff and their PINs: kept as salted PBKDF2 hashes only, one owner, five wrong PINs lock
// that person out for a while, and a right PIN afterwards clears the count.
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "app/storage/audittrail.h"
#include "app/storage/staff.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace Qt::StringLiterals;

class TestStaff final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pinsAreKeptAsSaltedHashesOnly();
    void oneOwnerAndWellFormedPinsOnly();
    void fiveWrongPinsLockThatPersonOut();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const QDateTime m_now = QDateTime(QDate(2026, 11, 29), QTime(9, 0), Qt::UTC);
};

void TestStaff::init()
{
    m_db = std::move(Database::open(m_dir.filePath(u"shop.db"_s))).value();
}

void TestStaff::cleanup()
{
    m_db.reset();
    QFile::remove(m_dir.filePath(u"shop.db"_s));
}

void TestStaff::pinsAreKeptAsSaltedHashesOnly()
{
    Staff staff(*m_db);
    QVERIFY(staff.add(u"陳美玲"_s, Role::Owner, u"482916"_s, m_now));
    QVERIFY(staff.add(u"Somchai"_s, Role::Clerk, u"482916"_s, m_now));
    Result<QSqlQuery> q = m_db->exec(u"SELECT pin_salt, pin_hash, pin_iterations FROM staff ORDER BY id"_s);
    QVERIFY(q);
    QList<QByteArray> hashes;
    QList<QByteArray> salts;
    while (q->next()) {
        salts << q->value(0).toByteArray();
        hashes << q->value(1).toByteArray();
        QCOMPARE(q->value(2).toInt(), Staff::kIterations);
    }
    QCOMPARE(salts.size(), 2);
    QCOMPARE(salts.at(0).size(), 16);
    QCOMPARE(hashes.at(0).size(), 32);
    // The same PIN, two salts, two hashes.
    QVERIFY(salts.at(0) != salts.at(1));
    QVERIFY(hashes.at(0) != hashes.at(1));
    m_db.reset();
    QFile file(m_dir.filePath(u"shop.db"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("482916"));
    m_db = std::move(Database::open(m_dir.filePath(u"shop.db"_s))).value();
    Staff again(*m_db);
    const Result<StaffMember> owner = again.verify(u"陳美玲"_s, u"482916"_s, m_now);
    QVERIFY(owner);
    QCOMPARE(owner->role, Role::Owner);
    QVERIFY(!again.verify(u"陳美玲"_s, u"482917"_s, m_now));
    QVERIFY(again.changePin(u"Somchai"_s, u"1357"_s));
    QVERIFY(!again.verify(u"Somchai"_s, u"482916"_s, m_now));
    QCOMPARE(again.verify(u"Somchai"_s, u"1357"_s, m_now)->role, Role::Clerk);
}

void TestStaff::oneOwnerAndWellFormedPinsOnly()
{
    Staff staff(*m_db);
    QVERIFY(staff.add(u"Mei"_s, Role::Owner, u"2580"_s, m_now));
    const Result<StaffMember> second = staff.add(u"Ken"_s, Role::Owner, u"2580"_s, m_now);
    QVERIFY(!second);
    QVERIFY(second.error().message.contains(u"owner"_s));
    for (const QString &pin : {u"123"_s, u"1234567890123"_s, u"12a4"_s, u"１２３４"_s, QString()})
        QVERIFY2(!staff.add(u"Ken"_s, Role::Clerk, pin, m_now), qPrintable(pin));
    QVERIFY(!staff.add(u"Mei"_s, Role::Clerk, u"2580"_s, m_now)); // the name is taken
    QVERIFY(!staff.add(u"Ken\u202e"_s, Role::Clerk, u"2580"_s, m_now));
    QVERIFY(staff.add(u"Ken"_s, Role::Clerk, u"0000"_s, m_now));
    QCOMPARE(staff.members()->size(), 2);
    QVERIFY(!staff.verify(u"Nobody"_s, u"0000"_s, m_now));
}

void TestStaff::fiveWrongPinsLockThatPersonOut()
{
    Staff staff(*m_db);
    QVERIFY(staff.add(u"Ken"_s, Role::Clerk, u"2468"_s, m_now));
    for (int attempt = 1; attempt <= 4; ++attempt) {
        const Result<StaffMember> wrong = staff.verify(u"Ken"_s, u"1111"_s, m_now);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, Error::Kind::BadInput);
        QVERIFY2(wrong.error().message.contains(QString::number(5 - attempt)), qPrintable(wrong.error().message));
    }
    const Result<StaffMember> fifth = staff.verify(u"Ken"_s, u"1111"_s, m_now);
    QVERIFY(!fifth);
    QCOMPARE(fifth.error().kind, Error::Kind::Refused);
    QCOMPARE(staff.find(u"Ken"_s)->lockedUntil, m_now.addSecs(Staff::kLockoutMinutes * 60));
    // The lockout is in the audit trail, which stays intact.
    Result<QSqlQuery> audit = m_db->exec(u"SELECT actor, detail FROM audit WHERE action = 'staff'"_s);
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toString(), u"Ken"_s);
    QVERIFY(audit->value(1).toString().startsWith(u"locked out after 5 wrong PINs"_s));
    QVERIFY(verifyAuditTrail(*m_db)->intact);
    // Even the right PIN waits for the lockout to end.
    const Result<StaffMember> locked = staff.verify(u"Ken"_s, u"2468"_s, m_now.addSecs(60));
    QVERIFY(!locked);
    QCOMPARE(locked.error().kind, Error::Kind::Refused);
    const Result<StaffMember> after = staff.verify(u"Ken"_s, u"2468"_s, m_now.addSecs(16 * 60));
    QVERIFY(after);
    QCOMPARE(after->failedAttempts, 0);
    QVERIFY(!staff.find(u"Ken"_s)->lockedUntil.isValid());
}

QTEST_GUILESS_MAIN(TestStaff)

#include "tst_staff.moc"
