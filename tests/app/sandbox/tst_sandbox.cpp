#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include "app/linepay/signer.h"
#include "tests/support/sandboxfixture.h"

using namespace PayDesk;
using namespace PayDesk::LinePay;
using namespace PayDesk::Sandbox;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

class TestSandbox final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void illegalCallsGetTheirReturnCodes_data();
    void illegalCallsGetTheirReturnCodes();
    void requestValidationCodes_data();
    void requestValidationCodes();
    void signatureIsCheckedOverTheRawBytes();
    void reusedNonceIsRefused();
    void customerPageShowsTheOrderAndRedirects();
    void unknownPaymentLinkIsAnError();
    void requestWindowExpiresAfterTwentyMinutes();
    void authorizationExpires();
    void detailsTakeAtMostOneHundredIds();
    void autoApproveSkipsTheCustomer();
    void stateSurvivesARestart();
    void faultsAndClockThroughTheControlEndpoint();
    void codeFaultAnswersWithoutCommitting();
    void faultsParse_data();
    void faultsParse();

private:
    RequestInfo request(const QString &orderId, bool capture, const Money &amount = Money(300, u"TWD"_s));
    qint64 payment(const QString &orderId, bool capture); // requested, approved and confirmed
    QString code(Call *call) { return waitFor(call).envelope.returnCode; }

    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<Client> m_client;
};

void TestSandbox::init()
{
    m_sandbox = std::make_unique<SandboxFixture>();
    m_network = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<Client>(m_network.get(), m_sandbox->clientConfig());
}

void TestSandbox::cleanup()
{
    m_client.reset();
    m_network.reset();
    m_sandbox.reset();
}

RequestInfo TestSandbox::request(const QString &orderId, bool capture, const Money &amount)
{
    PaymentRequest r;
    r.amount = amount;
    r.orderId = orderId;
    r.packages << Package{u"1"_s, {}, amount, {Product{{}, u"Coffee"_s, 1, amount}}};
    r.confirmUrlType = u"NONE"_s;
    r.capture = capture;
    const CallResult result = waitFor(m_client->requestPayment(r));
    if (!result.envelope.isSuccess())
        qFatal("request failed: %s", result.responseBody.constData());
    return *decodeRequestInfo(result.envelope.info);
}

qint64 TestSandbox::payment(const QString &orderId, bool capture)
{
    const RequestInfo info = request(orderId, capture);
    m_sandbox->approve(info.webUrl);
    if (code(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))) != u"0000")
        qFatal("confirm failed");
    return info.transactionId;
}

void TestSandbox::illegalCallsGetTheirReturnCodes_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expected");
    QTest::newRow("confirm unknown id") << u"confirm-unknown"_s << u"1150"_s;
    QTest::newRow("confirm before approval") << u"confirm-requested"_s << u"1169"_s;
    QTest::newRow("confirm after cancel") << u"confirm-cancelled"_s << u"1180"_s;
    QTest::newRow("confirm twice") << u"confirm-twice"_s << u"1172"_s;
    QTest::newRow("confirm other amount") << u"confirm-amount"_s << u"1153"_s;
    QTest::newRow("confirm other currency") << u"confirm-currency"_s << u"1153"_s;
    QTest::newRow("capture more than authorized") << u"capture-more"_s << u"1184"_s;
    QTest::newRow("capture zero") << u"capture-zero"_s << u"1183"_s;
    QTest::newRow("capture a captured payment") << u"capture-captured"_s << u"1179"_s;
    QTest::newRow("capture a voided payment") << u"capture-voided"_s << u"1179"_s;
    QTest::newRow("capture unknown id") << u"capture-unknown"_s << u"1150"_s;
    QTest::newRow("void twice") << u"void-twice"_s << u"1165"_s;
    QTest::newRow("void a captured payment") << u"void-captured"_s << u"1155"_s;
    QTest::newRow("void unknown id") << u"void-unknown"_s << u"1150"_s;
    QTest::newRow("refund an authorization") << u"refund-authorized"_s << u"1155"_s;
    QTest::newRow("refund more than remains") << u"refund-more"_s << u"1164"_s;
    QTest::newRow("refund a refunded payment") << u"refund-refunded"_s << u"1165"_s;
    QTest::newRow("refund unknown id") << u"refund-unknown"_s << u"1150"_s;
    QTest::newRow("details unknown id") << u"details-unknown"_s << u"1150"_s;
    QTest::newRow("details of a request") << u"details-requested"_s << u"1150"_s;
    QTest::newRow("check unknown id") << u"check-unknown"_s << u"1150"_s;
}

