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

} // namespace

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
