#include <sys/stat.h>

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

// Drives the real linepay-sandbox and paydesk-cli executables, as a shell script would.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void captureRefundPartThenRestThenDetails();
    void authorizeOnlyThenCaptureLower();
    void authorizeOnlyThenVoid();
    void cancelThenRequestAgain();
    void wrongSecretExitsOneWith1106();
    void refundAboveWhatRemainsExitsOneWith1164();
    void decimalsInTwdExitTwoBeforeAnyCall();
    void droppedRefundExitsThreeAndRecoverSettlesIt();
    void everyFailureStillPrintsOneJsonObject_data();
    void everyFailureStillPrintsOneJsonObject();
    void secretFileWinsOverTheEnvironment();
    void listAndExport();
    void watchConfirmsAnApprovedPaymentByItself();
    void pingTellsWhetherLinePayAcceptsTheChannel();
    void exportIsRfc4180SafeInASpreadsheetAndTheOwnersAlone();
    void textOutputShowsControlCharactersEscaped();
    void auditVerifyNamesTheEntryThatWasChanged();
    void secretFileOthersCanReadOrEmptyIsRefused();
    void backupWhileAnotherProcessWritesThenRestore();
    void seedWritesARealisticDatabaseThatChecksOut();
    void listAndExportStreamTheOrdersOfTheirFilters();
    void reconcileFollowsLinePayAndReportsWhatItLeaves();
    void dayReportCloseDayAndReceiptFromTheCommandLine();
    void withAStaffListTheCliIsAClerkUnlessAsOwner();
    void aBackupFromBeforeTheLastDayCloseNeedsForce();

private:
    struct Run
    {
        int exitCode = -1;
        QJsonObject json;
        QByteArray out;
        QByteArray err;
    };

    void startSandbox(const QStringList &extra = {});
    Run cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    // The same without --json: what a person reads in a terminal.
    Run cliText(const QStringList &args);
    int post(const QString &path, const QByteArray &form);
    QJsonObject stats();
    void approve(const QString &paymentUrl) { QCOMPARE(post(u"/web/payment/approve"_s, form(paymentUrl)), 200); }
    void cancel(const QString &paymentUrl) { QCOMPARE(post(u"/web/payment/cancel"_s, form(paymentUrl)), 200); }
    static QByteArray form(const QString &paymentUrl);
    QByteArray httpGet(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sandbox;
    QString m_base;
    QNetworkAccessManager m_network;
};

namespace {

QString bin(const char *name)
{
    return QStringLiteral(PAYDESK_BIN_DIR "/") + QLatin1StringView(name);
}

} // namespace

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
}

void TestCli::cleanup()
{
    if (m_sandbox) {
        m_sandbox->kill();
        m_sandbox->waitForFinished();
        m_sandbox.reset();
    }
    m_dir.reset();
}

void TestCli::startSandbox(const QStringList &extra)
{
    m_sandbox = std::make_unique<QProcess>();
    m_sandbox->start(bin("linepay-sandbox"), QStringList{u"--listen"_s, u"127.0.0.1:0"_s} + extra);
    QVERIFY(m_sandbox->waitForStarted());
    QVERIFY(m_sandbox->waitForReadyRead(10000));
    QTRY_VERIFY(m_sandbox->canReadLine());
    m_base = QString::fromUtf8(m_sandbox->readLine()).trimmed();
    QVERIFY2(m_base.startsWith(u"http://127.0.0.1:"_s) && !m_base.endsWith(u'/'), qPrintable(m_base));
}

TestCli::Run TestCli::cliText(const QStringList &args)
{
    QProcess process;
    process.start(bin("paydesk-cli"),
                  QStringList{u"--db"_s, m_dir->filePath(u"shop.db"_s), u"--api-base"_s, m_base} + args);
    if (!process.waitForFinished(60000))
        qFatal("paydesk-cli did not finish");
    return Run{process.exitCode(), {}, process.readAllStandardOutput(), process.readAllStandardError()};
}

TestCli::Run TestCli::cli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(bin("paydesk-cli"),
                  QStringList{u"--db"_s, m_dir->filePath(u"shop.db"_s), u"--api-base"_s, m_base, u"--json"_s} + args);
    if (!process.waitForFinished(60000))
        qFatal("paydesk-cli did not finish");
    Run run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() || run.out.count('\n') != 1)
        qWarning("not exactly one JSON object: %s", run.out.constData());
    run.json = doc.object();
    return run;
}

QByteArray TestCli::form(const QString &paymentUrl)
{
    return "transactionReserveId=" + QUrlQuery(QUrl(paymentUrl)).queryItemValue(u"transactionReserveId"_s).toLatin1();
}

int TestCli::post(const QString &path, const QByteArray &body)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(request, body);
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QByteArray TestCli::httpGet(const QString &path)
{
    QNetworkReply *reply = m_network.get(QNetworkRequest(QUrl(m_base + path)));
    QEventLoop loop;
    connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return reply->readAll();
}

QJsonObject TestCli::stats()
{
    return QJsonDocument::fromJson(httpGet(u"/control/stats"_s)).object().value(u"calls").toObject();
}

