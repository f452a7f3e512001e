#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "app/payments/paymentservice.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"
#include "app/storage/operationjournal.h"
#include "app/storage/orderqueries.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using S = OperationOutcome::Status;

class TestPaymentService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void damagedDatabaseTakesNoMoreWrites();
    void init();
    void cleanup();
    void createOrderRefusesAnInvalidOrder();
    void captureThenRefundPartThenRest();
    void authorizeThenCaptureLower();
    void authorizeThenVoid();
    void cancelledPaymentCanBeRequestedAgain();
    void statusNoticesTheCustomerApproval();
    void expiredRequestBecomesExpired();
    void wrongSecretIsRefusedAndTheAttemptFails();
    void refundAboveWhatRemainsIsRefusedByLinePay();
    void refundWithNothingLeftIsRefusedLocally();
    void actionsOutsideTheStateTableMakeNoCall();
    void droppedRefundIsRecoveredWithoutResending();
    void refundThatNeverLeftIsRecoveredAsNotApplied();
    void lostConfirmAnswerIsRecovered();
    void confirmThatNeverArrivedIsRecoveredFromCheck();
    void lostRequestAnswerAbandonsTheAttempt();
    void malformedCaptureAnswerIsRecovered();
    void ambiguousReturnCodeIsInDoubt();
    void retryOfAnInDoubtPaymentRecoversFirst();
    void secondCallOnABusyOrderMakesNoCall();
    void unreachableLinePayChangesNothing();
    void authorizationExpiryIsReadFromDetails();
    void everyStepIsAudited();
    void channelSecretIsNeverStored();
    void answerThatCannotBeSavedLeavesThePaymentInDoubt();
    void refusalThatShowsTheRecordIsStaleReadsDetails();

private:
    Order newOrder(const QString &currency = u"TWD"_s);
    Payment current(qint64 orderId) { return *PaymentRepository(*m_f->db).currentForOrder(orderId); }
    // Requests a payment and gets the customer through the page.
    Payment approvedPayment(bool authorizeOnly);
    Payment confirmedPayment(bool authorizeOnly);
    void useTimeout(LinePay::Endpoint endpoint, int ms);
    // Writes what PayDesk leaves behind when it dies after marking a call sent, before the call
    // reached LINE Pay: a sent journal entry and an in-doubt payment. Returns the entry's id.
    qint64 journalSentCall(Payment payment, MoneyCallKind kind, const QByteArray &body, qint64 amountMinor);

    std::unique_ptr<ServiceFixture> m_f;
};

void TestPaymentService::init()
{
    m_f = std::make_unique<ServiceFixture>();
}

void TestPaymentService::cleanup()
{
    m_f.reset();
}

Order TestPaymentService::newOrder(const QString &currency)
{
    Order order;
    order.currency = currency;
    order.customerName = u"Mei"_s;
    if (currency == u"TWD")
        order.items = {{u"Coffee"_s, 2, Money(120, currency)}, {u"Cake"_s, 1, Money(60, currency)}};
    else
        order.items = {{u"Tea"_s, 1, Money(1250, currency)}};
    Result<Order> created = m_f->service->createOrder(order);
    if (!created)
        qFatal("createOrder: %s", qPrintable(created.error().message));
    return *created;
}

Payment TestPaymentService::approvedPayment(bool authorizeOnly)
{
    const Order order = newOrder();
    const OperationOutcome requested = waitFor(m_f->service->request(order.id, authorizeOnly));
    if (requested.status != S::Done)
        qFatal("request: %s", qPrintable(requested.message));
    m_f->sandbox.approve(current(order.id).paymentUrl);
    return current(order.id);
}

Payment TestPaymentService::confirmedPayment(bool authorizeOnly)
{
    const Payment p = approvedPayment(authorizeOnly);
    if (waitFor(m_f->service->confirm(p.orderId)).status != S::Done)
        qFatal("confirm failed");
    return current(p.orderId);
}

void TestPaymentService::useTimeout(LinePay::Endpoint endpoint, int ms)
{
    LinePay::ClientConfig config = m_f->client->config();
    config.timeoutMs.insert(endpoint, ms);
    m_f->client->setConfig(config);
}

