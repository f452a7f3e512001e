#include <QNetworkAccessManager>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include "app/payments/moneycalls.h"
#include "app/payments/paymentservice.h"
#include "app/storage/database.h"
#include "app/storage/operationjournal.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using S = OperationOutcome::Status;

Q_DECLARE_METATYPE(PaymentState)
Q_DECLARE_METATYPE(MoneyCallKind)
Q_DECLARE_METATYPE(OperationOutcome::Status)

namespace {

// What happens to a payment outside PayDesk: in LINE Pay's merchant center, on the customer's
// page, or with time.
enum class Outside
{
    Nothing,
    RefundHundred,
    RefundFifty,
    RefundAll,
    CaptureIt,
    VoidIt,
    ConfirmIt,
    CustomerApproves,
    CustomerCancels,
    RequestWindowEnds,
    AuthorizationExpires,
};

} // namespace

Q_DECLARE_METATYPE(Outside)

// Every decision recovery takes: for each money call whose answer was lost, each answer payment
// details and check-status can give. Each row names the decision it protects.
class TestRecovery final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void checkStatusCodesMapToStates_data();
    void checkStatusCodesMapToStates();
    void everyRecoveryDecision_data();
    void everyRecoveryDecision();
    void callNeverSentIsRestoredWithoutAsking_data();
    void callNeverSentIsRestoredWithoutAsking();
    void callOfALiveOwnerIsLeftUntilItsDeadline();
    void unansweredCallOfAGoneOwnerIsNotDeclaredUndoneBeforeItsDeadline();
    void twoServicesNeverBothSendForOnePayment();
    void detailsThatContradictTheStateTableChangeNothing();
    void readsFollowChangesMadeOutsidePayDesk_data();
    void readsFollowChangesMadeOutsidePayDesk();

private:
    Payment current(qint64 orderId) { return *PaymentRepository(*m_f->db).currentForOrder(orderId); }
    Payment approved(bool authorizeOnly);
    Payment confirmed(bool authorizeOnly);
    void happenOutside(Outside what, const Payment &payment);

    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<LinePay::Client> m_merchantCenter; // calls made outside PayDesk
};

void TestRecovery::init()
{
    m_f = std::make_unique<ServiceFixture>();
    m_merchantCenter = m_f->newClient();
}

void TestRecovery::cleanup()
{
    m_merchantCenter.reset();
    m_f.reset();
}

void TestRecovery::happenOutside(Outside what, const Payment &p)
{
    const auto merchantCenter = [](LinePay::Call *call) {
        QCOMPARE(waitFor(call).envelope.returnCode, u"0000"_s);
    };
    switch (what) {
    case Outside::Nothing:
        break;
    case Outside::RefundHundred:
        merchantCenter(m_merchantCenter->refund(p.transactionId, Money(100, u"TWD"_s)));
        break;
    case Outside::RefundFifty:
        merchantCenter(m_merchantCenter->refund(p.transactionId, Money(50, u"TWD"_s)));
        break;
    case Outside::RefundAll:
        merchantCenter(m_merchantCenter->refund(p.transactionId, std::nullopt));
        break;
    case Outside::CaptureIt:
        merchantCenter(m_merchantCenter->capture(p.transactionId, Money(300, u"TWD"_s)));
        break;
    case Outside::VoidIt:
        merchantCenter(m_merchantCenter->voidAuthorization(p.transactionId));
        break;
    case Outside::ConfirmIt:
        merchantCenter(m_merchantCenter->confirm(p.transactionId, Money(300, u"TWD"_s)));
        break;
    case Outside::CustomerApproves:
        m_f->sandbox.approve(p.paymentUrl);
        break;
    case Outside::CustomerCancels:
        m_f->sandbox.cancel(p.paymentUrl);
        break;
    case Outside::RequestWindowEnds:
        m_f->sandbox.server().clock().advance(21 * 60);
        m_f->clock.advance(21 * 60);
        break;
    case Outside::AuthorizationExpires:
        m_f->sandbox.server().clock().advance(8 * 24 * 3600);
        m_f->clock.advance(8 * 24 * 3600);
        break;
    }
}

