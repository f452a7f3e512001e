// Owner and clerks: a clerk's refund or void above the owner's amount is refused without the
// owner's PIN and sends nothing; with it, it goes through and the audit trail names both. Clerks
// cannot close the day, change the shop's details or rules, or the staff list.
#include <QTest>
#include <QTimer>

#include "app/storage/audittrail.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using S = OperationOutcome::Status;

class TestRoles final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aClerksLargeRefundNeedsTheOwnersPinAndTheAuditShowsBoth();
    void aClerksVoidNeedsTheOwnerAboveTheAmount();
    void clerksCannotCloseTheDayOrChangeTheShop();
    void pinsAreCheckedWithoutStoppingTheEventLoop();

private:
    qint64 paid(bool authorizeOnly);
    QStringList auditActors(qint64 orderId, const QString &action);
    // The owner's approval for `pin`, waited for.
    Result<PaymentService::OwnerApproval> approve(const QString &pin);

    std::unique_ptr<ServiceFixture> m_f;
};

void TestRoles::init()
{
    m_f = std::make_unique<ServiceFixture>();
    // Set up by the owner: the staff and the rule (a clerk needs the owner above TWD 100).
    QVERIFY(m_f->service->addStaff(u"Mei"_s, Role::Owner, u"482916"_s));
    QVERIFY(m_f->service->addStaff(u"Ken"_s, Role::Clerk, u"1357"_s));
    ShopRules rules;
    rules.approvalAbove.insert(u"TWD"_s, Money(100, u"TWD"_s));
    QVERIFY(m_f->service->saveShopRules(rules));
    m_f->service->setOperator({u"Ken"_s, Role::Clerk});
}

void TestRoles::cleanup()
{
    m_f.reset();
}

qint64 TestRoles::paid(bool authorizeOnly)
{
    const Order order = m_f->newOrder();
    if (waitFor(m_f->service->request(order.id, authorizeOnly)).status != S::Done)
        qFatal("request failed");
    m_f->sandbox.approve(PaymentRepository(*m_f->db).currentForOrder(order.id)->paymentUrl);
    if (waitFor(m_f->service->confirm(order.id)).status != S::Done)
        qFatal("confirm failed");
    return order.id;
}

Result<PaymentService::OwnerApproval> TestRoles::approve(const QString &pin)
{
    std::optional<Result<PaymentService::OwnerApproval>> answer;
    m_f->service->approveAsOwner(pin, [&](const Result<PaymentService::OwnerApproval> &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
        qFatal("no answer to the owner's PIN");
    return *answer;
}

QStringList TestRoles::auditActors(qint64 orderId, const QString &action)
{
    QStringList actors;
    const Result<QList<AuditEntry>> entries = AuditReader(*m_f->db).forOrder(orderId);
    for (const AuditEntry &e : *entries) {
        if (e.action == action)
            actors << e.actor;
    }
    return actors;
}

void TestRoles::aClerksLargeRefundNeedsTheOwnersPinAndTheAuditShowsBoth()
{
    const qint64 order = paid(false); // TWD 300
    // Within the clerk's amount: no PIN.
    QCOMPARE(*m_f->service->needsOwnerApproval(order, MoneyCallKind::Refund, Money(50, u"TWD"_s)), false);
    QCOMPARE(waitFor(m_f->service->refund(order, Money(50, u"TWD"_s), u"spilt"_s)).status, S::Done);
    // Above it: refused before anything is sent.
    QCOMPARE(*m_f->service->needsOwnerApproval(order, MoneyCallKind::Refund, Money(200, u"TWD"_s)), true);
    const int refundsBefore = m_f->sandbox.calls(u"refund"_s);
    const OperationOutcome refused = waitFor(m_f->service->refund(order, Money(200, u"TWD"_s), u"unhappy"_s));
    QCOMPARE(refused.status, S::BadInput);
    QVERIFY2(refused.message.contains(u"owner's PIN"_s), qPrintable(refused.message));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), refundsBefore);
    // The whole rest without an amount is above it too.
    QCOMPARE(waitFor(m_f->service->refund(order, std::nullopt, QString())).status, S::BadInput);
    // A wrong PIN gives no approval; the owner's does.
    const Result<PaymentService::OwnerApproval> wrong = approve(u"111111"_s);
    QVERIFY(!wrong);
    const Result<PaymentService::OwnerApproval> approval = approve(u"482916"_s);
    QVERIFY(approval);
    QCOMPARE(approval->owner(), u"Mei"_s);
    const OperationOutcome done = waitFor(m_f->service->refund(order, Money(200, u"TWD"_s), u"unhappy"_s, *approval));
    QCOMPARE(done.status, S::Done);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), refundsBefore + 1);
    // The audit trail and the refund record name who asked and who approved.
    const QStringList actors = auditActors(order, u"refund"_s);
    QVERIFY2(actors.contains(u"Ken"_s) && actors.contains(u"Ken (approved by Mei)"_s), qPrintable(actors.join(u'|')));
    const QList<Refund> refunds =
        *RefundReader(*m_f->db).forPayment(PaymentRepository(*m_f->db).currentForOrder(order)->id);
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(1).actor, u"Ken (approved by Mei)"_s);
    QVERIFY(verifyAuditTrail(*m_f->db)->intact);
}

