#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "app/linepay/client.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "tests/support/clifixture.h"
#include "tests/support/sandboxfixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

// Several real paydesk-cli processes against one real linepay-sandbox and one database file
// (DESIGN.md "Many processes, one payment"). After every scenario the local record must equal
// LINE Pay's ledger and LINE Pay must have received no more money calls than there were intents.
class TestConcurrency final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cleanupTestCase();
    void retryAfterALostRefundAnswerSendsNothing();
    void retryAfterRecoverSendsNothingOnce();
    void twoRetriesAtOnceOfALostRefundBothSendNothing();
    void lockedDatabaseWhenTheAnswerArrivesLosesNothing();
    void twoProcessesOnOneOrder_data();
    void twoProcessesOnOneOrder();
    void recoverLeavesACallInFlightToItsOwner();
    void killedOwnerIsSettledAtOnceByAnotherProcess();
    void unknownRepeatedAndExtraArgumentsAreRefused_data();
    void unknownRepeatedAndExtraArgumentsAreRefused();
    void fullRefundRecordsWhatLinePayRefunded();
    void parallelFirstOpensOfANewDatabaseAllSucceed();
    void droppedReadIsRetriedWithAFreshNonce_data();
    void droppedReadIsRetriedWithAFreshNonce();
    void recoveredRefundKeepsItsReasonAndActor();
    void twoWindowsAutoConfirmOnceAndShareThePollingPace();
    void soakOfRandomCommandsFaultsAndKills();

private:
    // Ends a scenario: recover, then local = LINE Pay and no more money calls than intents.
    void settleAndCompare(int intents);

    std::unique_ptr<CliFixture> m_fx;
    int m_scenarios = 0;
    int m_matched = 0;
    int m_intents = 0;
    int m_moneyCalls = 0;
};

void TestConcurrency::init()
{
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->startSandbox());
}

void TestConcurrency::cleanup()
{
    m_fx.reset();
}

void TestConcurrency::cleanupTestCase()
{
    std::printf("concurrency: %d scenarios, local = LINE Pay in %d, money calls %d for %d intents\n", m_scenarios,
                m_matched, m_moneyCalls, m_intents);
    std::fflush(stdout);
}

void TestConcurrency::settleAndCompare(int intents)
{
    ++m_scenarios;
    m_fx->setFaults({});
    const CliRun recovered = m_fx->cli({u"recover"_s});
    QVERIFY2(recovered.exitCode == 0, recovered.out.constData());
    const QStringList problems = m_fx->differences();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    const int calls = m_fx->moneyCalls();
    m_intents += intents;
    m_moneyCalls += calls;
    QVERIFY2(calls <= intents, qPrintable(u"%1 money calls for %2 intents"_s.arg(calls).arg(intents)));
    ++m_matched;
}

void TestConcurrency::retryAfterALostRefundAnswerSendsNothing()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:drop"_s});
    CliRun r = m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json.value(u"state").toString(), u"IN_DOUBT"_s);
    m_fx->setFaults({});
    // The owner runs the same command again: PayDesk learns that the refund went through.
    r = m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(r.json.value(u"refunded").toString(), u"100"_s);
    QVERIFY2(r.json.value(u"message").toString().contains(u"nothing more was sent"_s), r.out.constData());
    QCOMPARE(r.json.value(u"alreadyDone").toBool(), true);
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    settleAndCompare(3); // request, confirm, one refund
}

void TestConcurrency::retryAfterRecoverSendsNothingOnce()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:drop"_s});
    QCOMPARE(m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s}).exitCode, 3);
    m_fx->setFaults({});
    QCOMPARE(m_fx->cli({u"recover"_s}).exitCode, 0); // a cron job settles it first
    CliRun r = m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.json.value(u"message").toString().contains(u"went through"_s), r.out.constData());
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    // Once the person has been told, the same command is a new refund.
    r = m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"refunded").toString(), u"200"_s);
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 2);
    settleAndCompare(4);
}

void TestConcurrency::twoRetriesAtOnceOfALostRefundBothSendNothing()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:drop"_s});
    QCOMPARE(m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s}).exitCode, 3);
    // A cron script and the owner retry at the same moment; both ask LINE Pay first.
    m_fx->setFaults({u"details:delay=800"_s});
    std::unique_ptr<QProcess> a = m_fx->startCli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    std::unique_ptr<QProcess> b = m_fx->startCli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    for (const CliRun &r : {CliFixture::finish(*a), CliFixture::finish(*b)}) {
        QVERIFY2(r.exitCode == 0, r.out.constData());
        QVERIFY2(r.json.value(u"alreadyDone"_s).toBool(), r.out.constData());
    }
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    settleAndCompare(3);
}