void TestCli::captureRefundPartThenRestThenDetails()
{
    startSandbox();
    Run r = cli(
        {u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Coffee: large:2:120"_s, u"--item"_s, u"Cake:1:60"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"REQUESTED"_s);
    QCOMPARE(r.json.value(u"amount").toString(), u"300"_s);
    QCOMPARE(r.json.value(u"currency").toString(), u"TWD"_s);
    QCOMPARE(r.json.value(u"order").toString(), u"PD-000001"_s);
    QCOMPARE(r.json.value(u"orderId").toString(), u"PD-000001-1"_s);
    QCOMPARE(r.json.value(u"items").toString(), u"2 × Coffee: large, Cake"_s);
    const QString transactionId = r.json.value(u"transactionId").toString();
    QCOMPARE(transactionId.size(), 19);
    approve(r.json.value(u"paymentUrl").toString());
    r = cli({u"status"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"AUTHENTICATED"_s);
    r = cli({u"confirm"_s, u"PD-000001-1"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"CAPTURED"_s);
    QCOMPARE(r.json.value(u"captured").toString(), u"300"_s);
    QCOMPARE(r.json.value(u"transactionId").toString(), transactionId);
    r = cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"100"_s, u"--reason"_s, u"cold"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(r.json.value(u"refundable").toString(), u"200"_s);
    r = cli({u"refund"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"REFUNDED"_s);
    QCOMPARE(r.json.value(u"refunded").toString(), u"300"_s);
    r = cli({u"details"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"REFUNDED"_s);
    const QJsonArray refunds = r.json.value(u"refunds").toArray();
    QCOMPARE(refunds.size(), 2);
    QCOMPARE(refunds.at(0).toObject().value(u"amount").toString(), u"100"_s);
    QCOMPARE(refunds.at(1).toObject().value(u"amount").toString(), u"200"_s);
    QCOMPARE(stats().value(u"refund").toInt(), 2);
}

void TestCli::authorizeOnlyThenCaptureLower()
{
    startSandbox();
    Run r = cli({u"request"_s, u"--currency"_s, u"THB"_s, u"--amount"_s, u"12.50"_s, u"--authorize-only"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"amount").toString(), u"12.50"_s);
    QCOMPARE(r.json.value(u"items").toString(), u"PD-000001"_s); // one line named after the order
    approve(r.json.value(u"paymentUrl").toString());
    r = cli({u"confirm"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"AUTHORIZED"_s);
    QVERIFY(QDateTime::fromString(r.json.value(u"authorizationExpireDate").toString(), Qt::ISODate) >
            QDateTime::currentDateTimeUtc());
    r = cli({u"capture"_s, u"PD-000001"_s, u"--amount"_s, u"10.05"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"CAPTURED"_s);
    QCOMPARE(r.json.value(u"captured").toString(), u"10.05"_s);
}

void TestCli::authorizeOnlyThenVoid()
{
    startSandbox();
    Run r = cli({u"request"_s, u"--currency"_s, u"USD"_s, u"--item"_s, u"Mug:1:9.99"_s, u"--authorize-only"_s});
    approve(r.json.value(u"paymentUrl").toString());
    QCOMPARE(cli({u"confirm"_s, u"PD-000001"_s}).json.value(u"state").toString(), u"AUTHORIZED"_s);
    r = cli({u"void"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"VOIDED"_s);
}

void TestCli::cancelThenRequestAgain()
{
    startSandbox();
    Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s});
    cancel(r.json.value(u"paymentUrl").toString());
    r = cli({u"status"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"CANCELLED"_s);
    QCOMPARE(r.json.value(u"returnCode").toString(), u"0121"_s);
    // Requesting the same order again is a new attempt with its own LINE Pay orderId.
    QCOMPARE(cli({u"confirm"_s, u"PD-000001"_s}).exitCode, 2); // the state table refuses it locally
    r = cli({u"request"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"orderId").toString(), u"PD-000001-2"_s);
    QCOMPARE(r.json.value(u"state").toString(), u"REQUESTED"_s);
    approve(r.json.value(u"paymentUrl").toString());
    r = cli({u"confirm"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"CAPTURED"_s);
    QCOMPARE(cli({u"list"_s}).json.value(u"orders").toArray().size(), 1);
    QCOMPARE(stats().value(u"confirm").toInt(), 1);
}

void TestCli::wrongSecretExitsOneWith1106()
{
    startSandbox();
    QFile secret(m_dir->filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("not-the-secret\n");
    secret.close();
    QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    const Run r = cli({u"--channel-id"_s, u"1234567890"_s, u"--channel-secret-file"_s, secret.fileName(), u"request"_s,
                       u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(u"returnCode").toString(), u"1106"_s);
    QVERIFY(r.json.value(u"error").toString().contains(u"secret"_s));
    QVERIFY(!r.out.contains("not-the-secret"));
    QVERIFY(!r.err.contains("not-the-secret"));
}

void TestCli::refundAboveWhatRemainsExitsOneWith1164()
{
    startSandbox({u"--auto-approve"_s});
    cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s});
    QCOMPARE(cli({u"confirm"_s, u"PD-000001"_s}).exitCode, 0);
    const Run r = cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"81"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(u"returnCode").toString(), u"1164"_s);
    QCOMPARE(r.json.value(u"state").toString(), u"CAPTURED"_s);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
}

void TestCli::decimalsInTwdExitTwoBeforeAnyCall()
{
    startSandbox();
    const Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80.5"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.json.value(u"error").toString().contains(u"decimals"_s));
    QCOMPARE(cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"12.5"_s}).exitCode, 2);
    QCOMPARE(stats().value(u"total"_s).toInt(), 0);
    QCOMPARE(cli({u"list"_s}).json.value(u"orders").toArray().size(), 0); // no half-written order
}

void TestCli::droppedRefundExitsThreeAndRecoverSettlesIt()
{
    startSandbox({u"--fault"_s, u"refund:drop"_s, u"--auto-approve"_s});
    cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s});
    QCOMPARE(cli({u"confirm"_s, u"PD-000001"_s}).exitCode, 0);
    Run r = cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json.value(u"state").toString(), u"IN_DOUBT"_s);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
    r = cli({u"recover"_s});
    QCOMPARE(r.exitCode, 0);
    r = cli({u"list"_s});
    QCOMPARE(r.json.value(u"orders").toArray().first().toObject().value(u"state").toString(), u"PARTIALLY_REFUNDED"_s);
    QCOMPARE(r.json.value(u"orders").toArray().first().toObject().value(u"refunded").toString(), u"100"_s);
    QCOMPARE(stats().value(u"refund").toInt(), 1);
}

void TestCli::everyFailureStillPrintsOneJsonObject_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("unknown command") << QStringList{u"pay"_s} << 2;
    QTest::newRow("unknown order") << QStringList{u"refund"_s, u"PD-999999"_s} << 2;
    QTest::newRow("no currency") << QStringList{u"request"_s, u"--item"_s, u"Tea:1:1"_s} << 2;
    QTest::newRow("bad item") << QStringList{u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea"_s} << 2;
    QTest::newRow("zero quantity") << QStringList{u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:0:5"_s}
                                   << 2;
    QTest::newRow("amount differs from items")
        << QStringList{u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:5"_s, u"--amount"_s, u"6"_s} << 2;
    QTest::newRow("euro") << QStringList{u"request"_s, u"--currency"_s, u"EUR"_s, u"--amount"_s, u"6"_s} << 2;
    QTest::newRow("unknown state") << QStringList{u"list"_s, u"--state"_s, u"PAID"_s} << 2;
    QTest::newRow("option without value") << QStringList{u"list"_s, u"--state"_s} << 2;
}

void TestCli::everyFailureStillPrintsOneJsonObject()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    startSandbox();
    const Run r = cli(args);
    QCOMPARE(r.exitCode, exitCode);
    QCOMPARE(r.out.count('\n'), 1);
    QVERIFY(r.json.value(u"error").isString());
    QCOMPARE(stats().value(u"total").toInt(), 0);
}

void TestCli::secretFileWinsOverTheEnvironment()
{
    startSandbox({u"--channel"_s, u"555:right-secret"_s});
    QFile secret(m_dir->filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("right-secret\n");
    secret.close();
    QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PAYDESK_CHANNEL_SECRET"_s, u"wrong-secret"_s);
    env.insert(u"PAYDESK_CHANNEL_ID"_s, u"555"_s);
    QCOMPARE(cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"50"_s}, env)
                 .json.value(u"returnCode")
                 .toString(),
             u"1106"_s);
    const Run r = cli({u"--channel-secret-file"_s, secret.fileName(), u"request"_s, u"--currency"_s, u"TWD"_s,
                       u"--amount"_s, u"50"_s},
                      env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"state").toString(), u"REQUESTED"_s);
}

void TestCli::listAndExport()
{
    startSandbox({u"--auto-approve"_s});
    cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Green tea:1:80"_s, u"--customer"_s, u"Lin, Mei"_s});
    cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Cake:1:60"_s});
    cli({u"confirm"_s, u"PD-000002"_s});
    QCOMPARE(cli({u"list"_s, u"--state"_s, u"captured"_s}).json.value(u"orders").toArray().size(), 1);
    QCOMPARE(cli({u"list"_s, u"--search"_s, u"green"_s})
                 .json.value(u"orders")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"order")
                 .toString(),
             u"PD-000001"_s);
    const QString csv = m_dir->filePath(u"orders.csv"_s);
    const Run r = cli({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    QCOMPARE(r.exitCode, 0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.first().startsWith("order,created,customer,items,currency,amount,state"));
    QCOMPARE(lines.size(), 4); // header, two orders, final newline
    QVERIFY(lines.at(2).contains("\"Lin, Mei\""));
}

void TestCli::watchConfirmsAnApprovedPaymentByItself()
{
    startSandbox();
    QProcess watch;
    watch.start(bin("paydesk-cli"), {u"--db"_s, m_dir->filePath(u"shop.db"_s), u"--api-base"_s, m_base, u"--json"_s,
                                     u"watch"_s, u"--auto-confirm"_s, u"--interval"_s, u"1"_s});
    QVERIFY(watch.waitForStarted());
    Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s});
    QCOMPARE(r.exitCode, 0);
    approve(r.json.value(u"paymentUrl").toString());
    // Nobody runs status or confirm: the watcher notices the approval and confirms.
    QTRY_COMPARE_WITH_TIMEOUT(
        cli({u"list"_s}).json.value(u"orders").toArray().first().toObject().value(u"state").toString(), u"CAPTURED"_s,
        15000);
    QCOMPARE(stats().value(u"confirm").toInt(), 1);
    watch.terminate(); // SIGTERM: the watcher stops cleanly
    QVERIFY(watch.waitForFinished(5000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
    QStringList states;
    for (const QByteArray &line : watch.readAllStandardOutput().split('\n')) {
        if (!line.isEmpty())
            states << QJsonDocument::fromJson(line).object().value(u"state").toString();
    }
    QVERIFY2(states.contains(u"AUTHENTICATED"_s) && states.last() == u"CAPTURED"_s, qPrintable(states.join(u' ')));
}

void TestCli::pingTellsWhetherLinePayAcceptsTheChannel()
{
    startSandbox();
    Run r = cli({u"ping"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.json.value(u"message"_s).toString().contains(u"connection works"_s), r.out.constData());
    QFile wrong(m_dir->filePath(u"secret"_s));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write("not-the-secret\n");
    wrong.close();
    QVERIFY(wrong.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    r = cli({u"--channel-secret-file"_s, wrong.fileName(), u"ping"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json.value(u"returnCode"_s).toString(), u"1106"_s);
    QVERIFY2(r.json.value(u"error"_s).toString().contains(u"secret"_s), r.out.constData());
    // Nothing is stored: ping needs no database.
    QVERIFY(!QFile::exists(m_dir->filePath(u"shop.db"_s)));
}

void TestCli::exportIsRfc4180SafeInASpreadsheetAndTheOwnersAlone()
{
    startSandbox();
    const QStringList customers = {u"=HYPERLINK(\"http://evil.example\",\"Total\")"_s,
                                   u"+1 555 0100"_s,
                                   u"-2+3"_s,
                                   u"@SUM(A1:A9)"_s,
                                   u"Lin, Mei"_s,
                                   u"Mei \"May\" Lin"_s};
    for (const QString &customer : customers)
        QCOMPARE(cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s, u"--customer"_s, customer})
                     .exitCode,
                 0);
    const mode_t before = ::umask(022);
    const QString csv = m_dir->filePath(u"orders.csv"_s);
    const Run r = cli({u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv});
    ::umask(before);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFileInfo(csv).permissions() & 0x7777,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray data = file.readAll();
    // Records end with CRLF; no bare line feed anywhere.
    QCOMPARE(data.count("\r\n"), 7);
    QCOMPARE(data.count('\n'), 7);
    const QList<QByteArray> cells = {"\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Total\"\")\"",
                                     "\"'+1 555 0100\"",
                                     "\"'-2+3\"",
                                     "\"'@SUM(A1:A9)\"",
                                     "\"Lin, Mei\"",
                                     "\"Mei \"\"May\"\" Lin\""};
    for (const QByteArray &cell : cells)
        QVERIFY2(data.contains(QByteArray(',' + cell + ',')), cell.constData());
}

void TestCli::textOutputShowsControlCharactersEscaped()
{
    startSandbox();
    QCOMPARE(
        cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s, u"--customer"_s, u"Evil"_s}).exitCode,
        0);
    // PayDesk refuses such a name when it is typed; one written into the file by other means (an
    // older version, another tool) still must not reach the terminal raw: an escape sequence
    // that would clear it, and a right-to-left override.
    const QString name = u"Evil\x1b[2J\x1b[31mName\u202e"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"evil"_s);
        db.setDatabaseName(m_dir->filePath(u"shop.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        q.prepare(u"UPDATE orders SET customer_name = ?"_s);
        q.addBindValue(name);
        QVERIFY(q.exec());
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"evil"_s);
    const Run r = cliText({u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(!r.out.contains('\x1b'), r.out.constData());
    QVERIFY2(r.out.contains("Evil\\x1b[2J\\x1b[31mName\\u202e"), r.out.constData());
    // JSON keeps the name as it is (escaped by JSON itself).
    QCOMPARE(cli({u"list"_s}).json.value(u"orders").toArray().first().toObject().value(u"customer").toString(), name);
}

void TestCli::auditVerifyNamesTheEntryThatWasChanged()
{
    startSandbox({u"--auto-approve"_s});
    cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s});
    cli({u"confirm"_s, u"PD-000001"_s});
    cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"30"_s, u"--reason"_s, u"cold"_s});
    Run r = cli({u"audit"_s, u"verify"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json.value(u"intact").toBool());
    const int entries = r.json.value(u"entries").toInt();
    QVERIFY(entries >= 6);
    r = cliText({u"audit"_s, u"verify"_s});
    QCOMPARE(r.out, QByteArray("audit: " + QByteArray::number(entries) + " entries, chain intact\n"));
    {
        // Someone lowers the refund in the trail behind PayDesk's back.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
        db.setDatabaseName(m_dir->filePath(u"shop.db"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE audit SET detail = replace(detail, '30', '3') WHERE action = 'refund'"_s));
        QVERIFY(q.numRowsAffected() >= 1);
        QVERIFY(q.exec(u"SELECT MIN(id) FROM audit WHERE action = 'refund'"_s) && q.next());
        const qint64 changed = q.value(0).toLongLong();
        q = QSqlQuery();
        db.close();
        r = cli({u"audit"_s, u"verify"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json.value(u"brokenEntry").toInteger(), changed);
        QCOMPARE(r.json.value(u"error").toString(),
                 u"audit: Audit entry %1 was changed after it was written."_s.arg(changed));
    }
    QSqlDatabase::removeDatabase(u"tamper"_s);
    QCOMPARE(cli({u"audit"_s}).exitCode, 2);
}

void TestCli::secretFileOthersCanReadOrEmptyIsRefused()
{
    startSandbox();
    QFile secret(m_dir->filePath(u"secret"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("paydesk-sandbox-secret-0123456789ab\n");
    secret.close();
    QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                  QFileDevice::ReadOther));
    const QStringList request = {u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"50"_s};
    Run r = cli(QStringList{u"--channel-secret-file"_s, secret.fileName()} + request);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"chmod 600"_s), r.out.constData());
    QVERIFY(secret.open(QIODevice::WriteOnly | QIODevice::Truncate));
    secret.close();
    QVERIFY(secret.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    r = cli(QStringList{u"--channel-secret-file"_s, secret.fileName()} + request);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"is empty"_s), r.out.constData());
    QCOMPARE(stats().value(u"total").toInt(), 0);
}

void TestCli::backupWhileAnotherProcessWritesThenRestore()
{
    startSandbox({u"--auto-approve"_s});
    const auto on = [this](const QString &db, const QStringList &args) {
        QProcess process;
        process.start(bin("paydesk-cli"), QStringList{u"--db"_s, db, u"--api-base"_s, m_base, u"--json"_s} + args);
        if (!process.waitForFinished(60000))
            qFatal("paydesk-cli did not finish");
        return Run{process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(), {}, {}};
    };
    for (int i = 0; i < 3; ++i)
        QCOMPARE(cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s}).exitCode, 0);
    // Eight more payments are being written while the backup is taken.
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < 8; ++i) {
        auto writer = std::make_unique<QProcess>();
        writer->start(bin("paydesk-cli"),
                      {u"--db"_s, m_dir->filePath(u"shop.db"_s), u"--api-base"_s, m_base, u"--json"_s, u"request"_s,
                       u"--currency"_s, u"TWD"_s, u"--item"_s, u"Cake:1:60"_s});
        writers.push_back(std::move(writer));
    }
    const mode_t before = ::umask(022);
    const QString backup = m_dir->filePath(u"backups/shop-copy.db"_s);
    Run r = cli({u"backup"_s, u"--out"_s, backup});
    ::umask(before);
    for (auto &writer : writers) {
        QVERIFY(writer->waitForFinished(60000));
        QCOMPARE(writer->exitCode(), 0);
    }
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QFileInfo(backup).permissions() & 0x7777,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(!QFileInfo::exists(backup + u"-wal"_s));
    r = on(backup, {u"check"_s});
    QCOMPARE(r.exitCode, 0);
    const int copied = r.json.value(u"orders").toInt();
    QVERIFY2(copied >= 3 && copied <= 11, qPrintable(QString::number(copied)));
    QCOMPARE(on(backup, {u"audit"_s, u"verify"_s}).exitCode, 0);

    // Restored into a new database: the same orders, and what it held before is kept.
    const QString other = m_dir->filePath(u"other.db"_s);
    QCOMPARE(on(other, {u"list"_s}).exitCode, 0);
    r = on(other, {u"restore"_s, backup});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(on(other, {u"list"_s}).json.value(u"orders").toArray().size(), copied);
    const QString kept = r.json.value(u"kept").toString();
    QVERIFY(QFileInfo::exists(kept));
    QCOMPARE(on(kept, {u"list"_s}).json.value(u"orders").toArray().size(), 0);
    QCOMPARE(on(other, {u"check"_s}).exitCode, 0);

    // A damaged file or one from a newer PayDesk is refused, and nothing changes.
    QFile junk(m_dir->filePath(u"junk.db"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write(QByteArray(8192, 'x'));
    junk.close();
    r = on(other, {u"restore"_s, junk.fileName()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"damaged"_s), qPrintable(r.json.value(u"error").toString()));
    const QString newer = m_dir->filePath(u"newer.db"_s);
    QVERIFY(QFile::copy(backup, newer));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"newer"_s);
        db.setDatabaseName(newer);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"UPDATE schema_meta SET value = '99' WHERE key = 'version'"_s));
        q = QSqlQuery();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"newer"_s);
    r = on(other, {u"restore"_s, newer});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"newer PayDesk"_s),
             qPrintable(r.json.value(u"error").toString()));
    QCOMPARE(on(other, {u"list"_s}).json.value(u"orders").toArray().size(), copied);
}

