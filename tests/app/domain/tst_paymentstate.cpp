#include <QTest>

#include "app/domain/paymentstate.h"

using namespace PayDesk;
using namespace Qt::StringLiterals;

class TestPaymentState final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateActionPairFollowsTheTable_data();
    void everyStateActionPairFollowsTheTable();
    void everyStatePairFollowsTheTransitions_data();
    void everyStatePairFollowsTheTransitions();
    void namesRoundTrip();
    void inDoubtOnlyAllowsRecovery();
    void finalStatesHaveNoTransitions();
};

namespace {

// The expected table, written out independently of the implementation's table.
QSet<PaymentAction> expectedActions(PaymentState state)
{
    using S = PaymentState;
    using A = PaymentAction;
    switch (state) {
    case S::Draft:
        return {A::Request};
    case S::Requested:
        return {A::OpenPaymentPage, A::CheckStatus, A::Confirm};
    case S::Authenticated:
        return {A::CheckStatus, A::Confirm};
    case S::Authorized:
        return {A::Capture, A::Void, A::Details};
    case S::Captured:
    case S::PartiallyRefunded:
        return {A::Refund, A::Details};
    case S::Refunded:
        return {A::Details};
    case S::Voided:
    case S::Expired:
        return {A::Request, A::Details};
    case S::Cancelled:
    case S::Failed:
        return {A::Request};
    case S::InDoubt:
        return {A::Recover};
    }
    return {};
}

// The expected transitions, written out: storage refuses to write any other (DESIGN.md
// "Payment states").
QSet<PaymentState> expectedNext(PaymentState state)
{
    using S = PaymentState;
    switch (state) {
    case S::Draft:
        return {S::Requested, S::InDoubt, S::Failed};
    case S::Requested:
        return {S::Authenticated, S::Cancelled, S::Failed, S::Expired, S::Captured, S::Authorized, S::InDoubt};
    case S::Authenticated:
        return {S::Captured, S::Authorized, S::Expired, S::Cancelled, S::Failed, S::InDoubt};
    case S::Authorized:
        return {S::Captured, S::Voided, S::Expired, S::InDoubt};
    case S::Captured:
    case S::PartiallyRefunded:
        return {S::PartiallyRefunded, S::Refunded, S::InDoubt};
    case S::InDoubt:
        return {S::Requested, S::Authenticated, S::Authorized, S::Captured, S::PartiallyRefunded,
                S::Refunded,  S::Voided,        S::Cancelled,  S::Failed,   S::Expired};
    case S::Refunded:
    case S::Voided:
    case S::Cancelled:
    case S::Failed:
    case S::Expired:
        return {};
    }
    return {};
}

} // namespace

void TestPaymentState::everyStatePairFollowsTheTransitions_data()
{
    QTest::addColumn<PaymentState>("from");
    QTest::addColumn<PaymentState>("to");
    QTest::addColumn<bool>("legal");
    for (PaymentState from : allPaymentStates()) {
        for (PaymentState to : allPaymentStates()) {
            const QByteArray name = (stateName(from) + u" -> "_s + stateName(to)).toLatin1();
            QTest::newRow(name.constData()) << from << to << expectedNext(from).contains(to);
        }
    }
}

void TestPaymentState::everyStatePairFollowsTheTransitions()
{
    QFETCH(PaymentState, from);
    QFETCH(PaymentState, to);
    QFETCH(bool, legal);
    QCOMPARE(isLegalTransition(from, to), legal);
}

void TestPaymentState::everyStateActionPairFollowsTheTable_data()
{
    QTest::addColumn<PaymentState>("state");
    QTest::addColumn<PaymentAction>("action");
    QTest::addColumn<bool>("allowed");
    for (PaymentState state : allPaymentStates()) {
        for (PaymentAction action : allPaymentActions()) {
            const QByteArray name = (stateName(state) + u" x "_s + actionName(action)).toLatin1();
            QTest::newRow(name.constData()) << state << action << expectedActions(state).contains(action);
        }
    }
}

void TestPaymentState::everyStateActionPairFollowsTheTable()
{
    QFETCH(PaymentState, state);
    QFETCH(PaymentAction, action);
    QFETCH(bool, allowed);
    QCOMPARE(isActionAllowed(state, action), allowed);
    QCOMPARE(allowedActions(state).contains(action), allowed);
}

void TestPaymentState::namesRoundTrip()
{
    QCOMPARE(allPaymentStates().size(), 12);
    for (PaymentState state : allPaymentStates()) {
        QCOMPARE(stateFromName(stateName(state)), std::optional<PaymentState>(state));
        QCOMPARE(stateFromName(stateName(state).toLower()), std::optional<PaymentState>(state));
        QVERIFY(!stateDisplayName(state).isEmpty());
    }
    QCOMPARE(stateName(PaymentState::PartiallyRefunded), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(stateName(PaymentState::InDoubt), u"IN_DOUBT"_s);
    QVERIFY(!stateFromName(u"PAID"_s).has_value());
}

void TestPaymentState::inDoubtOnlyAllowsRecovery()
{
    for (PaymentAction action : allPaymentActions())
        QCOMPARE(isActionAllowed(PaymentState::InDoubt, action), action == PaymentAction::Recover);
    QVERIFY(isLegalTransition(PaymentState::InDoubt, PaymentState::PartiallyRefunded));
    QVERIFY(isLegalTransition(PaymentState::Captured, PaymentState::InDoubt));
}

void TestPaymentState::finalStatesHaveNoTransitions()
{
    QVERIFY(isFinal(PaymentState::Refunded));
    QVERIFY(isFinal(PaymentState::Voided));
    QVERIFY(!isFinal(PaymentState::Captured));
    QVERIFY(!isLegalTransition(PaymentState::Refunded, PaymentState::Captured));
    QVERIFY(!isLegalTransition(PaymentState::Requested, PaymentState::Refunded));
    QVERIFY(isLegalTransition(PaymentState::Authorized, PaymentState::Captured));
}

QTEST_GUILESS_MAIN(TestPaymentState)
#include "tst_paymentstate.moc"