void TestRoles::aClerksVoidNeedsTheOwnerAboveTheAmount()
{
    const qint64 order = paid(true); // TWD 300 authorized
    const OperationOutcome refused = waitFor(m_f->service->voidAuthorization(order));
    QCOMPARE(refused.status, S::BadInput);
    QCOMPARE(m_f->sandbox.calls(u"void"_s), 0);
    QCOMPARE(PaymentRepository(*m_f->db).currentForOrder(order)->state, PaymentState::Authorized);
    // The owner at the counter needs no approval.
    m_f->service->setOperator({u"Mei"_s, Role::Owner});
    QCOMPARE(*m_f->service->needsOwnerApproval(order, MoneyCallKind::Void, std::nullopt), false);
    QCOMPARE(waitFor(m_f->service->voidAuthorization(order)).status, S::Done);
    QCOMPARE(auditActors(order, u"void"_s).first(), u"Mei"_s);
}

void TestRoles::clerksCannotCloseTheDayOrChangeTheShop()
{
    const Result<DayReport> closed = m_f->service->closeDay(QDate::currentDate(), QTimeZone::systemTimeZone());
    QVERIFY(!closed);
    QVERIFY2(closed.error().message.contains(u"owner"_s), qPrintable(closed.error().message));
    QVERIFY(!m_f->service->saveShopInfo({u"Tea"_s, {}, {}, {}}));
    QVERIFY(!m_f->service->saveShopRules(ShopRules{}));
    QVERIFY(!m_f->service->addStaff(u"Nok"_s, Role::Clerk, u"2468"_s));
    QVERIFY(!m_f->service->changePin(u"Mei"_s, u"0000"_s));
    QVERIFY(m_f->service->changePin(u"Ken"_s, u"8642"_s)); // their own
    m_f->service->setOperator({u"Mei"_s, Role::Owner});
    QVERIFY(m_f->service->closeDay(QDate::currentDate(), QTimeZone::systemTimeZone()));
    QVERIFY(m_f->service->addStaff(u"Nok"_s, Role::Clerk, u"2468"_s));
}

void TestRoles::pinsAreCheckedWithoutStoppingTheEventLoop()
{
    // A timer keeps ticking while the slow hash is worked out.
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start(10);
    std::optional<Result<StaffMember>> signedIn;
    m_f->service->signIn(u"Mei"_s, u"000000"_s, [&](const Result<StaffMember> &r) { signedIn = r; });
    QVERIFY(!signedIn.has_value()); // not answered synchronously
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 10000);
    QVERIFY(!*signedIn);
    QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
    QCOMPARE(m_f->service->currentOperator().name, u"Ken"_s);
    signedIn.reset();
    m_f->service->signIn(u"Mei"_s, u"482916"_s, [&](const Result<StaffMember> &r) { signedIn = r; });
    QTRY_VERIFY_WITH_TIMEOUT(signedIn.has_value(), 10000);
    QVERIFY(*signedIn);
    QCOMPARE(m_f->service->currentOperator().name, u"Mei"_s);
    QVERIFY(m_f->service->operatorIsOwner());
    // The owner's approval the same way; the earlier wrong PIN was counted.
    std::optional<Result<PaymentService::OwnerApproval>> approval;
    m_f->service->approveAsOwner(u"482916"_s, [&](const Result<PaymentService::OwnerApproval> &a) { approval = a; });
    QTRY_VERIFY_WITH_TIMEOUT(approval.has_value(), 10000);
    QVERIFY(*approval);
    QCOMPARE((*approval)->owner(), u"Mei"_s);
}

QTEST_GUILESS_MAIN(TestRoles)

#include "tst_roles.moc"