void TestConcurrency::lockedDatabaseWhenTheAnswerArrivesLosesNothing()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:delay=1500"_s});
    std::unique_ptr<QProcess> refund = m_fx->startCli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->callCounts().value(u"refund"_s).toInt(), 1, 10000);
    {
        // Another program holds the write lock well past the answer and the busy wait.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        db.setDatabaseName(m_fx->dbPath());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"BEGIN EXCLUSIVE"_s));
        QTest::qWait(8000);
        QVERIFY(q.exec(u"COMMIT"_s));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"locker"_s);
    const CliRun r = CliFixture::finish(*refund);
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(r.json.value(u"state").toString(), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    settleAndCompare(3);
}

void TestConcurrency::twoProcessesOnOneOrder_data()
{
    QTest::addColumn<bool>("authorized");
    QTest::addColumn<QStringList>("first");
    QTest::addColumn<QStringList>("second");
    QTest::addColumn<QString>("fault");
    for (int trial = 1; trial <= 3; ++trial) {
        const QByteArray n = QByteArray::number(trial);
        QTest::newRow(QByteArray("capture 100 || capture 200 #" + n).constData())
            << true << QStringList{u"capture"_s, u"--amount"_s, u"100"_s}
            << QStringList{u"capture"_s, u"--amount"_s, u"200"_s} << u"capture:delay=600"_s;
        QTest::newRow(QByteArray("void || capture #" + n).constData())
            << true << QStringList{u"void"_s} << QStringList{u"capture"_s} << u"any:delay=600"_s;
        QTest::newRow(QByteArray("full refund || full refund #" + n).constData())
            << false << QStringList{u"refund"_s} << QStringList{u"refund"_s} << u"refund:delay=600"_s;
        QTest::newRow(QByteArray("refund 100 || refund 100 #" + n).constData())
            << false << QStringList{u"refund"_s, u"--amount"_s, u"100"_s}
            << QStringList{u"refund"_s, u"--amount"_s, u"100"_s} << u"refund:delay=600"_s;
    }
}

void TestConcurrency::twoProcessesOnOneOrder()
{
    QFETCH(bool, authorized);
    QFETCH(QStringList, first);
    QFETCH(QStringList, second);
    QFETCH(QString, fault);
    const QString order = authorized ? m_fx->authorizedOrder() : m_fx->paidOrder();
    m_fx->setFaults({fault});
    first.insert(1, order);
    second.insert(1, order);
    std::unique_ptr<QProcess> a = m_fx->startCli(first);
    std::unique_ptr<QProcess> b = m_fx->startCli(second);
    const CliRun ra = CliFixture::finish(*a);
    const CliRun rb = CliFixture::finish(*b);
    // Exactly one wins; the other sends nothing and says so.
    QVERIFY2((ra.exitCode == 0) != (rb.exitCode == 0), QByteArray(ra.out + rb.out).constData());
    const CliRun &loser = ra.exitCode == 0 ? rb : ra;
    QVERIFY2(loser.exitCode == 2, loser.out.constData());
    QVERIFY(!loser.json.value(u"error").toString().isEmpty());
    settleAndCompare(3);
}

void TestConcurrency::recoverLeavesACallInFlightToItsOwner()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:delay=2500"_s});
    std::unique_ptr<QProcess> owner = m_fx->startCli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->callCounts().value(u"refund"_s).toInt(), 1, 10000);
    CliRun r = m_fx->cli({u"recover"_s});
    QVERIFY2(r.exitCode == 2, r.out.constData());
    QVERIFY2(r.json.value(u"error").toString().contains(u"another PayDesk"_s), r.out.constData());
    r = m_fx->cli({u"refund"_s, order, u"--amount"_s, u"100"_s});
    QVERIFY2(r.exitCode == 2, r.out.constData());
    QVERIFY2(r.json.value(u"error").toString().contains(u"another PayDesk"_s), r.out.constData());
    const CliRun done = CliFixture::finish(*owner);
    QVERIFY2(done.exitCode == 0, done.out.constData());
    QCOMPARE(done.json.value(u"refunded").toString(), u"100"_s);
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    settleAndCompare(3);
}