qint64 TestPaymentService::journalSentCall(Payment payment, MoneyCallKind kind, const QByteArray &body,
                                           qint64 amountMinor)
{
    Operation op;
    op.paymentId = payment.id;
    op.kind = kind;
    op.status = Operation::Status::Sent;
    op.apiPath = u"/v3/payments/%1/%2"_s.arg(payment.transactionId).arg(moneyCallName(kind));
    op.requestBody = body;
    op.stateBefore = payment.state;
    op.amountMinor = amountMinor;
    op.created = op.updated = m_f->clock.now();
    if (!OperationJournal(*m_f->db).append(op))
        qFatal("journal append failed");
    payment.state = PaymentState::InDoubt;
    payment.busyOperation = op.id;
    if (!PaymentRepository(*m_f->db).update(payment))
        qFatal("payment update failed");
    return op.id;
}

void TestPaymentService::createOrderRefusesAnInvalidOrder()
{
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"  "_s, 1, Money(10, u"TWD"_s)}};
    QVERIFY(!m_f->service->createOrder(order).ok());
    QCOMPARE(*OrderQueries(*m_f->db).count({}), qint64(0)); // nothing half-written
}

void TestPaymentService::captureThenRefundPartThenRest()
{
    const Order order = newOrder();
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
    Payment p = current(order.id);
    QCOMPARE(p.state, PaymentState::Requested);
    QCOMPARE(p.lineOrderId, order.number + u"-1"_s);
    QVERIFY(p.transactionId > (qint64(1) << 62));
    QVERIFY(p.paymentUrl.contains(u"/web/payment/wait"_s));
    QCOMPARE(m_f->sandbox.approve(p.paymentUrl).status, 200);
    QCOMPARE(waitFor(m_f->service->checkStatus(order.id)).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Authenticated);
    QCOMPARE(waitFor(m_f->service->confirm(order.id)).status, S::Done);
    p = current(order.id);
    QCOMPARE(p.state, PaymentState::Captured);
    QCOMPARE(p.captured, Money(300, u"TWD"_s));
    QCOMPARE(waitFor(m_f->service->refund(order.id, Money(100, u"TWD"_s), u"cold coffee"_s)).status, S::Done);
    p = current(order.id);
    QCOMPARE(p.state, PaymentState::PartiallyRefunded);
    QCOMPARE(p.refundable(), Money(200, u"TWD"_s));
    QCOMPARE(waitFor(m_f->service->refund(order.id, std::nullopt, {})).status, S::Done);
    p = current(order.id);
    QCOMPARE(p.state, PaymentState::Refunded);
    QCOMPARE(p.refunded, Money(300, u"TWD"_s));
    const QList<Refund> refunds = *RefundRepository(*m_f->db).forPayment(p.id);
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds[0].reason, u"cold coffee"_s);
    QCOMPARE(refunds[1].amount, Money(200, u"TWD"_s));
    QCOMPARE(waitFor(m_f->service->details(order.id)).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Refunded);
    QCOMPARE(RefundRepository(*m_f->db).forPayment(p.id)->size(), 2); // details adds nothing twice
    QVERIFY(OperationJournal(*m_f->db).unsettled()->isEmpty());
}

void TestPaymentService::authorizeThenCaptureLower()
{
    const Payment p = confirmedPayment(true);
    QCOMPARE(p.state, PaymentState::Authorized);
    QVERIFY(p.authorizationExpiry > m_f->clock.now().addDays(6));
    QCOMPARE(waitFor(m_f->service->capture(p.orderId, Money(250, u"TWD"_s))).status, S::Done);
    const Payment captured = current(p.orderId);
    QCOMPARE(captured.state, PaymentState::Captured);
    QCOMPARE(captured.captured, Money(250, u"TWD"_s));
    QCOMPARE(captured.refundable(), Money(250, u"TWD"_s));
}

