#include <QTcpServer>
#include <QTest>

#include "app/linepay/client.h"
#include "tests/support/sandboxfixture.h"

using namespace PayDesk;
using namespace PayDesk::LinePay;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using Outcome = CallResult::Outcome;

class TestClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void preparedCallIsSignedOverTheBytesItSends();
    void captureAtConfirmThenRefundInParts();
    void authorizeThenCaptureLower();
    void authorizeThenVoid();
    void cancelledRequestIsReportedByCheck();
    void refusalsComeBackAsReturnCodes();
    void wrongSecretIsRefusedWith1106();
    void droppedMoneyCallReachesTheWireOnce();
    void lateAnswerTimesOutAsUnknown();
    void malformedAnswerIsUnknown();
    void refusedConnectionIsNotSent();
    void plainHttpToARemoteHostIsRefused();
    void timeoutsAreAtLeastTheDocumentedMinimums();

private:
    RequestInfo requestPayment(const QString &orderId, bool capture, const Money &amount = Money(300, u"TWD"_s));

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Client> m_client;
};

void TestClient::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Client>(m_network.get(), m_sandbox->clientConfig());
}

void TestClient::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

RequestInfo TestClient::requestPayment(const QString &orderId, bool capture, const Money &amount)
{
    PaymentRequest request;
    request.amount = amount;
    request.orderId = orderId;
    request.packages << Package{u"1"_s, {}, amount, {Product{{}, u"Coffee"_s, 1, amount}}};
    request.confirmUrlType = u"NONE"_s;
    request.capture = capture;
    const CallResult result = waitFor(m_client->requestPayment(request));
    if (result.outcome != Outcome::Answered || !result.envelope.isSuccess())
        qFatal("request failed: %s", result.responseBody.constData());
    return *decodeRequestInfo(result.envelope.info);
}

void TestClient::preparedCallIsSignedOverTheBytesItSends()
{
    ClientConfig config;
    config.baseUrl = QUrl(u"https://sandbox-api-pay.line.me"_s);
    config.channelId = u"1234567890"_s;
    config.channelSecret = "5f1e3c9a7b2d4e6f8a0b1c2d3e4f5a6b";
    const PreparedCall call = prepareCall(config, Endpoint::Confirm, "/v3/payments/2024060112345678910/confirm", {},
                                          R"({"amount":100,"currency":"TWD"})", "8d6e4f2a-1b3c-4d5e-9f70-a1b2c3d4e5f6");
    QCOMPARE(call.request.url().toString(),
             u"https://sandbox-api-pay.line.me/v3/payments/2024060112345678910/confirm"_s);
    QCOMPARE(call.request.rawHeader("X-LINE-Authorization"),
             QByteArray("oR9N34hXsa0m64IaMl4f/orQj5IrlaBZyCCKMrR9z68="));
    QCOMPARE(call.request.rawHeader("X-LINE-ChannelId"), QByteArray("1234567890"));
    QCOMPARE(call.request.transferTimeout(), 40000);
    QVERIFY(call.request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool());
    const PreparedCall get = prepareCall(config, Endpoint::Details, "/v3/payments",
                                         "transactionId=2024060112345678910&orderId=ORD-20240601-0001", {},
                                         "5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c");
    QCOMPARE(get.request.url().query(QUrl::FullyEncoded),
             u"transactionId=2024060112345678910&orderId=ORD-20240601-0001"_s);
    QCOMPARE(get.request.rawHeader("X-LINE-Authorization"), QByteArray("K0XSExiq+xvXvCnVPc6ismtR8u/WHJ9wCkp24ZGscVw="));
    QVERIFY(!call.request.rawHeader("X-LINE-Authorization").isEmpty());
    QVERIFY(!call.request.rawHeaderList().contains("X-LINE-ChannelSecret"));
}