void TestConcurrency::killedOwnerIsSettledAtOnceByAnotherProcess()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:delay=1500"_s});
    std::unique_ptr<QProcess> owner =
        m_fx->startCli({u"refund"_s, order, u"--amount"_s, u"100"_s, u"--reason"_s, u"cracked cup"_s});
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->callCounts().value(u"refund"_s).toInt(), 1, 10000);
    owner->kill();
    owner->waitForFinished();
    QTest::qWait(1700); // LINE Pay finishes the refund and answers a closed connection
    m_fx->setFaults({});
    const CliRun r = m_fx->cli({u"recover"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    const CliRun listed = m_fx->cli({u"list"_s});
    QCOMPARE(listed.json.value(u"orders").toArray().first().toObject().value(u"state").toString(),
             u"PARTIALLY_REFUNDED"_s);
    {
        std::unique_ptr<Database> db = std::move(Database::open(m_fx->dbPath())).value();
        const Order o = *OrderRepository(*db).findByReference(order);
        const Payment p = *PaymentRepository(*db).currentForOrder(o.id);
        const QList<Refund> refunds = *RefundRepository(*db).forPayment(p.id);
        QCOMPARE(refunds.size(), 1);
        QCOMPARE(refunds.first().reason, u"cracked cup"_s);
        QCOMPARE(refunds.first().amount, Money(100, u"TWD"_s));
    }
    QCOMPARE(m_fx->callCounts().value(u"refund"_s).toInt(), 1);
    settleAndCompare(3);
}

void TestConcurrency::unknownRepeatedAndExtraArgumentsAreRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("named");
    QTest::newRow("refund --amout") << QStringList{u"refund"_s, u"PD-000001"_s, u"--amout"_s, u"100"_s} << u"--amout"_s;
    QTest::newRow("capture --amout") << QStringList{u"capture"_s, u"PD-000002"_s, u"--amout"_s, u"1"_s} << u"--amout"_s;
    QTest::newRow("--amount twice") << QStringList{u"refund"_s, u"PD-000001"_s, u"--amount"_s,
                                                   u"1"_s,      u"--amount"_s,  u"2"_s}
                                    << u"--amount"_s;
    QTest::newRow("two orders") << QStringList{u"refund"_s, u"PD-000001"_s, u"PD-000002"_s, u"--amount"_s, u"1"_s}
                                << u"PD-000002"_s;
    QTest::newRow("--currency twice") << QStringList{u"request"_s, u"--currency"_s, u"TWD"_s, u"--currency"_s,
                                                     u"THB"_s,     u"--amount"_s,   u"10"_s}
                                      << u"--currency"_s;
    QTest::newRow("confirm --reason") << QStringList{u"confirm"_s, u"PD-000001"_s, u"--reason"_s, u"x"_s}
                                      << u"--reason"_s;
    QTest::newRow("status --amount") << QStringList{u"status"_s, u"PD-000001"_s, u"--amount"_s, u"5"_s}
                                     << u"--amount"_s;
    QTest::newRow("void two orders") << QStringList{u"void"_s, u"PD-000001"_s, u"PD-000002"_s} << u"PD-000002"_s;
    QTest::newRow("details --reason") << QStringList{u"details"_s, u"PD-000001"_s, u"--reason"_s, u"x"_s}
                                      << u"--reason"_s;
    QTest::newRow("list extra") << QStringList{u"list"_s, u"PAID"_s} << u"PAID"_s;
    QTest::newRow("list --state twice") << QStringList{u"list"_s, u"--state"_s, u"CAPTURED"_s, u"--state"_s,
                                                       u"REFUNDED"_s}
                                        << u"--state"_s;
    QTest::newRow("recover extra") << QStringList{u"recover"_s, u"now"_s} << u"now"_s;
    QTest::newRow("recover --amount") << QStringList{u"recover"_s, u"--amount"_s, u"1"_s} << u"--amount"_s;
    QTest::newRow("export --format twice")
        << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--format"_s, u"json"_s} << u"--format"_s;
    QTest::newRow("export --file") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--file"_s, u"x.csv"_s}
                                   << u"--file"_s;
    QTest::newRow("--json twice") << QStringList{u"--json"_s, u"list"_s} << u"--json"_s;
    QTest::newRow("--db twice") << QStringList{u"--db"_s, u"other.db"_s, u"list"_s} << u"--db"_s;
    QTest::newRow("command option before the command")
        << QStringList{u"--amount"_s, u"1"_s, u"refund"_s, u"PD-000001"_s} << u"--amount"_s;
    QTest::newRow("request ORDER --currency")
        << QStringList{u"request"_s, u"PD-000001"_s, u"--currency"_s, u"TWD"_s} << u"--currency"_s;
    QTest::newRow("single dash") << QStringList{u"refund"_s, u"PD-000001"_s, u"-amount"_s, u"1"_s} << u"-amount"_s;
    // An empty $REASON in a script must not turn a partial refund into a full one.
    QTest::newRow("missing value before the next option")
        << QStringList{u"refund"_s, u"PD-000001"_s, u"--reason"_s, u"--amount=50"_s} << u"--reason"_s;
}