void TestPaymentService::authorizeThenVoid()
{
    const Payment p = confirmedPayment(true);
    QCOMPARE(waitFor(m_f->service->voidAuthorization(p.orderId)).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Voided);
}

void TestPaymentService::cancelledPaymentCanBeRequestedAgain()
{
    const Order order = newOrder();
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
    m_f->sandbox.cancel(current(order.id).paymentUrl);
    QCOMPARE(waitFor(m_f->service->checkStatus(order.id)).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Cancelled);
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
    const Payment second = current(order.id);
    QCOMPARE(second.attempt, 2);
    QCOMPARE(second.lineOrderId, order.number + u"-2"_s);
    m_f->sandbox.approve(second.paymentUrl);
    QCOMPARE(waitFor(m_f->service->confirm(order.id)).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Captured);
    QCOMPARE(PaymentRepository(*m_f->db).attemptsForOrder(order.id)->first().state, PaymentState::Cancelled);
}

void TestPaymentService::statusNoticesTheCustomerApproval()
{
    const Order order = newOrder();
    waitFor(m_f->service->request(order.id, false));
    QCOMPARE(waitFor(m_f->service->checkStatus(order.id)).returnCode, u"0000"_s);
    QCOMPARE(current(order.id).state, PaymentState::Requested);
    // Confirm right after the customer approved works without a status call in between.
    m_f->sandbox.approve(current(order.id).paymentUrl);
    QCOMPARE(waitFor(m_f->service->confirm(order.id)).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Captured);
}

void TestPaymentService::expiredRequestBecomesExpired()
{
    const Order order = newOrder();
    waitFor(m_f->service->request(order.id, false));
    m_f->sandbox.server().clock().advance(21 * 60);
    m_f->clock.advance(21 * 60);
    QCOMPARE(waitFor(m_f->service->checkStatus(order.id)).returnCode, u"0121"_s);
    QCOMPARE(current(order.id).state, PaymentState::Expired);
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
}

void TestPaymentService::wrongSecretIsRefusedAndTheAttemptFails()
{
    LinePay::ClientConfig config = m_f->client->config();
    config.channelSecret = "wrong";
    m_f->client->setConfig(config);
    const Order order = newOrder();
    const OperationOutcome outcome = waitFor(m_f->service->request(order.id, false));
    QCOMPARE(outcome.status, S::Refused);
    QCOMPARE(outcome.returnCode, u"1106"_s);
    QVERIFY(outcome.message.contains(u"secret"_s));
    QCOMPARE(current(order.id).state, PaymentState::Failed);
}

void TestPaymentService::refundAboveWhatRemainsIsRefusedByLinePay()
{
    const Payment p = confirmedPayment(false);
    const OperationOutcome outcome = waitFor(m_f->service->refund(p.orderId, Money(301, u"TWD"_s), {}));
    QCOMPARE(outcome.status, S::Refused);
    QCOMPARE(outcome.returnCode, u"1164"_s);
    const Payment after = current(p.orderId);
    QCOMPARE(after.state, PaymentState::Captured);
    QCOMPARE(after.busyOperation, qint64(0));
    QCOMPARE(after.lastReturnCode, u"1164"_s);
    QCOMPARE(OperationJournal(*m_f->db).forPayment(p.id)->last().status, Operation::Status::Refused);
}

void TestPaymentService::refundWithNothingLeftIsRefusedLocally()
{
    const Payment p = confirmedPayment(false);
    QCOMPARE(waitFor(m_f->service->refund(p.orderId, std::nullopt, {})).status, S::Done);
    const int calls = m_f->sandbox.calls(u"refund"_s);
    const OperationOutcome outcome = waitFor(m_f->service->refund(p.orderId, Money(1, u"TWD"_s), {}));
    QCOMPARE(outcome.status, S::BadInput);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), calls);
}