Payment TestRecovery::approved(bool authorizeOnly)
{
    const Order order = m_f->newOrder();
    if (waitFor(m_f->service->request(order.id, authorizeOnly)).status != S::Done)
        qFatal("request failed");
    m_f->sandbox.approve(current(order.id).paymentUrl);
    return current(order.id);
}

Payment TestRecovery::confirmed(bool authorizeOnly)
{
    const Payment p = approved(authorizeOnly);
    if (waitFor(m_f->service->confirm(p.orderId)).status != S::Done)
        qFatal("confirm failed");
    return current(p.orderId);
}

void TestRecovery::checkStatusCodesMapToStates_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("minutesSinceRequest");
    QTest::addColumn<bool>("hasState");
    QTest::addColumn<PaymentState>("state");
    QTest::newRow("0000 waiting") << u"0000"_s << 1 << true << PaymentState::Requested;
    QTest::newRow("0110 approved") << u"0110"_s << 1 << true << PaymentState::Authenticated;
    QTest::newRow("0121 within the window: cancelled") << u"0121"_s << 5 << true << PaymentState::Cancelled;
    QTest::newRow("0121 after the window: expired") << u"0121"_s << 21 << true << PaymentState::Expired;
    QTest::newRow("0122 failed") << u"0122"_s << 1 << true << PaymentState::Failed;
    // Complete: only payment details tell whether captured or authorized; never FAILED, which
    // would allow a second request and a second charge.
    QTest::newRow("0123 complete: no state from check") << u"0123"_s << 1 << false << PaymentState::Draft;
    QTest::newRow("9000: no state") << u"9000"_s << 1 << false << PaymentState::Draft;
    QTest::newRow("1150: no state") << u"1150"_s << 1 << false << PaymentState::Draft;
}

void TestRecovery::checkStatusCodesMapToStates()
{
    QFETCH(QString, code);
    QFETCH(int, minutesSinceRequest);
    QFETCH(bool, hasState);
    QFETCH(PaymentState, state);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const std::optional<PaymentState> mapped =
        stateAfterCheck(checkStatusFromCode(code), now.addSecs(-60 * minutesSinceRequest), now);
    QCOMPARE(mapped.has_value(), hasState);
    if (hasState)
        QCOMPARE(*mapped, state);
}