void TestConcurrency::unknownRepeatedAndExtraArgumentsAreRefused()
{
    QFETCH(QStringList, args);
    QFETCH(QString, named);
    const CliRun r = m_fx->cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(named), r.out.constData());
    QVERIFY2(r.out.count('\n') == 1, r.out.constData());
    // Refused before anything was read or sent: not even the database file was created.
    QVERIFY(!QFile::exists(m_fx->dbPath()));
    QCOMPARE(m_fx->callCounts().value(u"total"_s).toInt(), 0);
}

void TestConcurrency::fullRefundRecordsWhatLinePayRefunded()
{
    const QString order = m_fx->paidOrder(u"Tea:2:150"_s);
    const QString transactionId =
        m_fx->cli({u"list"_s}).json.value(u"orders").toArray().first().toObject().value(u"transactionId").toString();
    {
        // A refund of 100 made outside PayDesk, e.g. in the merchant center.
        QNetworkAccessManager network;
        const Sandbox::Channel channel = Sandbox::defaultChannel();
        LinePay::Client client(&network, {QUrl(m_fx->baseUrl()), channel.id, channel.secret, {}});
        const LinePay::CallResult outside = waitFor(client.refund(transactionId.toLongLong(), Money(100, u"TWD"_s)));
        QCOMPARE(outside.envelope.returnCode, u"0000"_s);
    }
    CliRun r = m_fx->cli({u"refund"_s, order, u"--reason"_s, u"returned"_s});
    QVERIFY2(r.exitCode == 0, r.out.constData());
    QCOMPARE(r.json.value(u"state").toString(), u"REFUNDED"_s);
    QCOMPARE(r.json.value(u"refunded").toString(), u"300"_s);
    QJsonArray refunds = r.json.value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(0).toObject().value(u"amount").toString(), u"100"_s);
    QCOMPARE(refunds.at(1).toObject().value(u"amount").toString(), u"200"_s);
    QCOMPARE(refunds.at(1).toObject().value(u"reason").toString(), u"returned"_s);
    r = m_fx->cli({u"details"_s, order});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"refunded").toString(), u"300"_s);
    QCOMPARE(r.json.value(u"refunds").toArray().size(), 2);
    settleAndCompare(4); // request, confirm, the outside refund, the full refund
}

void TestConcurrency::parallelFirstOpensOfANewDatabaseAllSucceed()
{
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < 20; ++i)
        processes.push_back(m_fx->startCli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"10"_s}));
    QSet<QString> orders;
    for (auto &p : processes) {
        const CliRun r = CliFixture::finish(*p);
        QVERIFY2(r.exitCode == 0, r.out.constData());
        orders.insert(r.json.value(u"order").toString());
    }
    QCOMPARE(orders.size(), 20);
    for (int pair = 0; pair < 10; ++pair) {
        const QString db = m_fx->path(u"list-%1.db"_s.arg(pair));
        std::vector<std::unique_ptr<QProcess>> lists;
        for (int i = 0; i < 2; ++i) {
            lists.push_back(std::make_unique<QProcess>());
            lists.back()->start(binaryPath("paydesk-cli"), {u"--db"_s, db, u"--json"_s, u"list"_s});
        }
        for (auto &p : lists) {
            const CliRun r = CliFixture::finish(*p);
            QVERIFY2(r.exitCode == 0, r.out.constData());
        }
    }
    settleAndCompare(20);
}

void TestConcurrency::droppedReadIsRetriedWithAFreshNonce_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("fault");
    QTest::newRow("details dropped") << u"details"_s << u"details:drop"_s;
    QTest::newRow("check dropped") << u"status"_s << u"check:drop"_s;
}

