// Reconciliation: LINE Pay's payment details, 100 transactions a call, bring the local records in
// line where LINE Pay moved a payment, and every difference is reported.
#include <QTest>

#include "app/storage/audittrail.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using S = OperationOutcome::Status;

class TestReconcile final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void linePaysChangesAreFollowedAndEveryDriftIsReported();
    void sinceLimitsWhatIsCompared();
    void unreachableLinePayStopsWithASentence();

private:
    Payment paid(bool authorizeOnly);
    Payment current(qint64 orderId) { return *PaymentRepository(*m_f->db).currentForOrder(orderId); }
    ReconcileReport reconcile(const QDateTime &since = {});

    std::unique_ptr<ServiceFixture> m_f;
};

void TestReconcile::init()
{
    m_f = std::make_unique<ServiceFixture>();
}

void TestReconcile::cleanup()
{
    m_f.reset();
}

Payment TestReconcile::paid(bool authorizeOnly)
{
    const Order order = m_f->newOrder();
    if (waitFor(m_f->service->request(order.id, authorizeOnly)).status != S::Done)
        qFatal("request failed");
    m_f->sandbox.approve(current(order.id).paymentUrl);
    if (waitFor(m_f->service->confirm(order.id)).status != S::Done)
        qFatal("confirm failed");
    return current(order.id);
}

ReconcileReport TestReconcile::reconcile(const QDateTime &since)
{
    std::optional<ReconcileReport> report;
    m_f->service->reconcile(since, [&](const ReconcileReport &r) { report = r; });
    if (!QTest::qWaitFor([&] { return report.has_value(); }, 60000))
        qFatal("reconciliation did not finish");
    return *report;
}

void TestReconcile::linePaysChangesAreFollowedAndEveryDriftIsReported()
{
    QList<Payment> payments;
    for (int i = 0; i < 104; ++i)
        payments << paid(false);
    const Payment authorized = paid(true);
    // In the merchant center: a partial refund PayDesk never made.
    const Payment refundedElsewhere = payments.at(7);
    const std::unique_ptr<LinePay::Client> merchantCenter = m_f->newClient();
    QCOMPARE(waitFor(merchantCenter->refund(refundedElsewhere.transactionId, Money(100, u"TWD"_s))).envelope.returnCode,
             u"0000"_s);
    // A local record that says voided what LINE Pay captured: not a move PayDesk makes by itself.
    const Payment wrong = payments.at(50);
    QVERIFY(m_f->db->exec(u"UPDATE payments SET state = 'VOIDED' WHERE id = ?"_s, {wrong.id}).ok());
    // Another PayDesk is working on this one.
    const Payment busy = payments.at(90);
    QVERIFY(m_f->db->exec(u"UPDATE payments SET busy_operation = 999999 WHERE id = ?"_s, {busy.id}).ok());
    // Eight days later the authorization has expired at LINE Pay.
    m_f->sandbox.server().clock().advance(8 * 86400);
    m_f->clock.advance(8 * 86400);

    const int before = m_f->sandbox.calls(u"details"_s);
    ReconcileReport report = reconcile();
    QVERIFY2(report.problem.isEmpty(), qPrintable(report.problem));
    QCOMPARE(report.payments, qint64(105));
    QCOMPARE(report.busy, qint64(1));
    QCOMPARE(report.calls, 2); // 104 transactions: 100, then 4
    QCOMPARE(m_f->sandbox.calls(u"details"_s) - before, 2);
    QCOMPARE(report.drifts.size(), 3);
    QHash<qint64, Drift> byOrder;
    for (const Drift &d : std::as_const(report.drifts))
        byOrder.insert(d.orderId, d);
    const Drift refund = byOrder.value(refundedElsewhere.orderId);
    QCOMPARE(refund.outcome, Drift::Outcome::Updated);
    QCOMPARE(refund.transactionId, refundedElsewhere.transactionId);
    QVERIFY2(refund.local.contains(u"TWD 0"_s) && refund.linePay.contains(u"TWD 100"_s),
             qPrintable(refund.local + u" / "_s + refund.linePay));
    QCOMPARE(current(refundedElsewhere.orderId).state, PaymentState::PartiallyRefunded);
    const QList<Refund> refunds = *RefundRepository(*m_f->db).forPayment(refundedElsewhere.id);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().amount, Money(100, u"TWD"_s));
    QCOMPARE(byOrder.value(authorized.orderId).outcome, Drift::Outcome::Updated);
    QCOMPARE(current(authorized.orderId).state, PaymentState::Expired);
    const Drift left = byOrder.value(wrong.orderId);
    QCOMPARE(left.outcome, Drift::Outcome::LeftUnchanged);
    QVERIFY2(left.note.contains(u"merchant center"_s), qPrintable(left.note));
    QCOMPARE(current(wrong.orderId).state, PaymentState::Voided);
    QCOMPARE(report.leftUnchanged(), qint64(1));
    // Each change is in the audit trail.
    int entries = 0;
    for (qint64 orderId : {refundedElsewhere.orderId, authorized.orderId}) {
        const Result<QList<AuditEntry>> trail = AuditTrail(*m_f->db).forOrder(orderId);
        QVERIFY(trail.ok());
        for (const AuditEntry &e : *trail)
            entries += e.action == u"reconcile" ? 1 : 0;
    }
    QCOMPARE(entries, 2);
    // Once in line, a second run changes nothing and reports what is still left.
    report = reconcile();
    QCOMPARE(report.drifts.size(), 1);
    QCOMPARE(report.drifts.first().orderId, wrong.orderId);
    QCOMPARE(RefundRepository(*m_f->db).forPayment(refundedElsewhere.id)->size(), 1);
}

void TestReconcile::sinceLimitsWhatIsCompared()
{
    paid(false);
    paid(false);
    ReconcileReport report = reconcile(m_f->clock.now().addDays(1));
    QCOMPARE(report.payments, qint64(0));
    QCOMPARE(report.calls, 0);
    report = reconcile(m_f->clock.now().addDays(-1));
    QCOMPARE(report.payments, qint64(2));
    QCOMPARE(report.calls, 1);
    QVERIFY(report.drifts.isEmpty());
}

void TestReconcile::unreachableLinePayStopsWithASentence()
{
    const Payment p = paid(false);
    LinePay::ClientConfig config = m_f->client->config();
    config.baseUrl = QUrl(u"http://127.0.0.1:9"_s);
    m_f->client->setConfig(config);
    const ReconcileReport report = reconcile();
    QVERIFY(!report.problem.isEmpty());
    QVERIFY(!report.storageProblem);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
}

QTEST_GUILESS_MAIN(TestReconcile)
#include "tst_reconcile.moc"