void TestSandbox::illegalCallsGetTheirReturnCodes()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expected);
    const Money twd300(300, u"TWD"_s);
    const qint64 unknown = 4999999999999999999;
    QString actual;
    if (scenario == u"confirm-unknown") {
        actual = code(m_client->confirm(unknown, twd300));
    } else if (scenario == u"confirm-requested") {
        actual = code(m_client->confirm(request(u"X"_s, true).transactionId, twd300));
    } else if (scenario == u"confirm-cancelled") {
        const RequestInfo info = request(u"X"_s, true);
        m_sandbox->cancel(info.webUrl);
        actual = code(m_client->confirm(info.transactionId, twd300));
    } else if (scenario == u"confirm-twice") {
        actual = code(m_client->confirm(payment(u"X"_s, true), twd300));
    } else if (scenario == u"confirm-amount" || scenario == u"confirm-currency") {
        const RequestInfo info = request(u"X"_s, true);
        m_sandbox->approve(info.webUrl);
        actual = code(m_client->confirm(info.transactionId,
                                        scenario == u"confirm-amount" ? Money(299, u"TWD"_s) : Money(30000, u"USD"_s)));
    } else if (scenario == u"capture-more") {
        actual = code(m_client->capture(payment(u"X"_s, false), Money(301, u"TWD"_s)));
    } else if (scenario == u"capture-zero") {
        actual = code(m_client->capture(payment(u"X"_s, false), Money(0, u"TWD"_s)));
    } else if (scenario == u"capture-captured") {
        actual = code(m_client->capture(payment(u"X"_s, true), twd300));
    } else if (scenario == u"capture-voided") {
        const qint64 id = payment(u"X"_s, false);
        waitFor(m_client->voidAuthorization(id));
        actual = code(m_client->capture(id, twd300));
    } else if (scenario == u"capture-unknown") {
        actual = code(m_client->capture(unknown, twd300));
    } else if (scenario == u"void-twice") {
        const qint64 id = payment(u"X"_s, false);
        QCOMPARE(code(m_client->voidAuthorization(id)), u"0000"_s);
        actual = code(m_client->voidAuthorization(id));
    } else if (scenario == u"void-captured") {
        actual = code(m_client->voidAuthorization(payment(u"X"_s, true)));
    } else if (scenario == u"void-unknown") {
        actual = code(m_client->voidAuthorization(unknown));
    } else if (scenario == u"refund-authorized") {
        actual = code(m_client->refund(payment(u"X"_s, false), std::nullopt));
    } else if (scenario == u"refund-more") {
        const qint64 id = payment(u"X"_s, true);
        QCOMPARE(code(m_client->refund(id, Money(200, u"TWD"_s))), u"0000"_s);
        actual = code(m_client->refund(id, Money(101, u"TWD"_s)));
    } else if (scenario == u"refund-refunded") {
        const qint64 id = payment(u"X"_s, true);
        QCOMPARE(code(m_client->refund(id, std::nullopt)), u"0000"_s);
        actual = code(m_client->refund(id, std::nullopt));
    } else if (scenario == u"refund-unknown") {
        actual = code(m_client->refund(unknown, std::nullopt));
    } else if (scenario == u"details-unknown") {
        actual = code(m_client->details({{unknown}, {}}));
    } else if (scenario == u"details-requested") {
        actual = code(m_client->details({{request(u"X"_s, true).transactionId}, {}}));
    } else if (scenario == u"check-unknown") {
        actual = code(m_client->checkStatus(unknown));
    }
    QCOMPARE(actual, expected);
}