void TestRecovery::everyRecoveryDecision_data()
{
    QTest::addColumn<MoneyCallKind>("kind");
    QTest::addColumn<bool>("authorizeOnly");
    QTest::addColumn<bool>("happened");       // the call reached LINE Pay and was carried out
    QTest::addColumn<Outside>("outside");     // what happened to the payment outside PayDesk meanwhile
    QTest::addColumn<QStringList>("answers"); // faults on details / check while recovering
    QTest::addColumn<S>("status");
    QTest::addColumn<PaymentState>("state");
    QTest::addColumn<int>("applied");          // -1: still unsettled
    QTest::addColumn<PaymentState>("finally"); // after a later recovery with LINE Pay answering

    using K = MoneyCallKind;
    using P = PaymentState;
    const QStringList none;
    const QStringList details1150{u"details:code=1150"_s};

    // confirm
    QTest::newRow("confirm went through: details list it captured")
        << K::Confirm << false << true << Outside::Nothing << none << S::Done << P::Captured << 1 << P::Captured;
    QTest::newRow("confirm went through: details list it authorized")
        << K::Confirm << true << true << Outside::Nothing << none << S::Done << P::Authorized << 1 << P::Authorized;
    QTest::newRow("confirm never happened: not listed, check 0110 → ready to confirm")
        << K::Confirm << false << false << Outside::Nothing << none << S::Done << P::Authenticated << 0
        << P::Authenticated;
    QTest::newRow("confirm never happened: details 1150, check 0000 → waiting")
        << K::Confirm << false << false << Outside::Nothing << QStringList{u"check:code=0000"_s} << S::Done
        << P::Requested << 0 << P::Requested;
    QTest::newRow("confirm never happened: details 1150, check 0121 → cancelled")
        << K::Confirm << false << false << Outside::Nothing << QStringList{u"check:code=0121"_s} << S::Done
        << P::Cancelled << 0 << P::Cancelled;
    QTest::newRow("confirm never happened: request window over, check 0121 → expired")
        << K::Confirm << false << false << Outside::RequestWindowEnds << none << S::Done << P::Expired << 0
        << P::Expired;
    QTest::newRow("confirm never happened: details 1150, check 0122 → failed")
        << K::Confirm << false << false << Outside::Nothing << QStringList{u"check:code=0122"_s} << S::Done << P::Failed
        << 0 << P::Failed;
    QTest::newRow("confirm: details 1150 but check 0123 complete → stays in doubt")
        << K::Confirm << false << true << Outside::Nothing << (details1150 + QStringList{u"check:code=0123"_s})
        << S::InDoubt << P::InDoubt << -1 << P::Captured;
    QTest::newRow("confirm: details 1150, check unanswered (9000) → stays in doubt")
        << K::Confirm << false << false << Outside::Nothing << (details1150 + QStringList{u"check:code=9000"_s})
        << S::InDoubt << P::InDoubt << -1 << P::Authenticated;
    QTest::newRow("confirm: details 1150, check connection dropped → stays in doubt")
        << K::Confirm << false << false << Outside::Nothing << (details1150 + QStringList{u"check:drop"_s})
        << S::InDoubt << P::InDoubt << -1 << P::Authenticated;
    QTest::newRow("confirm: details 9000 → stays in doubt")
        << K::Confirm << false << true << Outside::Nothing << QStringList{u"details:code=9000"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Captured;
    QTest::newRow("confirm: details connection dropped → stays in doubt")
        << K::Confirm << false << true << Outside::Nothing << QStringList{u"details:drop"_s} << S::InDoubt << P::InDoubt
        << -1 << P::Captured;
    QTest::newRow("confirm: details unreadable → stays in doubt")
        << K::Confirm << false << true << Outside::Nothing << QStringList{u"details:garbage"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Captured;

    // capture
    QTest::newRow("capture went through: details CAPTURE")
        << K::Capture << true << true << Outside::Nothing << none << S::Done << P::Captured << 1 << P::Captured;
    QTest::newRow("capture never happened: details AUTHORIZATION")
        << K::Capture << true << false << Outside::Nothing << none << S::Done << P::Authorized << 0 << P::Authorized;
    QTest::newRow("capture never happened, voided meanwhile: details VOIDED_AUTHORIZATION")
        << K::Capture << true << false << Outside::VoidIt << none << S::Done << P::Voided << 0 << P::Voided;
    QTest::newRow("capture never happened, authorization expired: details EXPIRED_AUTHORIZATION")
        << K::Capture << true << false << Outside::AuthorizationExpires << none << S::Done << P::Expired << 0
        << P::Expired;
    QTest::newRow("capture: details 1150 → stays in doubt")
        << K::Capture << true << true << Outside::Nothing << details1150 << S::InDoubt << P::InDoubt << -1
        << P::Captured;
    QTest::newRow("capture: details 9000 → stays in doubt")
        << K::Capture << true << true << Outside::Nothing << QStringList{u"details:code=9000"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Captured;
    QTest::newRow("capture: details connection dropped → stays in doubt")
        << K::Capture << true << false << Outside::Nothing << QStringList{u"details:drop"_s} << S::InDoubt << P::InDoubt
        << -1 << P::Authorized;
    QTest::newRow("capture: details unreadable → stays in doubt")
        << K::Capture << true << true << Outside::Nothing << QStringList{u"details:garbage"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Captured;

    // void
    QTest::newRow("void went through: details VOIDED_AUTHORIZATION")
        << K::Void << true << true << Outside::Nothing << none << S::Done << P::Voided << 1 << P::Voided;
    QTest::newRow("void never happened: details AUTHORIZATION")
        << K::Void << true << false << Outside::Nothing << none << S::Done << P::Authorized << 0 << P::Authorized;
    QTest::newRow("void never happened, captured meanwhile: details CAPTURE")
        << K::Void << true << false << Outside::CaptureIt << none << S::Done << P::Captured << 0 << P::Captured;
    QTest::newRow("void: details 1150 → stays in doubt")
        << K::Void << true << true << Outside::Nothing << details1150 << S::InDoubt << P::InDoubt << -1 << P::Voided;
    QTest::newRow("void: details 9000 → stays in doubt")
        << K::Void << true << false << Outside::Nothing << QStringList{u"details:code=9000"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Authorized;
    QTest::newRow("void: details connection dropped → stays in doubt")
        << K::Void << true << true << Outside::Nothing << QStringList{u"details:drop"_s} << S::InDoubt << P::InDoubt
        << -1 << P::Voided;
    QTest::newRow("void: details unreadable → stays in doubt")
        << K::Void << true << true << Outside::Nothing << QStringList{u"details:garbage"_s} << S::InDoubt << P::InDoubt
        << -1 << P::Voided;

    // refund (of 100 on a payment of 300)
    QTest::newRow("refund went through: a new refund of its amount")
        << K::Refund << false << true << Outside::Nothing << none << S::Done << P::PartiallyRefunded << 1
        << P::PartiallyRefunded;
    QTest::newRow("refund never happened: no new refund")
        << K::Refund << false << false << Outside::Nothing << none << S::Done << P::Captured << 0 << P::Captured;
    QTest::newRow("refund went through, another made outside: both recorded, ours with its reason")
        << K::Refund << false << true << Outside::RefundFifty << none << S::Done << P::PartiallyRefunded << 1
        << P::PartiallyRefunded;
    QTest::newRow("refund never happened, another made outside: that one recorded from LINE Pay")
        << K::Refund << false << false << Outside::RefundFifty << none << S::Done << P::PartiallyRefunded << 0
        << P::PartiallyRefunded;
    QTest::newRow("refund: details 1150 → stays in doubt")
        << K::Refund << false << true << Outside::Nothing << details1150 << S::InDoubt << P::InDoubt << -1
        << P::PartiallyRefunded;
    QTest::newRow("refund: details 9000 → stays in doubt")
        << K::Refund << false << false << Outside::Nothing << QStringList{u"details:code=9000"_s} << S::InDoubt
        << P::InDoubt << -1 << P::Captured;
    QTest::newRow("refund: details connection dropped → stays in doubt")
        << K::Refund << false << true << Outside::Nothing << QStringList{u"details:drop"_s} << S::InDoubt << P::InDoubt
        << -1 << P::PartiallyRefunded;
    QTest::newRow("refund: details unreadable → stays in doubt")
        << K::Refund << false << true << Outside::Nothing << QStringList{u"details:garbage"_s} << S::InDoubt
        << P::InDoubt << -1 << P::PartiallyRefunded;

    // request: LINE Pay cannot be asked about a request whose answer was lost
    QTest::newRow("request answer lost, request made → attempt abandoned, no call")
        << K::Request << false << true << Outside::Nothing << none << S::Done << P::Failed << 0 << P::Failed;
    QTest::newRow("request answer lost, nothing made → attempt abandoned, no call")
        << K::Request << false << false << Outside::Nothing << none << S::Done << P::Failed << 0 << P::Failed;
}

void TestRecovery::everyRecoveryDecision()
{
    QFETCH(MoneyCallKind, kind);
    QFETCH(bool, authorizeOnly);
    QFETCH(bool, happened);
    QFETCH(Outside, outside);
    QFETCH(QStringList, answers);
    QFETCH(S, status);
    QFETCH(PaymentState, state);
    QFETCH(int, applied);
    QFETCH(PaymentState, finally);

    Sandbox::SandboxServer &server = m_f->sandbox.server();
    Payment p;
    qint64 orderId = 0;
    if (kind == MoneyCallKind::Request)
        orderId = m_f->newOrder().id;
    else if (kind == MoneyCallKind::Confirm)
        p = approved(authorizeOnly);
    else
        p = confirmed(authorizeOnly);
    if (orderId == 0)
        orderId = p.orderId;

    // The call under test: its answer is lost, whether or not LINE Pay carried it out.
    const QString op = moneyCallName(kind);
    server.setFaults({*Sandbox::parseFault(op + (happened ? u":drop"_s : u":code=1198"_s))});
    OperationOutcome lost;
    switch (kind) {
    case MoneyCallKind::Request:
        lost = waitFor(m_f->service->request(orderId, false));
        break;
    case MoneyCallKind::Confirm:
        lost = waitFor(m_f->service->confirm(orderId));
        break;
    case MoneyCallKind::Capture:
        lost = waitFor(m_f->service->capture(orderId, Money(200, u"TWD"_s)));
        break;
    case MoneyCallKind::Void:
        lost = waitFor(m_f->service->voidAuthorization(orderId));
        break;
    case MoneyCallKind::Refund:
        lost = waitFor(m_f->service->refund(orderId, Money(100, u"TWD"_s), u"chipped cup"_s));
        break;
    }
    QCOMPARE(lost.status, S::InDoubt);
    server.setFaults({});

    happenOutside(outside, p);
    QVERIFY(!QTest::currentTestFailed());

    const int callsOfKind = m_f->sandbox.calls(op);
    QList<Sandbox::Fault> faults;
    for (const QString &text : std::as_const(answers))
        faults << *Sandbox::parseFault(text);
    server.setFaults(faults);
    const int moneyCallsBefore = m_f->sandbox.calls(u"request"_s) + m_f->sandbox.calls(u"confirm"_s) +
                                 m_f->sandbox.calls(u"capture"_s) + m_f->sandbox.calls(u"void"_s) +
                                 m_f->sandbox.calls(u"refund"_s);
    const OperationOutcome recovered = waitFor(m_f->service->recover());
    QCOMPARE(recovered.status, status);
    const Payment after = current(orderId);
    QCOMPARE(after.state, state);
    const Operation journaled = OperationJournal(*m_f->db).forPayment(after.id)->last();
    QCOMPARE(journaled.kind, kind);
    if (applied < 0) {
        QVERIFY(journaled.isUnsettled());
        QCOMPARE(after.busyOperation, journaled.id);
    } else {
        QVERIFY(!journaled.isUnsettled());
        QCOMPARE(journaled.applied.value_or(false), applied == 1);
        QCOMPARE(after.busyOperation, qint64(0));
    }
    // Recovery only reads: nothing was sent again.
    QCOMPARE(m_f->sandbox.calls(u"request"_s) + m_f->sandbox.calls(u"confirm"_s) + m_f->sandbox.calls(u"capture"_s) +
                 m_f->sandbox.calls(u"void"_s) + m_f->sandbox.calls(u"refund"_s),
             moneyCallsBefore);
    QCOMPARE(m_f->sandbox.calls(op), callsOfKind);
    if (kind == MoneyCallKind::Request)
        QCOMPARE(m_f->sandbox.calls(u"details"_s) + m_f->sandbox.calls(u"check"_s), 0);

    // Once LINE Pay answers plainly, the payment settles where LINE Pay says it is.
    server.setFaults({});
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(orderId).state, finally);
    QCOMPARE(m_f->sandbox.calls(op), callsOfKind);
    if (kind == MoneyCallKind::Refund && happened) {
        const QList<Refund> refunds = *RefundRepository(*m_f->db).forPayment(after.id);
        const auto ours =
            std::find_if(refunds.cbegin(), refunds.cend(), [](const Refund &r) { return r.reason == u"chipped cup"; });
        QVERIFY(ours != refunds.cend());
        QCOMPARE(ours->amount, Money(100, u"TWD"_s));
        QCOMPARE(ours->actor, u"owner"_s);
        QCOMPARE(refunds.size(), outside == Outside::RefundFifty ? 2 : 1);
    }
}

void TestRecovery::callNeverSentIsRestoredWithoutAsking_data()
{
    QTest::addColumn<MoneyCallKind>("kind");
    QTest::addColumn<PaymentState>("restored");
    QTest::newRow("request") << MoneyCallKind::Request << PaymentState::Failed;
    QTest::newRow("confirm") << MoneyCallKind::Confirm << PaymentState::Requested;
    QTest::newRow("capture") << MoneyCallKind::Capture << PaymentState::Authorized;
    QTest::newRow("void") << MoneyCallKind::Void << PaymentState::Authorized;
    QTest::newRow("refund") << MoneyCallKind::Refund << PaymentState::Captured;
}

void TestRecovery::callNeverSentIsRestoredWithoutAsking()
{
    // As if PayDesk died between journaling the call and handing it to the network.
    QFETCH(MoneyCallKind, kind);
    QFETCH(PaymentState, restored);
    Payment p;
    if (kind == MoneyCallKind::Request) {
        const Order order = m_f->newOrder();
        p.orderId = order.id;
        p.attempt = 1;
        p.lineOrderId = order.number + u"-1"_s;
        p.amount = Money(300, u"TWD"_s);
        p.captured = p.refunded = Money(0, u"TWD"_s);
        p.created = p.updated = m_f->clock.now();
        QVERIFY(PaymentRepository(*m_f->db).insert(p).ok());
    } else if (kind == MoneyCallKind::Confirm) {
        p = approved(false);
    } else {
        p = confirmed(kind == MoneyCallKind::Capture || kind == MoneyCallKind::Void);
    }
    Operation op;
    op.paymentId = p.id;
    op.kind = kind;
    op.status = Operation::Status::Pending;
    op.stateBefore = p.state;
    op.created = op.updated = m_f->clock.now();
    const Result<Done> appended = OperationJournal(*m_f->db).append(op);
    QVERIFY2(appended.ok(), qPrintable(appended ? QString() : appended.error().message));
    QVERIFY(PaymentRepository(*m_f->db).claim(p, op.id, m_f->clock.now()).ok());
    const int before =
        m_f->sandbox.server().callCounts().value(u"details"_s) + m_f->sandbox.server().callCounts().value(u"check"_s);
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).state, restored);
    QCOMPARE(current(p.orderId).busyOperation, qint64(0));
    QCOMPARE(OperationJournal(*m_f->db).find(op.id)->status, Operation::Status::NotSent);
    QCOMPARE(m_f->sandbox.server().callCounts().value(u"details"_s) +
                 m_f->sandbox.server().callCounts().value(u"check"_s),
             before);
}

void TestRecovery::callOfALiveOwnerIsLeftUntilItsDeadline()
{
    // A second service on the same file stands for another PayDesk that is still waiting.
    const Payment p = confirmed(false);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:delay=1500"_s)});
    std::unique_ptr<Database> otherDb = std::move(Database::open(m_f->dir.filePath(u"shop.db"_s))).value();
    OffsetClock otherClock;
    PaymentService other(*otherDb, m_f->client.get(), otherClock, u"clerk"_s);
    PendingOperation *inFlight = other.refund(p.orderId, Money(100, u"TWD"_s), u"late"_s);
    QTRY_COMPARE(m_f->sandbox.calls(u"refund"_s), 1);

    const OperationOutcome left = waitFor(m_f->service->recover());
    QCOMPARE(left.status, S::BadInput);
    QVERIFY2(left.message.contains(u"another PayDesk"_s), qPrintable(left.message));
    const OperationOutcome refused = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(refused.status, S::BadInput);
    QVERIFY2(refused.message.contains(u"another PayDesk"_s), qPrintable(refused.message));
    QCOMPARE(waitFor(inFlight).status, S::Done);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QCOMPARE(current(p.orderId).refunded, Money(100, u"TWD"_s));

    // An owner that never answers: past its deadline anyone may settle its call.
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:drop"_s)});
    QCOMPARE(waitFor(other.refund(p.orderId, Money(50, u"TWD"_s), u"dropped"_s)).status, S::InDoubt);
    m_f->sandbox.server().setFaults({});
    QCOMPARE(waitFor(m_f->service->recover()).status, S::BadInput); // owner alive, deadline ahead
    m_f->clock.advance(20 + 30 + 1);                                // the refund's timeout plus the margin
    QCOMPARE(waitFor(m_f->service->recover()).status, S::Done);
    QCOMPARE(current(p.orderId).refunded, Money(150, u"TWD"_s));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 2);
}

void TestRecovery::unansweredCallOfAGoneOwnerIsNotDeclaredUndoneBeforeItsDeadline()
{
    // Its owner died waiting; LINE Pay may still be carrying the refund out. Until the deadline,
    // LINE Pay not listing it proves nothing, so nothing is sent again.
    const Payment p = confirmed(false);
    Operation op;
    op.paymentId = p.id;
    op.kind = MoneyCallKind::Refund;
    op.status = Operation::Status::Sent;
    op.apiPath = u"/v3/payments/%1/refund"_s.arg(p.transactionId);
    op.requestBody = "{\"refundAmount\":100}";
    op.stateBefore = p.state;
    op.amountMinor = 100;
    op.created = op.updated = m_f->clock.now();
    op.owner = {QSysInfo::machineHostName(), 0x3ffffffe, {}, u"gone"_s, u"paydesk-cli"_s}; // no such process
    op.deadline = m_f->clock.now().addSecs(50);
    QVERIFY(OperationJournal(*m_f->db).append(op).ok());
    Payment claimed = p;
    QVERIFY(PaymentRepository(*m_f->db).claim(claimed, op.id, m_f->clock.now()).ok());

    const OperationOutcome early = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(early.status, S::InDoubt);
    QVERIFY2(early.message.contains(u"try again after"_s), qPrintable(early.message));
    QCOMPARE(current(p.orderId).state, PaymentState::InDoubt);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 0);

    m_f->clock.advance(51);
    const OperationOutcome later = waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {}));
    QCOMPARE(later.status, S::Done);
    QVERIFY(!later.alreadyDone);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
    QCOMPARE(current(p.orderId).refunded, Money(100, u"TWD"_s));
}