void TestPaymentService::actionsOutsideTheStateTableMakeNoCall()
{
    const Payment p = confirmedPayment(false);
    const auto before = m_f->sandbox.server().callCounts();
    QCOMPARE(waitFor(m_f->service->voidAuthorization(p.orderId)).status, S::BadInput);
    QCOMPARE(waitFor(m_f->service->capture(p.orderId, std::nullopt)).status, S::BadInput);
    QCOMPARE(waitFor(m_f->service->confirm(p.orderId)).status, S::BadInput);
    const OperationOutcome again = waitFor(m_f->service->request(p.orderId, false));
    QCOMPARE(again.status, S::BadInput);
    QVERIFY(again.message.contains(u"Paid"_s));
    QCOMPARE(m_f->sandbox.server().callCounts(), before);
}

void TestPaymentService::droppedRefundIsRecoveredWithoutResending()
{
    const Payment p = confirmedPayment(false);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:drop"_s)});
    const OperationOutcome outcome = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(outcome.status, S::InDoubt);
    QCOMPARE(current(p.orderId).state, PaymentState::InDoubt);
    QCOMPARE(OperationJournal(*m_f->db).unsettled()->size(), 1);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    const Payment after = current(p.orderId);
    QCOMPARE(after.state, PaymentState::PartiallyRefunded);
    QCOMPARE(after.refunded, Money(100, u"TWD"_s));
    QCOMPARE(after.busyOperation, qint64(0));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QVERIFY(OperationJournal(*m_f->db).unsettled()->isEmpty());
    const QList<Refund> refunds = *RefundRepository(*m_f->db).forPayment(p.id);
    QCOMPARE(refunds.size(), 1);
    QVERIFY(refunds.first().refundTransactionId > 0);
}

void TestPaymentService::refundThatNeverLeftIsRecoveredAsNotApplied()
{
    // As if PayDesk died after marking the refund sent but before it reached LINE Pay.
    const Payment p = confirmedPayment(false);
    const qint64 opId = journalSentCall(p, MoneyCallKind::Refund, "{\"refundAmount\":100}", 100);
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    const Payment after = current(p.orderId);
    QCOMPARE(after.state, PaymentState::Captured);
    QCOMPARE(after.refunded, Money(0, u"TWD"_s));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 0);
    QCOMPARE(OperationJournal(*m_f->db).find(opId)->status, Operation::Status::Settled);
}

void TestPaymentService::lostConfirmAnswerIsRecovered()
{
    const Payment p = approvedPayment(false);
    useTimeout(LinePay::Endpoint::Confirm, 300);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"confirm:delay=1500"_s)});
    QCOMPARE(waitFor(m_f->service->confirm(p.orderId)).status, S::InDoubt);
    QCOMPARE(current(p.orderId).state, PaymentState::InDoubt);
    m_f->sandbox.server().setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(m_f->sandbox.server().callCounts().value(u"confirm"_s) == 1, 5000);
    QTest::qWait(1500); // let the late answer go out and the sandbox settle
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
    QCOMPARE(current(p.orderId).captured, Money(300, u"TWD"_s));
    QCOMPARE(m_f->sandbox.calls(u"confirm"_s), 1);
}

void TestPaymentService::confirmThatNeverArrivedIsRecoveredFromCheck()
{
    const Payment p = approvedPayment(false);
    journalSentCall(p, MoneyCallKind::Confirm, {}, 0);
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Authenticated);
    QCOMPARE(m_f->sandbox.calls(u"confirm"_s), 0);
    QCOMPARE(waitFor(m_f->service->confirm(p.orderId)).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
}

void TestPaymentService::lostRequestAnswerAbandonsTheAttempt()
{
    const Order order = newOrder();
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"request:drop"_s)});
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::InDoubt);
    QCOMPARE(m_f->sandbox.calls(u"request"_s), 1);
    m_f->sandbox.server().setFaults({});
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(order.id).state, PaymentState::Failed);
    QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
    QCOMPARE(current(order.id).attempt, 2);
    QCOMPARE(current(order.id).state, PaymentState::Requested);
}

