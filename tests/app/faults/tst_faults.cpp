#include <QTest>

#include "tests/support/clifixture.h"

using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

// The fault matrix: every money call of paydesk-cli against a real linepay-sandbox, with each way
// its answer can be lost or PayDesk can die around it. After `recover` the local record must
// equal LINE Pay's ledger with the call made exactly once; the same command run again then sends
// nothing when the call went through.
class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyMoneyCallSurvivesEveryFault_data();
    void everyMoneyCallSurvivesEveryFault();
    void cleanupTestCase();

private:
    int m_cells = 0;
    int m_survived = 0;
    int m_lost = 0;
    int m_doubled = 0;
};

namespace {

enum class Fault
{
    Drop,
    Late,
    Malformed,
    Code1198,
    Code9000,
    Code1199,
    KillBeforeSend,
    KillWhileAnswering,
    KillAfterAnswer,
};

struct FaultInfo
{
    Fault fault;
    const char *name;
    bool commits; // whether LINE Pay carries the call out
};

constexpr FaultInfo kFaults[] = {
    {Fault::Drop, "drop", true},
    {Fault::Late, "late answer", true},
    {Fault::Malformed, "malformed answer", true},
    {Fault::Code1198, "1198", false},
    {Fault::Code9000, "9000", false},
    {Fault::Code1199, "1199", false},
    {Fault::KillBeforeSend, "SIGKILL before send", false},
    {Fault::KillWhileAnswering, "SIGKILL while LINE Pay answers", true},
    {Fault::KillAfterAnswer, "SIGKILL after the answer", true},
};

constexpr int kDelayMs = 2000;

QString sandboxFault(Fault fault, const QString &op)
{
    switch (fault) {
    case Fault::Drop:
        return op + u":drop"_s;
    case Fault::Late:
    case Fault::KillWhileAnswering:
        return op + u":delay=%1"_s.arg(kDelayMs);
    case Fault::Malformed:
        return op + u":garbage"_s;
    case Fault::Code1198:
        return op + u":code=1198"_s;
    case Fault::Code9000:
        return op + u":code=9000"_s;
    case Fault::Code1199:
        return op + u":code=1199"_s;
    default:
        return {};
    }
}

} // namespace

void TestFaults::everyMoneyCallSurvivesEveryFault_data()
{
    QTest::addColumn<QString>("op");
    QTest::addColumn<int>("fault");
    for (const char *op : {"request", "confirm", "capture", "void", "refund"}) {
        for (const FaultInfo &f : kFaults)
            QTest::addRow("%s × %s", op, f.name) << QString::fromLatin1(op) << int(f.fault);
    }
}

void TestFaults::everyMoneyCallSurvivesEveryFault()
{
    QFETCH(QString, op);
    QFETCH(int, fault);
    const FaultInfo &info = kFaults[fault];
    ++m_cells;
    CliFixture fx;
    QVERIFY(fx.startSandbox());

    // Bring an order to where the call under test is legal, and name the command.
    QStringList command;
    if (op == u"request") {
        command = {u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s};
    } else if (op == u"confirm") {
        const CliRun r = fx.cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(fx.approve(r.json.value(u"paymentUrl").toString()), 200);
        command = {u"confirm"_s, r.json.value(u"order").toString()};
    } else if (op == u"capture") {
        command = {u"capture"_s, fx.authorizedOrder(), u"--amount"_s, u"200"_s};
    } else if (op == u"void") {
        command = {u"void"_s, fx.authorizedOrder()};
    } else {
        command = {u"refund"_s, fx.paidOrder(), u"--amount"_s, u"100"_s, u"--reason"_s, u"chipped"_s};
    }
    const int callsBefore = fx.callCounts().value(op).toInt();
    const int moneyBefore = fx.moneyCalls();

    QStringList env;
    if (info.fault == Fault::Late)
        env << u"PAYDESK_TEST_TIMEOUT_MS=700"_s;
    if (info.fault == Fault::KillBeforeSend)
        env << u"PAYDESK_TEST_KILL=before-send:"_s + op;
    if (info.fault == Fault::KillAfterAnswer)
        env << u"PAYDESK_TEST_KILL=after-answer:"_s + op;
    if (const QString f = sandboxFault(info.fault, op); !f.isEmpty())
        fx.setFaults({f});

    std::unique_ptr<QProcess> process = fx.startCli(command, CliFixture::environment(env));
    if (info.fault == Fault::KillWhileAnswering) {
        QTRY_VERIFY_WITH_TIMEOUT(fx.callCounts().value(op).toInt() > callsBefore, 10000);
        process->kill();
    }
    const CliRun first = CliFixture::finish(*process);
    const bool killed = info.fault == Fault::KillBeforeSend || info.fault == Fault::KillWhileAnswering ||
                        info.fault == Fault::KillAfterAnswer;
    if (killed)
        QVERIFY2(first.crashed, first.out.constData());
    else
        QVERIFY2(first.exitCode == 3, first.out.constData()); // outcome unknown, never "done" or "refused"
    if (info.fault == Fault::Late || info.fault == Fault::KillWhileAnswering)
        QTest::qWait(kDelayMs + 300); // LINE Pay finishes answering a connection nobody reads

    fx.setFaults({});
    const CliRun recovered = fx.cli({u"recover"_s});
    QVERIFY2(recovered.exitCode == 0, recovered.out.constData());
    QStringList problems = fx.differences();
    const int calls = fx.callCounts().value(op).toInt() - callsBefore;
    const int expected = info.fault == Fault::KillBeforeSend ? 0 : 1;
    if (!problems.isEmpty())
        ++m_lost;
    if (calls > expected)
        ++m_doubled;
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QCOMPARE(calls, expected);

    // The same command again: a call that went through is reported, not sent again. A request
    // always makes a new attempt (with a new orderId), since the lost one cannot be paid.
    if (op == u"request")
        command = {u"request"_s, u"PD-000001"_s};
    const CliRun again = fx.cli(command);
    QVERIFY2(again.exitCode == 0, again.out.constData());
    const bool sendsAgain = op == u"request" || !info.commits;
    QCOMPARE(fx.callCounts().value(op).toInt() - callsBefore, expected + (sendsAgain ? 1 : 0));
    if (!sendsAgain)
        QVERIFY2(again.json.value(u"alreadyDone").toBool(), again.out.constData());
    problems = fx.differences();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(fx.moneyCalls() - moneyBefore <= 2);
    ++m_survived;
}

void TestFaults::cleanupTestCase()
{
    std::printf("faults: %d cells, %d survived, %d lost, %d doubled\n", m_cells, m_survived, m_lost, m_doubled);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