void TestRecovery::twoServicesNeverBothSendForOnePayment()
{
    const Payment p = confirmed(true);
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"any:delay=500"_s)});
    std::unique_ptr<Database> otherDb = std::move(Database::open(m_f->dir.filePath(u"shop.db"_s))).value();
    PaymentService other(*otherDb, m_f->client.get(), m_f->clock, u"clerk"_s);
    OperationOutcome ra;
    OperationOutcome rb;
    int finished = 0;
    connect(m_f->service->capture(p.orderId, Money(100, u"TWD"_s)), &PendingOperation::finished, this,
            [&](const OperationOutcome &o) {
                ra = o;
                ++finished;
            });
    connect(other.voidAuthorization(p.orderId), &PendingOperation::finished, this, [&](const OperationOutcome &o) {
        rb = o;
        ++finished;
    });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 10000);
    QCOMPARE(ra.status, S::Done);
    QCOMPARE(rb.status, S::BadInput);
    QVERIFY2(rb.message.contains(u"another PayDesk"_s), qPrintable(rb.message));
    QCOMPARE(m_f->sandbox.calls(u"capture"_s), 1);
    QCOMPARE(m_f->sandbox.calls(u"void"_s), 0);
    QCOMPARE(current(p.orderId).state, PaymentState::Captured);
}