void TestPaymentService::malformedCaptureAnswerIsRecovered()
{
    const Payment p = confirmedPayment(true);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"capture:garbage"_s)});
    const OperationOutcome outcome = waitFor(m_f->service->capture(p.orderId, Money(200, u"TWD"_s)));
    QCOMPARE(outcome.status, S::InDoubt);
    m_f->sandbox.server().setFaults({});
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
    QCOMPARE(current(p.orderId).captured, Money(200, u"TWD"_s));
    QCOMPARE(m_f->sandbox.calls(u"capture"_s), 1);
}

void TestPaymentService::ambiguousReturnCodeIsInDoubt()
{
    const Payment p = confirmedPayment(false);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:code=9000"_s)});
    const OperationOutcome outcome = waitFor(m_f->service->refund(p.orderId, Money(50, u"TWD"_s), {}));
    QCOMPARE(outcome.status, S::InDoubt);
    QCOMPARE(outcome.returnCode, u"9000"_s);
    m_f->sandbox.server().setFaults({});
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured); // LINE Pay has no such refund
    QCOMPARE(current(p.orderId).refunded, Money(0, u"TWD"_s));
}

void TestPaymentService::retryOfAnInDoubtPaymentRecoversFirst()
{
    const Payment p = confirmedPayment(false);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:drop"_s)});
    QCOMPARE(waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {})).status, S::InDoubt);
    m_f->sandbox.server().setFaults({});
    // The owner tries again at once: the service first learns that the first refund happened,
    // and sends nothing more (DESIGN.md "Many processes, one payment", rule 4).
    const OperationOutcome retried = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(retried.status, S::Done);
    QVERIFY(retried.alreadyDone);
    QVERIFY2(retried.message.contains(u"nothing more was sent"_s), qPrintable(retried.message));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QCOMPARE(current(p.orderId).refunded, Money(100, u"TWD"_s));
    QCOMPARE(RefundRepository(*m_f->db).forPayment(p.id)->size(), 1);
    // Told once; the same refund asked again is a new refund.
    QCOMPARE(waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {})).status, S::Done);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 2);
    QCOMPARE(current(p.orderId).refunded, Money(200, u"TWD"_s));
}

void TestPaymentService::secondCallOnABusyOrderMakesNoCall()
{
    const Payment p = confirmedPayment(false);
    QSignalSpy busy(m_f->service.get(), &PaymentService::busyChanged);
    PendingOperation *first = m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {});
    PendingOperation *second = m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {});
    QVERIFY(m_f->service->isBusy(p.orderId));
    QCOMPARE(waitFor(second).status, S::BadInput);
    QCOMPARE(waitFor(first).status, S::Done);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QVERIFY(!m_f->service->isBusy(p.orderId));
    QCOMPARE(busy.size(), 2);
}

void TestPaymentService::unreachableLinePayChangesNothing()
{
    const Payment p = confirmedPayment(false);
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    LinePay::ClientConfig config = m_f->client->config();
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
    probe.close();
    m_f->client->setConfig(config);
    const OperationOutcome outcome = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(outcome.status, S::NotSent);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
    QVERIFY(OperationJournal(*m_f->db).unsettled()->isEmpty());
}

void TestPaymentService::authorizationExpiryIsReadFromDetails()
{
    const Payment p = confirmedPayment(true);
    m_f->sandbox.server().clock().advance(8 * 24 * 3600);
    QCOMPARE(waitFor(m_f->service->details(p.orderId)).status, S::Done);
    QCOMPARE(current(p.orderId).state, PaymentState::Expired);
}

void TestPaymentService::everyStepIsAudited()
{
    const Payment p = confirmedPayment(false);
    waitFor(m_f->service->refund(p.orderId, Money(10, u"TWD"_s), u"chipped cup"_s));
    const QList<AuditEntry> entries = *AuditTrail(*m_f->db).forOrder(p.orderId);
    QStringList actions;
    for (const AuditEntry &e : entries) {
        actions << e.action;
        QCOMPARE(e.actor, u"owner"_s);
    }
    QCOMPARE(actions, (QStringList{u"create"_s, u"request"_s, u"request"_s, u"confirm"_s, u"confirm"_s, u"refund"_s,
                                   u"refund"_s}));
    QCOMPARE(entries.last().returnCode, u"0000"_s);
}