void TestCli::seedWritesARealisticDatabaseThatChecksOut()
{
    const QString seeded = m_dir->filePath(u"seeded.db"_s);
    const auto on = [this](const QStringList &args) {
        QProcess process;
        process.start(bin("paydesk-cli"), QStringList{u"--json"_s} + args);
        if (!process.waitForFinished(120000))
            qFatal("paydesk-cli did not finish");
        return Run{process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(), {}, {}};
    };
    Run r = on({u"seed"_s, u"--orders"_s, u"3000"_s, u"--out"_s, seeded});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"orders").toInt(), 3000);
    QVERIFY(r.json.value(u"payments").toInt() > 3000); // some orders were paid on a second attempt
    QVERIFY(r.json.value(u"refunds").toInt() > 0);
    // What PayDesk itself reads and checks: integrity, the audit chain, every state, the search.
    QCOMPARE(on({u"--db"_s, seeded, u"check"_s}).exitCode, 0);
    r = on({u"--db"_s, seeded, u"audit"_s, u"verify"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json.value(u"entries").toInt() > 2 * 3000);
    // An existing file is never written over.
    QCOMPARE(on({u"seed"_s, u"--orders"_s, u"1"_s, u"--out"_s, seeded}).exitCode, 2);
    for (const char *state : {"CAPTURED", "PARTIALLY_REFUNDED", "REFUNDED", "AUTHORIZED", "CANCELLED", "EXPIRED"}) {
        const Run listed = on({u"--db"_s, seeded, u"list"_s, u"--state"_s, QString::fromLatin1(state)});
        QVERIFY2(!listed.json.value(u"orders").toArray().isEmpty(), state);
    }
    QVERIFY(!on({u"--db"_s, seeded, u"list"_s, u"--search"_s, u"奶茶"_s}).json.value(u"orders").toArray().isEmpty());
    QVERIFY(!on({u"--db"_s, seeded, u"list"_s, u"--search"_s, u"ชาไทย"_s}).json.value(u"orders").toArray().isEmpty());
    // The same seed writes the same orders.
    const QString again = m_dir->filePath(u"again.db"_s);
    QCOMPARE(on({u"seed"_s, u"--orders"_s, u"3000"_s, u"--out"_s, again}).exitCode, 0);
    const auto orders = [&](const QString &db) {
        QStringList lines;
        for (const QJsonValue &o :
             on({u"--db"_s, db, u"list"_s, u"--state"_s, u"REFUNDED"_s}).json.value(u"orders").toArray())
            lines << o[u"order"].toString() + o[u"amount"].toString() + o[u"customer"].toString() +
                         o[u"items"].toString();
        return lines;
    };
    QCOMPARE(orders(again), orders(seeded));
}