void TestSandbox::requestValidationCodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray ok =
        R"({"amount":100,"currency":"TWD","orderId":"V-1","packages":[{"id":"1","amount":100,"products":[{"name":"A","quantity":1,"price":100}]}],"redirectUrls":{"confirmUrlType":"NONE"}})";
    QTest::newRow("valid") << ok << u"0000"_s;
    QByteArray decimals = ok;
    decimals.replace("\"amount\":100,\"currency\"", "\"amount\":100.5,\"currency\"");
    QTest::newRow("TWD decimals") << decimals << u"1124"_s;
    QByteArray sum = ok;
    sum.replace("\"price\":100", "\"price\":90");
    QTest::newRow("package sum differs") << sum << u"2101"_s;
    QByteArray zero = ok;
    zero.replace("100", "0");
    QTest::newRow("zero amount") << zero << u"1183"_s;
    QByteArray currency = ok;
    currency.replace("TWD", "JPY");
    QTest::newRow("JPY after the Japan shutdown") << currency << u"1178"_s;
    QTest::newRow("not JSON") << QByteArray("{\"amount\":") << u"2102"_s;
    QByteArray noUrl = ok;
    noUrl.replace(R"({"confirmUrlType":"NONE"})", "{}");
    QTest::newRow("no confirmUrl") << noUrl << u"2101"_s;
}

void TestSandbox::requestValidationCodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    // Sent by hand so that bodies the codecs would never produce reach the server.
    const ClientConfig config = m_sandbox->clientConfig();
    const PreparedCall call = prepareCall(config, Endpoint::Request, "/v3/payments/request", {}, body, newNonce());
    QNetworkReply *reply = m_network->post(call.request, body);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(decodeEnvelope(reply->readAll())->returnCode, expected);
    reply->deleteLater();
}

void TestSandbox::signatureIsCheckedOverTheRawBytes()
{
    const ClientConfig config = m_sandbox->clientConfig();
    const QByteArray body = R"({"amount":100,"currency":"TWD"})";
    PreparedCall call = prepareCall(config, Endpoint::Confirm, "/v3/payments/1/confirm", {}, body, newNonce());
    // Same JSON, other bytes: the signature no longer matches.
    QNetworkReply *reply = m_network->post(call.request, QByteArray(R"({"amount": 100, "currency": "TWD"})"));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(decodeEnvelope(reply->readAll())->returnCode, u"1106"_s);
    reply->deleteLater();
    call.request.setRawHeader("X-LINE-Authorization", QByteArray());
    reply = m_network->post(call.request, body);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    QCOMPARE(decodeEnvelope(reply->readAll())->returnCode, u"1106"_s);
    reply->deleteLater();
}

void TestSandbox::reusedNonceIsRefused()
{
    const PreparedCall call =
        prepareCall(m_sandbox->clientConfig(), Endpoint::Details, "/v3/payments", "transactionId=1", {}, "fixed-nonce");
    for (const QString expected : {u"1150"_s, u"1106"_s}) {
        QNetworkReply *reply = m_network->get(call.request);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(decodeEnvelope(reply->readAll())->returnCode, expected);
        reply->deleteLater();
    }
}