void TestConcurrency::droppedReadIsRetriedWithAFreshNonce()
{
    QFETCH(QString, command);
    QFETCH(QString, fault);
    QString order;
    if (command == u"details") {
        order = m_fx->paidOrder();
    } else {
        const CliRun r = m_fx->cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"50"_s});
        order = r.json.value(u"order").toString();
    }
    m_fx->setFaults({fault});
    const CliRun r = m_fx->cli({command, order});
    QCOMPARE(r.exitCode, 1);
    const QString error = r.json.value(u"error").toString();
    QVERIFY2(!error.contains(u"secret"_s), qPrintable(error));
    QVERIFY2(error.contains(u"connection"_s) || error.contains(u"network"_s), qPrintable(error));
    int reads = 0;
    for (const QJsonValue &call : m_fx->callLog()) {
        const QJsonObject c = call.toObject();
        QVERIFY2(c.value(u"returnCode").toString() != u"1106", "a read was resent with a used nonce");
        if (c.value(u"op").toString() == fault.section(u':', 0, 0))
            ++reads;
    }
    QVERIFY2(reads >= 2, "PayDesk did not retry the read itself");
    settleAndCompare(command == u"details" ? 2 : 1);
}

void TestConcurrency::recoveredRefundKeepsItsReasonAndActor()
{
    const QString order = m_fx->paidOrder();
    m_fx->setFaults({u"refund:drop"_s});
    QCOMPARE(m_fx->cli({u"refund"_s, order, u"--amount"_s, u"40"_s, u"--reason"_s, u"wrong size"_s}).exitCode, 3);
    m_fx->setFaults({});
    QCOMPARE(m_fx->cli({u"recover"_s}).exitCode, 0);
    std::unique_ptr<Database> db = std::move(Database::open(m_fx->dbPath())).value();
    const Order o = *OrderRepository(*db).findByReference(order);
    const Payment p = *PaymentRepository(*db).currentForOrder(o.id);
    const QList<Refund> refunds = *RefundRepository(*db).forPayment(p.id);
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().reason, u"wrong size"_s);
    QCOMPARE(refunds.first().amount, Money(40, u"TWD"_s));
    const QList<AuditEntry> audit = *AuditTrail(*db).forOrder(o.id);
    const AuditEntry &last = audit.last();
    QCOMPARE(last.actor, u"cli"_s);
    QVERIFY2(last.detail.contains(u"wrong size"_s), qPrintable(last.detail));
    db.reset();
    settleAndCompare(3);
}

void TestConcurrency::twoWindowsAutoConfirmOnceAndShareThePollingPace()
{
    const CliRun requested = m_fx->cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s});
    QCOMPARE(requested.exitCode, 0);
    const QString transactionId = requested.json.value(u"transactionId").toString();
    // Two windows on the same database, both confirming automatically.
    const Sandbox::Channel channel = Sandbox::defaultChannel();
    const QProcessEnvironment env = CliFixture::environment(
        {u"QT_QPA_PLATFORM=offscreen"_s, u"PAYDESK_CHANNEL_ID="_s + channel.id,
         u"PAYDESK_CHANNEL_SECRET="_s + QString::fromUtf8(channel.secret),
         u"XDG_CONFIG_HOME="_s + m_fx->path(u"config"_s), u"XDG_DATA_HOME="_s + m_fx->path(u"data"_s)});
    std::vector<std::unique_ptr<QProcess>> windows;
    for (int i = 0; i < 2; ++i) {
        windows.push_back(std::make_unique<QProcess>());
        windows.back()->setProcessEnvironment(env);
        windows.back()->start(binaryPath("paydesk"),
                              {u"--db"_s, m_fx->dbPath(), u"--api-base"_s, m_fx->baseUrl(), u"--auto-confirm"_s});
        QVERIFY(windows.back()->waitForStarted(10000));
    }
    // Both poll while the customer looks at the page.
    QTRY_VERIFY_WITH_TIMEOUT(m_fx->callCounts().value(u"check"_s).toInt() >= 3, 15000);
    QCOMPARE(m_fx->approve(requested.json.value(u"paymentUrl").toString()), 200);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_fx->cli({u"list"_s}).json.value(u"orders").toArray().first().toObject().value(u"state").toString(),
        u"CAPTURED"_s, 20000);
    QTest::qWait(4000); // time enough for the other window to try as well
    for (auto &window : windows) {
        QCOMPARE(window->state(), QProcess::Running);
        window->kill();
        window->waitForFinished();
    }
    QCOMPARE(m_fx->callCounts().value(u"confirm"_s).toInt(), 1);
    // Together they kept LINE Pay's one-second floor between checks of the payment.
    qint64 previous = 0;
    int checks = 0;
    for (const QJsonValue &value : m_fx->callLog()) {
        const QJsonObject call = value.toObject();
        if (call.value(u"op"_s).toString() != u"check" || call.value(u"transactionId"_s).toString() != transactionId)
            continue;
        const qint64 at = qint64(call.value(u"receivedMs"_s).toDouble());
        if (previous != 0)
            QVERIFY2(at - previous >= 1000, qPrintable(u"two checks %1 ms apart"_s.arg(at - previous)));
        previous = at;
        ++checks;
    }
    QVERIFY(checks >= 3);
    settleAndCompare(2);
}