namespace {

// The records of an RFC 4180 file, cell by cell.
QList<QStringList> csvRecords(const QByteArray &data)
{
    QList<QStringList> records;
    QStringList record;
    QString cell;
    bool quoted = false;
    const QString text = QString::fromUtf8(data);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << cell;
            records << record;
            record.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return records;
}

} // namespace

void TestCli::listAndExportStreamTheOrdersOfTheirFilters()
{
    const QString seeded = m_dir->filePath(u"streamed.db"_s);
    const auto on = [&](const QStringList &args) {
        QProcess process;
        process.start(bin("paydesk-cli"), QStringList{u"--json"_s, u"--db"_s, seeded} + args);
        if (!process.waitForFinished(120000))
            qFatal("paydesk-cli did not finish");
        Run run{process.exitCode(), QJsonDocument::fromJson(process.readAllStandardOutput()).object(), {}, {}};
        return run;
    };
    QCOMPARE(on({u"seed"_s, u"--orders"_s, u"2000"_s, u"--out"_s, seeded}).exitCode, 0);
    const QJsonArray all = on({u"list"_s}).json.value(u"orders").toArray();
    QCOMPARE(all.size(), 2000);
    // --limit: the newest first.
    const QJsonArray seven = on({u"list"_s, u"--limit"_s, u"7"_s}).json.value(u"orders").toArray();
    QCOMPARE(seven.size(), 7);
    QCOMPARE(seven.first(), all.first());
    QCOMPARE(seven.last(), all.at(6));
    // --since and --until are days of this computer's time zone, both included.
    const QDate until = QDateTime::fromString(all.at(300)[u"created"].toString(), Qt::ISODate).toLocalTime().date();
    const QDate since = until.addDays(-20);
    QJsonArray expected;
    for (const QJsonValue &o : all) {
        const QDate day = QDateTime::fromString(o[u"created"].toString(), Qt::ISODate).toLocalTime().date();
        if (day >= since && day <= until && o[u"state"].toString() == u"CAPTURED")
            expected.append(o);
    }
    QVERIFY(expected.size() > 5);
    const QStringList filter{u"--state"_s, u"CAPTURED"_s,
                             u"--since"_s, since.toString(Qt::ISODate),
                             u"--until"_s, until.toString(Qt::ISODate)};
    QCOMPARE(on(QStringList{u"list"_s} + filter).json.value(u"orders").toArray(), expected);
    // The JSON export holds the same orders; the CSV export the same orders, parsed back.
    const QString json = m_dir->filePath(u"streamed.json"_s);
    QCOMPARE(on(QStringList{u"export"_s, u"--format"_s, u"json"_s, u"--out"_s, json} + filter).exitCode, 0);
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll()).object().value(u"orders").toArray(), expected);
    const QString csv = m_dir->filePath(u"streamed.csv"_s);
    const Run exported = on(QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv} + filter);
    QCOMPARE(exported.exitCode, 0);
    QCOMPARE(exported.json.value(u"exported").toInt(), expected.size());
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> records = csvRecords(csvFile.readAll());
    QCOMPARE(records.size(), expected.size() + 1);
    for (int i = 0; i < expected.size(); ++i) {
        const QStringList &r = records.at(i + 1);
        const QJsonObject o = expected.at(i).toObject();
        QCOMPARE(r.value(0), o[u"order"].toString());
        QCOMPARE(r.value(2), o[u"customer"].toString());
        QCOMPARE(r.value(3), o[u"items"].toString());
        QCOMPARE(r.value(5), o[u"amount"].toString());
        QCOMPARE(r.value(9), o[u"transactionId"].toString());
    }
    // Days and limits that are not: refused, nothing written.
    for (const QStringList &bad : {QStringList{u"--since"_s, u"2026-13-01"_s}, QStringList{u"--until"_s, u"soon"_s},
                                   QStringList{u"--limit"_s, u"0"_s}, QStringList{u"--limit"_s, u"ten"_s}}) {
        QCOMPARE(on(QStringList{u"list"_s} + bad).exitCode, 2);
        const QString none = m_dir->filePath(u"none.csv"_s);
        QCOMPARE(on(QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"--out"_s, none} + bad).exitCode, 2);
        QVERIFY(!QFileInfo::exists(none));
    }
}

