#include <QSignalSpy>
#include <QTest>

#include "app/payments/moneycalls.h"
#include "app/payments/paymentpoller.h"
#include "app/storage/paymentrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

class TestPaymentPoller final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { m_f = std::make_unique<ServiceFixture>(); }
    void cleanup() { m_f.reset(); }
    void approvedPaymentIsSeenAndConfirmedAutomatically();
    void requestIsLeftAloneAfterTwentyMinutes();
    void expiredAuthorizationIsReadOnce();
    void manyExpiredAuthorizationsAreReadAFewPerPoll();

private:
    Payment current(qint64 orderId) { return *PaymentRepository(*m_f->db).currentForOrder(orderId); }
    qint64 requested(bool authorizeOnly)
    {
        const Order order = m_f->newOrder();
        if (waitFor(m_f->service->request(order.id, authorizeOnly)).status != OperationOutcome::Status::Done)
            qFatal("request failed");
        return order.id;
    }

    std::unique_ptr<ServiceFixture> m_f;
};

void TestPaymentPoller::approvedPaymentIsSeenAndConfirmedAutomatically()
{
    PaymentPoller poller(*m_f->service, *m_f->db, 1000);
    const qint64 orderId = requested(false);
    poller.poll();
    QTRY_COMPARE(m_f->sandbox.calls(u"check"_s), 1);
    QCOMPARE(current(orderId).state, PaymentState::Requested);
    m_f->sandbox.approve(current(orderId).paymentUrl);
    poller.setAutoConfirm(true);
    QSignalSpy confirmed(&poller, &PaymentPoller::confirmed);
    m_f->clock.advance(2); // past the shared one-check-a-second pace
    poller.poll();
    QTRY_COMPARE(current(orderId).state, PaymentState::Captured);
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(m_f->sandbox.calls(u"confirm"_s), 1);
    poller.poll();
    QTest::qWait(100);
    QCOMPARE(m_f->sandbox.calls(u"confirm"_s), 1);
}

void TestPaymentPoller::requestIsLeftAloneAfterTwentyMinutes()
{
    PaymentPoller poller(*m_f->service, *m_f->db, 1000);
    const qint64 orderId = requested(false);
    m_f->clock.advance(kRequestWindowSeconds + 1);
    poller.poll();
    QTest::qWait(200);
    QCOMPARE(m_f->sandbox.calls(u"check"_s), 0);
    QCOMPARE(current(orderId).state, PaymentState::Requested);
}

void TestPaymentPoller::expiredAuthorizationIsReadOnce()
{
    PaymentPoller poller(*m_f->service, *m_f->db, 1000);
    const qint64 orderId = requested(true);
    m_f->sandbox.approve(current(orderId).paymentUrl);
    QCOMPARE(waitFor(m_f->service->confirm(orderId)).status, OperationOutcome::Status::Done);
    QCOMPARE(current(orderId).state, PaymentState::Authorized);
    poller.poll(); // not expired yet: nothing to read
    QTest::qWait(100);
    QCOMPARE(m_f->sandbox.calls(u"details"_s), 0);

    const qint64 days8 = 8 * 24 * 3600;
    m_f->sandbox.server().clock().advance(days8);
    m_f->clock.advance(days8);
    poller.poll();
    QTRY_COMPARE(current(orderId).state, PaymentState::Expired);
    QCOMPARE(m_f->sandbox.calls(u"details"_s), 1);
    poller.poll();
    QTest::qWait(100);
    QCOMPARE(m_f->sandbox.calls(u"details"_s), 1);
}

void TestPaymentPoller::manyExpiredAuthorizationsAreReadAFewPerPoll()
{
    // A shop opening after a long break: not every old authorization is asked about at once.
    PaymentPoller poller(*m_f->service, *m_f->db, 1000);
    QList<qint64> orders;
    for (int i = 0; i < 25; ++i) {
        orders << requested(true);
        m_f->sandbox.approve(current(orders.last()).paymentUrl);
        QCOMPARE(waitFor(m_f->service->confirm(orders.last())).status, OperationOutcome::Status::Done);
    }
    const qint64 days8 = 8 * 24 * 3600;
    m_f->sandbox.server().clock().advance(days8);
    m_f->clock.advance(days8);
    poller.poll();
    QTRY_COMPARE(m_f->sandbox.calls(u"details"_s), 20);
    QTest::qWait(100);
    QCOMPARE(m_f->sandbox.calls(u"details"_s), 20);
    poller.poll();
    QTRY_COMPARE(m_f->sandbox.calls(u"details"_s), 25);
    for (qint64 orderId : std::as_const(orders))
        QTRY_COMPARE(current(orderId).state, PaymentState::Expired);
    poller.poll();
    QTest::qWait(100);
    QCOMPARE(m_f->sandbox.calls(u"details"_s), 25);
}

QTEST_MAIN(TestPaymentPoller)
#include "tst_paymentpoller.moc"