void TestClient::captureAtConfirmThenRefundInParts()
{
    const RequestInfo info = requestPayment(u"A-1"_s, true);
    QVERIFY(info.transactionId > (qint64(1) << 62));
    QCOMPARE(waitFor(m_client->checkStatus(info.transactionId)).envelope.returnCode, u"0000"_s);
    QCOMPARE(m_sandbox->approve(info.webUrl).status, 200);
    QCOMPARE(waitFor(m_client->checkStatus(info.transactionId)).envelope.returnCode, u"0110"_s);
    const CallResult confirmed = waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s)));
    QCOMPARE(confirmed.envelope.returnCode, u"0000"_s);
    const Result<ConfirmInfo> confirmInfo = decodeConfirmInfo(confirmed.envelope.info, u"TWD"_s);
    QVERIFY(confirmInfo.ok());
    QCOMPARE(confirmInfo->transactionId, info.transactionId);
    QVERIFY(!confirmInfo->authorizationExpireDate.isValid());
    QCOMPARE(waitFor(m_client->refund(info.transactionId, Money(100, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    QCOMPARE(waitFor(m_client->refund(info.transactionId, std::nullopt)).envelope.returnCode, u"0000"_s);
    const CallResult details = waitFor(m_client->details({{info.transactionId}, {}}));
    const Result<QList<PaymentDetail>> list = decodeDetailsInfo(details.envelope.info);
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().transactionId, info.transactionId);
    QCOMPARE(list->first().payStatus, u"CAPTURE"_s);
    QCOMPARE(list->first().refunds.size(), 2);
    QCOMPARE(list->first().refundedAmount(), Money(300, u"TWD"_s));
    QCOMPARE(waitFor(m_client->checkStatus(info.transactionId)).envelope.returnCode, u"0123"_s);
}

void TestClient::authorizeThenCaptureLower()
{
    const RequestInfo info = requestPayment(u"B-1"_s, false, Money(1250, u"THB"_s));
    QCOMPARE(m_sandbox->approve(info.webUrl).status, 200);
    const CallResult confirmed = waitFor(m_client->confirm(info.transactionId, Money(1250, u"THB"_s)));
    QCOMPARE(confirmed.envelope.returnCode, u"0000"_s);
    QVERIFY(decodeConfirmInfo(confirmed.envelope.info, u"THB"_s)->authorizationExpireDate.isValid());
    const CallResult details = waitFor(m_client->details({{info.transactionId}, {}}));
    QCOMPARE(decodeDetailsInfo(details.envelope.info)->first().payStatus, u"AUTHORIZATION"_s);
    QCOMPARE(waitFor(m_client->capture(info.transactionId, Money(1300, u"THB"_s))).envelope.returnCode, u"1184"_s);
    const CallResult captured = waitFor(m_client->capture(info.transactionId, Money(1000, u"THB"_s)));
    QCOMPARE(captured.envelope.returnCode, u"0000"_s);
    QCOMPARE(decodeConfirmInfo(captured.envelope.info, u"THB"_s)->payInfo.first().amount, Money(1000, u"THB"_s));
    QCOMPARE(decodeDetailsInfo(waitFor(m_client->details({{}, {u"B-1"_s}})).envelope.info)->first().paidAmount(),
             Money(1000, u"THB"_s));
}

void TestClient::authorizeThenVoid()
{
    const RequestInfo info = requestPayment(u"C-1"_s, false);
    m_sandbox->approve(info.webUrl);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    QCOMPARE(waitFor(m_client->voidAuthorization(info.transactionId)).envelope.returnCode, u"0000"_s);
    QCOMPARE(waitFor(m_client->voidAuthorization(info.transactionId)).envelope.returnCode, u"1165"_s);
    QCOMPARE(decodeDetailsInfo(waitFor(m_client->details({{info.transactionId}, {}})).envelope.info)->first().payStatus,
             u"VOIDED_AUTHORIZATION"_s);
}

void TestClient::cancelledRequestIsReportedByCheck()
{
    const RequestInfo info = requestPayment(u"D-1"_s, true);
    QCOMPARE(m_sandbox->cancel(info.webUrl).status, 200);
    QCOMPARE(waitFor(m_client->checkStatus(info.transactionId)).envelope.returnCode, u"0121"_s);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"1180"_s);
    const RequestInfo again = requestPayment(u"D-2"_s, true);
    QVERIFY(again.transactionId != info.transactionId);
}

void TestClient::refusalsComeBackAsReturnCodes()
{
    const RequestInfo info = requestPayment(u"E-1"_s, true);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"1169"_s);
    m_sandbox->approve(info.webUrl);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(200, u"TWD"_s))).envelope.returnCode, u"1153"_s);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    QCOMPARE(waitFor(m_client->refund(info.transactionId, Money(301, u"TWD"_s))).envelope.returnCode, u"1164"_s);
    QCOMPARE(waitFor(m_client->details({{12345}, {}})).envelope.returnCode, u"1150"_s);
}