void TestCli::reconcileFollowsLinePayAndReportsWhatItLeaves()
{
    startSandbox();
    for (int i = 0; i < 2; ++i) {
        const Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:1:80"_s});
        QCOMPARE(r.exitCode, 0);
        approve(r.json.value(u"paymentUrl").toString());
        QCOMPARE(cli({u"confirm"_s, r.json.value(u"order").toString()}).exitCode, 0);
    }
    Run r = cli({u"reconcile"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"payments").toInt(), 2);
    QCOMPARE(r.json.value(u"calls").toInt(), 1);
    QVERIFY(r.json.value(u"drifts").toArray().isEmpty());
    // A record that differs from LINE Pay in a way PayDesk does not undo by itself.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"drift"_s);
        db.setDatabaseName(m_dir->filePath(u"shop.db"_s));
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(u"UPDATE payments SET state = 'VOIDED' WHERE line_order_id = 'PD-000002-1'"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"drift"_s);
    const QString report = m_dir->filePath(u"drifts.csv"_s);
    r = cli({u"reconcile"_s, u"--out"_s, report});
    QCOMPARE(r.exitCode, 1);
    const QJsonArray drifts = r.json.value(u"drifts").toArray();
    QCOMPARE(drifts.size(), 1);
    QCOMPARE(drifts.first()[u"order"].toString(), u"PD-000002"_s);
    QCOMPARE(drifts.first()[u"outcome"].toString(), u"left unchanged"_s);
    QFile file(report);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> records = csvRecords(file.readAll());
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1).value(0), u"PD-000002"_s);
    QCOMPARE(records.at(1).value(5), u"left unchanged"_s);
    // A text report names the order; a day in the future compares nothing.
    const Run text = cliText({u"reconcile"_s});
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains("PD-000002") && text.out.contains("Compared 2 payment(s)"), text.out.constData());
    r = cli({u"reconcile"_s, u"--since"_s, QDate::currentDate().addDays(2).toString(Qt::ISODate)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"payments").toInt(), 0);
    QCOMPARE(cli({u"reconcile"_s, u"--since"_s, u"yesterday"_s}).exitCode, 2);
}

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s (is poppler-utils installed?)", qPrintable(path));
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