void TestRecovery::detailsThatContradictTheStateTableChangeNothing()
{
    // Locally voided, yet LINE Pay shows a capture: the state table has no way from VOIDED to
    // CAPTURED, so the record is left as it is and the owner is told.
    const Payment p = confirmed(true);
    Payment voided = p;
    voided.state = PaymentState::Voided;
    QVERIFY(PaymentRepository(*m_f->db).update(voided).ok());
    QCOMPARE(waitFor(m_merchantCenter->capture(p.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    const OperationOutcome read = waitFor(m_f->service->details(p.orderId));
    QCOMPARE(read.status, S::Refused);
    QVERIFY2(read.message.contains(u"merchant center"_s), qPrintable(read.message));
    QCOMPARE(current(p.orderId).state, PaymentState::Voided);
    QCOMPARE(current(p.orderId).captured, Money(0, u"TWD"_s));
}

void TestRecovery::readsFollowChangesMadeOutsidePayDesk_data()
{
    // Each row walks one transition of the state table through the code that reads LINE Pay.
    QTest::addColumn<Outside>("change");
    QTest::addColumn<PaymentState>("before");
    QTest::addColumn<PaymentState>("after");
    QTest::addColumn<qint64>("refunded");
    using P = PaymentState;
    QTest::newRow("captured, refunded in part outside → partially refunded")
        << Outside::RefundHundred << P::Captured << P::PartiallyRefunded << qint64(100);
    QTest::newRow("captured, refunded in full outside → refunded")
        << Outside::RefundAll << P::Captured << P::Refunded << qint64(300);
    QTest::newRow("partially refunded, the rest refunded outside → refunded")
        << Outside::RefundAll << P::PartiallyRefunded << P::Refunded << qint64(300);
    QTest::newRow("partially refunded, more refunded outside → partially refunded")
        << Outside::RefundFifty << P::PartiallyRefunded << P::PartiallyRefunded << qint64(150);
    QTest::newRow("authorized, captured outside → captured")
        << Outside::CaptureIt << P::Authorized << P::Captured << qint64(0);
    QTest::newRow("authorized, voided outside → voided") << Outside::VoidIt << P::Authorized << P::Voided << qint64(0);
    QTest::newRow("authorized, authorization expired → expired")
        << Outside::AuthorizationExpires << P::Authorized << P::Expired << qint64(0);
    QTest::newRow("requested, customer approves → ready to confirm")
        << Outside::CustomerApproves << P::Requested << P::Authenticated << qint64(0);
    QTest::newRow("requested, customer cancels → cancelled")
        << Outside::CustomerCancels << P::Requested << P::Cancelled << qint64(0);
    QTest::newRow("requested, 20 minutes pass → expired")
        << Outside::RequestWindowEnds << P::Requested << P::Expired << qint64(0);
    QTest::newRow("ready to confirm, confirmed elsewhere → captured")
        << Outside::ConfirmIt << P::Authenticated << P::Captured << qint64(0);
}

void TestRecovery::readsFollowChangesMadeOutsidePayDesk()
{
    QFETCH(Outside, change);
    QFETCH(PaymentState, before);
    QFETCH(PaymentState, after);
    QFETCH(qint64, refunded);
    const bool authorized = before == PaymentState::Authorized;
    Payment p;
    if (before == PaymentState::Requested || before == PaymentState::Authenticated) {
        const Order order = m_f->newOrder();
        QCOMPARE(waitFor(m_f->service->request(order.id, false)).status, S::Done);
        p = current(order.id);
        if (before == PaymentState::Authenticated) {
            m_f->sandbox.approve(p.paymentUrl);
            QCOMPARE(waitFor(m_f->service->checkStatus(p.orderId)).status, S::Done);
        }
    } else {
        p = confirmed(authorized);
        if (before == PaymentState::PartiallyRefunded)
            QCOMPARE(waitFor(m_f->service->refund(p.orderId, Money(100, u"TWD"_s), {})).status, S::Done);
    }
    QCOMPARE(current(p.orderId).state, before);
    happenOutside(change, p);
    QVERIFY(!QTest::currentTestFailed());
    // What the customer did shows in check-status; the rest in payment details.
    const bool useStatus = change == Outside::CustomerApproves || change == Outside::CustomerCancels ||
                           change == Outside::RequestWindowEnds || change == Outside::ConfirmIt;
    const OperationOutcome read =
        waitFor(useStatus ? m_f->service->checkStatus(p.orderId) : m_f->service->details(p.orderId));
    QVERIFY2(read.status == S::Done, qPrintable(read.message));
    const Payment now = current(p.orderId);
    QCOMPARE(now.state, after);
    QCOMPARE(now.refunded.minorUnits(), refunded);
    qint64 recorded = 0;
    const Result<QList<Refund>> refunds = RefundRepository(*m_f->db).forPayment(p.id);
    QVERIFY(refunds.ok());
    for (const Refund &r : *refunds)
        recorded += r.amount.minorUnits();
    QCOMPARE(recorded, refunded);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