void TestSandbox::customerPageShowsTheOrderAndRedirects()
{
    PaymentRequest r;
    r.amount = Money(250, u"TWD"_s);
    r.orderId = u"PAGE-1"_s;
    r.packages << Package{u"1"_s, {}, r.amount, {Product{{}, u"咖啡 <b>"_s, 2, Money(125, u"TWD"_s)}}};
    r.confirmUrl = u"http://127.0.0.1:9/shop/confirm?orderId=PAGE-1"_s;
    r.cancelUrl = u"http://127.0.0.1:9/shop/cancel"_s;
    const CallResult result = waitFor(m_client->requestPayment(r));
    const RequestInfo info = *decodeRequestInfo(result.envelope.info);
    QVERIFY(info.webUrl.startsWith(m_sandbox->baseUrl().toString() + u"/web/payment/wait?transactionReserveId="_s));
    const HttpAnswer page = m_sandbox->get(QUrl(info.webUrl));
    QCOMPARE(page.status, 200);
    const QString html = QString::fromUtf8(page.body);
    QVERIFY(html.contains(u"咖啡 &lt;b&gt;"_s));
    QVERIFY(html.contains(u"TWD 250"_s));
    QVERIFY(html.contains(u"PAGE-1"_s));
    QVERIFY(html.contains(u"id=\"approve\""_s));
    QVERIFY(html.contains(u"id=\"cancel\""_s));
    const HttpAnswer approved = m_sandbox->approve(info.webUrl);
    QCOMPARE(approved.status, 303);
    const QUrl location(QString::fromUtf8(approved.location));
    QCOMPARE(location.path(), u"/shop/confirm"_s);
    const QUrlQuery query(location);
    QCOMPARE(query.queryItemValue(u"transactionId"_s), QString::number(info.transactionId));
    QCOMPARE(query.allQueryItemValues(u"orderId"_s), QStringList{u"PAGE-1"_s}); // already there: left alone
    QVERIFY(m_sandbox->get(QUrl(info.webUrl)).body.contains("approved"));
    // The decision is final.
    QCOMPARE(m_sandbox
                 ->postForm(m_sandbox->baseUrl().resolved(QUrl(u"/web/payment/cancel"_s)),
                            "transactionReserveId=" + reserveToken(info.webUrl).toLatin1())
                 .status,
             400);
}

void TestSandbox::unknownPaymentLinkIsAnError()
{
    const HttpAnswer page =
        m_sandbox->get(m_sandbox->baseUrl().resolved(QUrl(u"/web/payment/wait?transactionReserveId=nope"_s)));
    QCOMPARE(page.status, 404);
    QVERIFY(page.body.contains("not valid"));
}

void TestSandbox::requestWindowExpiresAfterTwentyMinutes()
{
    const RequestInfo info = request(u"T-1"_s, true);
    m_sandbox->server().clock().advance(19 * 60);
    QCOMPARE(code(m_client->checkStatus(info.transactionId)), u"0000"_s);
    m_sandbox->server().clock().advance(2 * 60);
    QCOMPARE(code(m_client->checkStatus(info.transactionId)), u"0121"_s);
    QCOMPARE(m_sandbox->approve(info.webUrl).status, 200); // the page says it expired
    QVERIFY(m_sandbox->get(QUrl(info.webUrl)).body.contains("run out"));
    QCOMPARE(code(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))), u"1180"_s);
}

void TestSandbox::authorizationExpires()
{
    const qint64 id = payment(u"T-2"_s, false);
    m_sandbox->server().clock().advance(8 * 24 * 3600);
    const CallResult details = waitFor(m_client->details({{id}, {}}));
    QCOMPARE(decodeDetailsInfo(details.envelope.info)->first().payStatus, u"EXPIRED_AUTHORIZATION"_s);
    QCOMPARE(code(m_client->capture(id, Money(300, u"TWD"_s))), u"1180"_s);
}

void TestSandbox::detailsTakeAtMostOneHundredIds()
{
    const qint64 id = payment(u"T-3"_s, true);
    DetailsQuery query;
    for (int i = 0; i < 100; ++i)
        query.transactionIds << id;
    QCOMPARE(code(m_client->details(query)), u"0000"_s);
    query.transactionIds << id;
    QCOMPARE(code(m_client->details(query)), u"1177"_s);
}

void TestSandbox::autoApproveSkipsTheCustomer()
{
    SandboxOptions options;
    options.autoApprove = true;
    SandboxFixture sandbox(options);
    Client client(m_network.get(), sandbox.clientConfig());
    m_client = std::make_unique<Client>(m_network.get(), sandbox.clientConfig());
    const RequestInfo info = request(u"AUTO-1"_s, true);
    QCOMPARE(code(m_client->checkStatus(info.transactionId)), u"0110"_s);
    m_client = std::make_unique<Client>(m_network.get(), m_sandbox->clientConfig());
}