void TestCli::dayReportCloseDayAndReceiptFromTheCommandLine()
{
    startSandbox();
    Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:80"_s});
    QCOMPARE(r.exitCode, 0);
    approve(r.json.value(u"paymentUrl").toString());
    r = cli({u"confirm"_s, u"PD-000001"_s});
    QCOMPARE(r.exitCode, 0);
    const QString transaction = r.json.value(u"transactionId").toString();
    QCOMPARE(transaction.size(), 19);
    QCOMPARE(cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"30"_s}).exitCode, 0);
    r = cli({u"shop"_s, u"--name"_s, u"小茶館"_s, u"--tax-id"_s, u"24536806"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"name").toString(), u"小茶館"_s);
    QCOMPARE(cli({u"shop"_s, u"--name"_s, u"Tea\u202eHouse"_s}).exitCode, 2);

    // Today's report, open: the sums of what was done.
    r = cli({u"report"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"closed").toBool(), false);
    const QJsonObject twd = r.json.value(u"currencies").toArray().first().toObject();
    QCOMPARE(twd.value(u"captured").toString(), u"160"_s);
    QCOMPARE(twd.value(u"refunded").toString(), u"30"_s);
    QCOMPARE(twd.value(u"net").toString(), u"130"_s);
    QCOMPARE(r.json.value(u"movements").toArray().size(), 2);
    const QString csv = m_dir->filePath(u"day.csv"_s);
    QCOMPARE(cli({u"report"_s, u"--format"_s, u"csv"_s, u"--out"_s, csv}).exitCode, 0);
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QList<QStringList> records = csvRecords(csvFile.readAll());
    QVERIFY(std::any_of(records.begin(), records.end(), [&](const QStringList &record) {
        return record.value(1) == u"refund" && record.value(3) == transaction && record.value(5) == u"30";
    }));
    QCOMPARE(cli({u"report"_s, u"--date"_s, u"2026-02-30"_s}).exitCode, 2);
    QCOMPARE(cli({u"report"_s, u"--format"_s, u"pdf"_s}).exitCode, 2); // where to?

    // A receipt and a refund slip as PDFs holding the transactionId.
    const QString receipt = m_dir->filePath(u"receipt.pdf"_s);
    QCOMPARE(cli({u"receipt"_s, u"PD-000001"_s, u"--paper"_s, u"58mm"_s, u"--out"_s, receipt}).exitCode, 0);
    QVERIFY(pdfText(receipt).contains(transaction));
    QVERIFY(pdfText(receipt).contains(u"小茶館"_s));
    QCOMPARE(cli({u"receipt"_s, u"PD-000001"_s, u"--refund"_s, u"999"_s, u"--out"_s, receipt}).exitCode, 2);
    QCOMPARE(cli({u"receipt"_s, u"PD-000001"_s, u"--paper"_s, u"A5"_s, u"--out"_s, receipt}).exitCode, 2);

    // Four days closed at once by four processes: numbered 1 to 4, no gap, no number twice.
    const QDate today = QDate::currentDate();
    std::vector<std::unique_ptr<QProcess>> closing;
    for (int back = 3; back >= 0; --back) {
        auto p = std::make_unique<QProcess>();
        p->start(bin("paydesk-cli"), {u"--db"_s, m_dir->filePath(u"shop.db"_s), u"--json"_s, u"close-day"_s,
                                      u"--date"_s, today.addDays(-back).toString(Qt::ISODate)});
        closing.push_back(std::move(p));
    }
    QSet<QString> numbers;
    for (auto &p : closing) {
        QVERIFY(p->waitForFinished(60000));
        QCOMPARE(p->exitCode(), 0);
        const QJsonObject json = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
        numbers.insert(json.value(u"number").toString());
        QVERIFY(QFileInfo::exists(json.value(u"file").toString()));
    }
    QCOMPARE(numbers, (QSet<QString>{u"Z-0001"_s, u"Z-0002"_s, u"Z-0003"_s, u"Z-0004"_s}));
    // Closed again: refused, exit 1, naming its number; the frozen report reads back as closed.
    r = cli({u"close-day"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.json.value(u"error").toString().contains(u"Z-000"_s));
    r = cli({u"report"_s});
    QCOMPARE(r.json.value(u"closed").toBool(), true);
    QCOMPARE(r.json.value(u"currencies").toArray().first()[u"net"].toString(), u"130"_s);
    const QString pdf = m_dir->filePath(u"z.pdf"_s);
    QCOMPARE(cli({u"report"_s, u"--format"_s, u"pdf"_s, u"--out"_s, pdf}).exitCode, 0);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(r.json.value(u"number").toString()) && text.contains(transaction), qPrintable(text));
    QCOMPARE(cli({u"close-day"_s, u"--date"_s, today.addDays(1).toString(Qt::ISODate)}).exitCode, 2);
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestCli::withAStaffListTheCliIsAClerkUnlessAsOwner()
{
    startSandbox();
    const auto writeFile = [this](const QString &name, const QByteArray &text) {
        QFile file(m_dir->filePath(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
            qFatal("cannot write %s", qPrintable(name));
        return file.fileName();
    };
    const QString ownerPin = writeFile(u"owner.pin"_s, "482916\n");
    const QString clerkPin = writeFile(u"clerk.pin"_s, "1357\n");
    const QString wrongPin = writeFile(u"wrong.pin"_s, "000000\n");
    // Before there is a staff list the CLI may do everything, as before.
    Run r = cli({u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, u"Tea:2:150"_s});
    QCOMPARE(r.exitCode, 0);
    approve(r.json.value(u"paymentUrl").toString());
    QCOMPARE(cli({u"confirm"_s, u"PD-000001"_s}).exitCode, 0);
    QCOMPARE(cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"10"_s}).exitCode, 0);
    // The first person may be the owner; after that only the owner adds people.
    r = cli({u"staff"_s, u"add"_s, u"Mei"_s, u"--role"_s, u"owner"_s, u"--new-pin-file"_s, ownerPin});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({u"staff"_s, u"add"_s, u"Ken"_s, u"--role"_s, u"clerk"_s, u"--new-pin-file"_s, clerkPin}).exitCode, 2);
    r = cli({u"--as"_s, u"owner"_s, u"--pin-file"_s, ownerPin, u"staff"_s, u"add"_s, u"Ken"_s, u"--role"_s, u"clerk"_s,
             u"--new-pin-file"_s, clerkPin});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json.value(u"staff").toArray().size(), 2);
    // Now the CLI is a clerk: a refund (no amount set by the owner: any) is refused, nothing sent.
    const int refunds = stats().value(u"refund").toInt();
    r = cli({u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"--as owner"_s), r.out.constData());
    QCOMPARE(stats().value(u"refund").toInt(), refunds);
    QCOMPARE(cli({u"close-day"_s}).exitCode, 2);
    QCOMPARE(cli({u"shop"_s, u"--name"_s, u"Tea"_s}).exitCode, 2);
    // As the owner, with the PIN from a file.
    r = cli({u"--as"_s, u"owner"_s, u"--pin-file"_s, ownerPin, u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"100"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(stats().value(u"refund").toInt(), refunds + 1);
    QCOMPARE(cli({u"--as"_s, u"owner"_s, u"--pin-file"_s, ownerPin, u"close-day"_s}).exitCode, 0);
    // Five wrong PINs lock the owner out, also with the right PIN afterwards.
    for (int i = 1; i <= 5; ++i) {
        r = cli({u"--as"_s, u"owner"_s, u"--pin-file"_s, wrongPin, u"list"_s});
        QCOMPARE(r.exitCode, 2);
    }
    QVERIFY2(r.json.value(u"error").toString().contains(u"locked out"_s), r.out.constData());
    r = cli({u"--as"_s, u"owner"_s, u"--pin-file"_s, ownerPin, u"list"_s});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.json.value(u"error").toString().isEmpty());
    // The audit trail names who did what; its chain is intact.
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"roles"_s);
    db.setDatabaseName(m_dir->filePath(u"shop.db"_s));
    QVERIFY(db.open());
    QSqlQuery q(db);
    QVERIFY(q.exec(u"SELECT actor FROM audit WHERE action = 'refund' ORDER BY id"_s));
    QStringList actors;
    while (q.next())
        actors << q.value(0).toString();
    QVERIFY2(actors.contains(u"cli"_s) && actors.contains(u"Mei"_s), qPrintable(actors.join(u'|')));
    q.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"roles"_s);
    QCOMPARE(cli({u"audit"_s, u"verify"_s}).exitCode, 0);
}