void TestPaymentService::channelSecretIsNeverStored()
{
    const Payment p = confirmedPayment(false);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:drop"_s)});
    waitFor(m_f->service->refund(p.orderId, Money(10, u"TWD"_s), {}));
    m_f->sandbox.server().setFaults({});
    waitFor(m_f->service->recover());
    const QByteArray secret = m_f->client->config().channelSecret;
    m_f->db.reset(); // flush the WAL into the file
    for (const QString &name : QDir(m_f->dir.path()).entryList(QDir::Files)) {
        QFile file(m_f->dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret), qPrintable(name));
    }
    m_f->db = std::move(Database::open(m_f->dir.filePath(u"shop.db"_s))).value();
}

void TestPaymentService::answerThatCannotBeSavedLeavesThePaymentInDoubt()
{
    // The refund goes through, but another program holds the database longer than PayDesk
    // waits: the outcome is unknown locally (exit 3 in the CLI), never a plain storage error
    // that would invite a second refund.
    const Payment p = confirmedPayment(false);
    PaymentService::Options options;
    options.recordWaitMs = 600;
    m_f->service->setOptions(options);
    m_f->db->setBusyTimeout(100);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:delay=400"_s)});
    PendingOperation *refund = m_f->service->refund(p.orderId, Money(100, u"TWD"_s), u"stuck"_s);
    QTRY_COMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    std::unique_ptr<Database> locker = std::move(Database::open(m_f->db->path())).value();
    QVERIFY(locker->exec(u"BEGIN EXCLUSIVE"_s).ok());
    const OperationOutcome outcome = waitFor(refund);
    QVERIFY(locker->exec(u"COMMIT"_s).ok());
    QCOMPARE(outcome.status, S::InDoubt);
    QVERIFY2(outcome.message.contains(u"could not save"_s), qPrintable(outcome.message));
    QCOMPARE(current(p.orderId).state, PaymentState::InDoubt);
    // Asked again, PayDesk learns that it went through and sends nothing.
    m_f->sandbox.server().setFaults({});
    const OperationOutcome again = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), u"stuck"_s));
    QCOMPARE(again.status, S::Done);
    QVERIFY(again.alreadyDone);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QCOMPARE(current(p.orderId).refunded, Money(100, u"TWD"_s));
    QCOMPARE(RefundRepository(*m_f->db).forPayment(p.id)->first().reason, u"stuck"_s);
}

void TestPaymentService::refusalThatShowsTheRecordIsStaleReadsDetails()
{
    // Captured in the merchant center while PayDesk still shows the authorization: the void is
    // refused (1155), and PayDesk reads LINE Pay's record instead of keeping its stale one.
    const Payment p = confirmedPayment(true);
    LinePay::Client merchantCenter(&m_f->network, m_f->sandbox.clientConfig());
    QCOMPARE(waitFor(merchantCenter.capture(p.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    const OperationOutcome refused = waitFor(m_f->service->voidAuthorization(p.orderId));
    QCOMPARE(refused.status, S::Refused);
    QCOMPARE(refused.returnCode, u"1155"_s);
    const Payment after = current(p.orderId);
    QCOMPARE(after.state, PaymentState::Captured);
    QCOMPARE(after.captured, Money(300, u"TWD"_s));
    QCOMPARE(after.lastReturnCode, u"1155"_s);
    QCOMPARE(after.busyOperation, qint64(0));
}

void TestPaymentService::damagedDatabaseTakesNoMoreWrites()
{
    const Order order = newOrder();
    m_f->service->refuseWrites(u"The database is damaged."_s);
    const OperationOutcome requested = waitFor(m_f->service->request(order.id, false));
    QCOMPARE(requested.status, S::StorageError);
    QCOMPARE(requested.message, u"The database is damaged."_s);
    const Result<Order> created = m_f->service->createOrder(order);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().message, u"The database is damaged."_s);
    QCOMPARE(m_f->sandbox.calls(u"request"_s), 0);
}

QTEST_GUILESS_MAIN(TestPaymentService)
#include "tst_paymentservice.moc"