void TestConcurrency::soakOfRandomCommandsFaultsAndKills()
{
    // 8 processes at a time run 200 random commands over 20 orders while faults switch on and
    // off and processes are killed; then one recover, and everything must match LINE Pay.
    constexpr int kOrders = 20;
    constexpr int kCommands = 200;
    constexpr int kParallel = 8;
    const quint32 seed = qEnvironmentVariableIsSet("PAYDESK_SOAK_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PAYDESK_SOAK_SEED"))
                             : 20261129u;
    QRandomGenerator random(seed);
    m_fx = std::make_unique<CliFixture>();
    QVERIFY(m_fx->startSandbox({u"--auto-approve"_s}));

    QStringList orders;
    for (int i = 0; i < kOrders; ++i) {
        QStringList args{u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:%1:100"_s.arg(1 + i % 4)};
        if (i % 2)
            args << u"--authorize-only"_s;
        const CliRun r = m_fx->cli(args);
        QCOMPARE(r.exitCode, 0);
        orders << r.json.value(u"order").toString();
    }
    const int setupMoneyCalls = m_fx->moneyCalls();

    const QStringList faults = {u"refund:drop"_s,      u"confirm:drop"_s,   u"capture:garbage"_s,   u"void:code=1198"_s,
                                u"refund:code=9000"_s, u"any:delay=1500"_s, u"confirm:code=1199"_s, u"details:drop"_s,
                                u"capture:drop"_s,     u"check:drop"_s};
    // Answers later than this are lost, as with a slow network.
    const QProcessEnvironment env = CliFixture::environment({u"PAYDESK_TEST_TIMEOUT_MS=1000"_s});

    struct Slot
    {
        std::unique_ptr<QProcess> process;
        qint64 killAtMs = -1;
    };
    std::vector<Slot> slots(kParallel);
    QElapsedTimer clock;
    clock.start();
    int launched = 0;
    int moneyCommands = 0;
    int faultSwitches = 0;
    int exits[6] = {};
    std::unique_ptr<Database> reader = std::move(Database::open(m_fx->dbPath())).value();
    const auto anyCommand = [&](const QString &order, const QString &amount) {
        switch (random.bounded(10)) {
        case 0:
        case 1:
            return QStringList{u"confirm"_s, order};
        case 2:
            return random.bounded(2) ? QStringList{u"capture"_s, order}
                                     : QStringList{u"capture"_s, order, u"--amount"_s, amount};
        case 3:
            return QStringList{u"void"_s, order};
        case 4:
        case 5:
            return random.bounded(3) ? QStringList{u"refund"_s, order, u"--amount"_s, amount, u"--reason"_s, u"soak"_s}
                                     : QStringList{u"refund"_s, order};
        case 6:
            return QStringList{u"request"_s, order};
        case 7:
            return QStringList{u"status"_s, order};
        case 8:
            return QStringList{u"details"_s, order};
        default:
            return QStringList{u"recover"_s};
        }
    };
    // Mostly a command the order's state allows (as a person would), sometimes any command.
    const auto randomCommand = [&]() {
        const QString order = orders.at(int(random.bounded(kOrders)));
        const QString amount = QString::number(10 * (1 + random.bounded(4)));
        const Result<Order> o = OrderRepository(*reader).findByReference(order);
        const Result<Payment> p = o ? PaymentRepository(*reader).currentForOrder(o->id) : Result<Payment>(Error{});
        if (!p || random.bounded(5) == 0)
            return anyCommand(order, amount);
        switch (p->state) {
        case PaymentState::Requested:
        case PaymentState::Authenticated:
            return random.bounded(4) ? QStringList{u"confirm"_s, order} : QStringList{u"status"_s, order};
        case PaymentState::Authorized:
            return random.bounded(3) ? QStringList{u"capture"_s, order, u"--amount"_s, amount}
                                     : QStringList{u"void"_s, order};
        case PaymentState::Captured:
        case PaymentState::PartiallyRefunded:
            return random.bounded(4) ? QStringList{u"refund"_s, order, u"--amount"_s, amount, u"--reason"_s, u"soak"_s}
                                     : QStringList{u"refund"_s, order};
        case PaymentState::Voided:
        case PaymentState::Cancelled:
        case PaymentState::Failed:
        case PaymentState::Expired:
            return QStringList{u"request"_s, order};
        case PaymentState::InDoubt:
            return random.bounded(2) ? QStringList{u"recover"_s} : anyCommand(order, amount);
        default:
            return QStringList{u"details"_s, order};
        }
    };
    while (true) {
        bool running = false;
        for (Slot &slot : slots) {
            if (slot.process && slot.process->state() != QProcess::NotRunning) {
                running = true;
                if (slot.killAtMs >= 0 && clock.elapsed() >= slot.killAtMs) {
                    slot.process->kill();
                    slot.killAtMs = -1;
                }
                continue;
            }
            if (slot.process) {
                const CliRun r = CliFixture::finish(*slot.process, 1000);
                ++exits[r.crashed ? 5 : qBound(0, r.exitCode, 4)];
                slot.process.reset();
            }
            if (launched >= kCommands)
                continue;
            if (random.bounded(12) == 0) {
                const bool clear = random.bounded(2) == 0;
                m_fx->setFaults(clear ? QStringList() : QStringList{faults.at(int(random.bounded(faults.size())))});
                ++faultSwitches;
            }
            const QStringList command = randomCommand();
            const QString verb = command.first();
            if (verb != u"status" && verb != u"details" && verb != u"recover")
                ++moneyCommands;
            slot.process = m_fx->startCli(command, env);
            slot.killAtMs = random.bounded(6) == 0 ? clock.elapsed() + qint64(random.bounded(40)) : -1;
            ++launched;
            running = true;
        }
        if (!running && launched >= kCommands)
            break;
        QTest::qWait(10);
    }
    QVERIFY2(exits[4] == 0, "a command ended in a storage error");

    m_fx->setFaults({});
    // Delayed answers go out to connections nobody reads any more, and the deadlines of calls
    // that got no answer pass (timeout + margin, both 1 s here).
    QTest::qWait(2500);
    const CliRun recovered = m_fx->cli({u"recover"_s});
    QVERIFY2(recovered.exitCode == 0, recovered.out.constData());
    reader.reset();
    const QStringList problems = m_fx->differences();
    int matched = kOrders;
    for (const QString &order : std::as_const(orders)) {
        if (std::any_of(problems.cbegin(), problems.cend(), [&](const QString &p) { return p.startsWith(order); }))
            --matched;
    }
    // Each call journaled as sent reached LINE Pay at most once.
    int journaledSent = 0;
    {
        std::unique_ptr<Database> db = std::move(Database::open(m_fx->dbPath())).value();
        Result<QSqlQuery> q =
            db->exec(u"SELECT COUNT(*) FROM operations WHERE status NOT IN ('pending', 'not-sent')"_s);
        QVERIFY(q && q->next());
        journaledSent = q->value(0).toInt();
    }
    const int moneyCalls = m_fx->moneyCalls();
    std::printf("soak: %d commands by %d processes over %d orders (seed %u), %d fault switches, %d killed; exits "
                "0:%d 1:%d 2:%d 3:%d; local = LINE Pay for %d of %d orders; money calls %d <= journaled as sent %d "
                "<= money commands %d\n",
                kCommands, kParallel, kOrders, seed, faultSwitches, exits[5], exits[0], exits[1], exits[2], exits[3],
                matched, kOrders, moneyCalls - setupMoneyCalls, journaledSent - setupMoneyCalls, moneyCommands);
    std::fflush(stdout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY(moneyCalls <= journaledSent);
    QVERIFY(journaledSent - setupMoneyCalls <= moneyCommands);
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