void TestCli::aBackupFromBeforeTheLastDayCloseNeedsForce()
{
    const QString early = m_dir->filePath(u"early.db"_s);
    QCOMPARE(cli({u"close-day"_s, u"--date"_s, QDate::currentDate().addDays(-2).toString(Qt::ISODate)}).exitCode, 0);
    QCOMPARE(cli({u"backup"_s, u"--out"_s, early}).exitCode, 0); // holds Z-0001
    QCOMPARE(cli({u"close-day"_s, u"--date"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)}).exitCode, 0);
    Run r = cli({u"restore"_s, early});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.json.value(u"error").toString().contains(u"Z-0001"_s) &&
                 r.json.value(u"error").toString().contains(u"Z-0002"_s),
             r.out.constData());
    QCOMPARE(cli({u"report"_s, u"--date"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
                 .json.value(u"number")
                 .toString(),
             u"Z-0002"_s);
    r = cli({u"restore"_s, early, u"--force"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({u"report"_s, u"--date"_s, QDate::currentDate().addDays(-1).toString(Qt::ISODate)})
                 .json.value(u"closed")
                 .toBool(),
             false);
    // A backup with as many closes restores without it.
    const QString same = m_dir->filePath(u"same.db"_s);
    QCOMPARE(cli({u"backup"_s, u"--out"_s, same}).exitCode, 0);
    QCOMPARE(cli({u"restore"_s, same}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCli)

#include "tst_cli.moc"