void TestSandbox::stateSurvivesARestart()
{
    QTemporaryDir dir;
    SandboxOptions options;
    options.statePath = dir.filePath(u"sandbox.json"_s);
    qint64 id = 0;
    {
        SandboxFixture first(options);
        m_client = std::make_unique<Client>(m_network.get(), first.clientConfig());
        const RequestInfo info = request(u"P-1"_s, true);
        first.approve(info.webUrl);
        QCOMPARE(code(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))), u"0000"_s);
        QCOMPARE(code(m_client->refund(info.transactionId, Money(40, u"TWD"_s))), u"0000"_s);
        id = info.transactionId;
    }
    SandboxFixture second(options);
    m_client = std::make_unique<Client>(m_network.get(), second.clientConfig());
    const CallResult details = waitFor(m_client->details({{id}, {}}));
    QCOMPARE(details.envelope.returnCode, u"0000"_s);
    const PaymentDetail detail = decodeDetailsInfo(details.envelope.info)->first();
    QCOMPARE(detail.transactionId, id);
    QCOMPARE(detail.refundedAmount(), Money(40, u"TWD"_s));
    QCOMPARE(code(m_client->refund(id, Money(261, u"TWD"_s))), u"1164"_s);
    m_client = std::make_unique<Client>(m_network.get(), m_sandbox->clientConfig());
}

void TestSandbox::faultsAndClockThroughTheControlEndpoint()
{
    const QUrl base = m_sandbox->baseUrl();
    QNetworkRequest json(base.resolved(QUrl(u"/control/faults"_s)));
    json.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_network->post(json, QByteArray(R"({"faults":["any:code=9000"]})"));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    reply->deleteLater();
    QCOMPARE(code(m_client->details({{1}, {}})), u"9000"_s);
    QNetworkRequest clock(base.resolved(QUrl(u"/control/clock"_s)));
    clock.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    reply = m_network->post(clock, QByteArray(R"({"advanceSeconds":3600})"));
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    reply->deleteLater();
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), qint64(3600));
    const HttpAnswer stats = m_sandbox->get(base.resolved(QUrl(u"/control/stats"_s)));
    const QJsonObject o = QJsonDocument::fromJson(stats.body).object();
    QCOMPARE(o.value(u"calls").toObject().value(u"details").toInt(), 1);
    QCOMPARE(o.value(u"faults").toArray().first().toString(), u"any:code=9000"_s);
    QCOMPARE(m_sandbox->postForm(base.resolved(QUrl(u"/control/faults"_s)), "{\"faults\":[\"refund:explode\"]}").status,
             400);
}

void TestSandbox::codeFaultAnswersWithoutCommitting()
{
    const RequestInfo info = request(u"CF-1"_s, true);
    m_sandbox->approve(info.webUrl);
    m_sandbox->server().setFaults({*parseFault(u"confirm:code=1198"_s)});
    QCOMPARE(code(m_client->confirm(info.transactionId, Money(300, u"TWD"_s))), u"1198"_s);
    m_sandbox->server().setFaults({});
    QCOMPARE(code(m_client->checkStatus(info.transactionId)), u"0110"_s); // still waiting for confirm
}

void TestSandbox::faultsParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("drop") << u"refund:drop"_s << true;
    QTest::newRow("delay") << u"confirm:delay=25000"_s << true;
    QTest::newRow("code") << u"any:code=1902"_s << true;
    QTest::newRow("garbage") << u"details:garbage"_s << true;
    QTest::newRow("unknown op") << u"pay:drop"_s << false;
    QTest::newRow("unknown kind") << u"refund:explode"_s << false;
    QTest::newRow("bad code") << u"refund:code=12"_s << false;
    QTest::newRow("bad delay") << u"refund:delay=soon"_s << false;
    QTest::newRow("no colon") << u"refund"_s << false;
}

void TestSandbox::faultsParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const Result<Fault> fault = parseFault(text);
    QCOMPARE(fault.ok(), valid);
    if (valid)
        QCOMPARE(fault->toString(), text);
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