void TestClient::wrongSecretIsRefusedWith1106()
{
    ClientConfig config = m_sandbox->clientConfig();
    config.channelSecret = "not-the-secret";
    Client client(m_network.get(), config);
    const CallResult result = waitFor(client.details({{1}, {}}));
    QCOMPARE(result.outcome, Outcome::Answered);
    QCOMPARE(result.envelope.returnCode, u"1106"_s);
    config.channelId = u"999"_s;
    client.setConfig(config);
    QCOMPARE(waitFor(client.details({{1}, {}})).envelope.returnCode, u"1104"_s);
}

void TestClient::droppedMoneyCallReachesTheWireOnce()
{
    const RequestInfo info = requestPayment(u"F-1"_s, true);
    m_sandbox->approve(info.webUrl);
    QCOMPARE(waitFor(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    m_sandbox->server().setFaults({*Sandbox::parseFault(u"refund:drop"_s)});
    // Twice: once on a kept-alive connection, once on a fresh one.
    for (int round = 1; round <= 2; ++round) {
        const CallResult result = waitFor(m_client->refund(info.transactionId, Money(10, u"TWD"_s)));
        QCOMPARE(result.outcome, Outcome::Unknown);
        QVERIFY(!result.errorMessage.isEmpty());
        QCOMPARE(m_sandbox->calls(u"refund"_s), round);
    }
    m_sandbox->server().setFaults({});
    const CallResult details = waitFor(m_client->details({{info.transactionId}, {}}));
    QCOMPARE(decodeDetailsInfo(details.envelope.info)->first().refunds.size(), 2); // both were applied once
}

void TestClient::lateAnswerTimesOutAsUnknown()
{
    ClientConfig config = m_sandbox->clientConfig();
    config.timeoutMs.insert(Endpoint::Request, 300);
    m_client->setConfig(config);
    m_sandbox->server().setFaults({*Sandbox::parseFault(u"request:delay=2000"_s)});
    PaymentRequest request;
    request.amount = Money(300, u"TWD"_s);
    request.orderId = u"G-1"_s;
    request.packages << Package{u"1"_s, {}, request.amount, {Product{{}, u"Tea"_s, 1, request.amount}}};
    request.confirmUrlType = u"NONE"_s;
    const CallResult result = waitFor(m_client->requestPayment(request));
    QCOMPARE(result.outcome, Outcome::Unknown);
    QVERIFY(result.errorMessage.contains(u"in time"_s));
    QCOMPARE(m_sandbox->calls(u"request"_s), 1);
}

void TestClient::malformedAnswerIsUnknown()
{
    m_sandbox->server().setFaults({*Sandbox::parseFault(u"details:garbage"_s)});
    const CallResult result = waitFor(m_client->details({{1}, {}}));
    QCOMPARE(result.outcome, Outcome::Unknown);
    QVERIFY(result.errorMessage.contains(u"cannot read"_s));
}

void TestClient::refusedConnectionIsNotSent()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    ClientConfig config = m_sandbox->clientConfig();
    config.baseUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    m_client->setConfig(config);
    const CallResult result = waitFor(m_client->refund(1, Money(1, u"TWD"_s)));
    QCOMPARE(result.outcome, Outcome::NotSent);
    QVERIFY(result.errorMessage.contains(u"Nothing was sent"_s));
}

void TestClient::plainHttpToARemoteHostIsRefused()
{
    ClientConfig config = m_sandbox->clientConfig();
    config.baseUrl = QUrl(u"http://api-pay.line.me"_s);
    m_client->setConfig(config);
    const CallResult result = waitFor(m_client->details({{1}, {}}));
    QCOMPARE(result.outcome, Outcome::NotSent);
    QVERIFY(result.errorMessage.contains(u"https"_s));
    QVERIFY(checkBaseUrl(QUrl(u"https://api-pay.line.me"_s)).isEmpty());
    QVERIFY(checkBaseUrl(QUrl(u"http://localhost:8080"_s)).isEmpty());
    QVERIFY(!checkBaseUrl(QUrl(u"ftp://x"_s)).isEmpty());
}

void TestClient::timeoutsAreAtLeastTheDocumentedMinimums()
{
    // API.md §2: request 10 s, confirm 40 s, capture 60 s, others 20 s.
    QVERIFY(defaultTimeoutMs(Endpoint::Request) >= 10000);
    QVERIFY(defaultTimeoutMs(Endpoint::Confirm) >= 40000);
    QVERIFY(defaultTimeoutMs(Endpoint::Capture) >= 60000);
    for (Endpoint e : {Endpoint::Check, Endpoint::Void, Endpoint::Refund, Endpoint::Details})
        QVERIFY(defaultTimeoutMs(e) >= 20000);
}

QTEST_GUILESS_MAIN(TestClient)
#include "tst_client.moc"
