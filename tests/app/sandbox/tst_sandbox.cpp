#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInterface>
#include <QTcpSocket>
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

namespace {

// An answer read off a raw socket, for requests QNetworkAccessManager would not send.
struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    bool closed = false; // the server closed the connection after answering
};

// Sends bytes on a fresh connection and reads one answer (status line, headers, Content-Length body), or
// with untilClosed everything until the server closes the connection.
RawAnswer exchange(const QHostAddress &address, quint16 port, const QByteArray &bytes, bool untilClosed = false)
{
    QTcpSocket socket;
    socket.connectToHost(address, port);
    if (!QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000))
        return {};
    socket.write(bytes);
    QByteArray received;
    const auto complete = [&] {
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            return true;
        const qsizetype end = received.indexOf("\r\n\r\n");
        if (untilClosed || end < 0)
            return false;
        qsizetype length = 0;
        for (const QByteArray &line : received.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        return received.size() - end - 4 >= length;
    };
    (void)QTest::qWaitFor(complete, 10000);
    RawAnswer answer;
    answer.closed = socket.state() == QAbstractSocket::UnconnectedState;
    const qsizetype end = received.indexOf("\r\n\r\n");
    answer.head = end < 0 ? received : received.left(end);
    answer.body = end < 0 ? QByteArray() : received.mid(end + 4);
    answer.status = answer.head.split('\r').value(0).split(' ').value(1).toInt();
    return answer;
}

QByteArray httpRequest(const QByteArray &method, const QByteArray &path, const QList<QByteArray> &headers,
                       const QByteArray &body = {})
{
    QByteArray out = method + ' ' + path + " HTTP/1.1\r\n";
    for (const QByteArray &header : headers)
        out += header + "\r\n";
    if (method == "POST" || !body.isEmpty())
        out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    return out + "\r\n" + body;
}

bool hasJsonError(const RawAnswer &answer)
{
    return !QJsonDocument::fromJson(answer.body).object().value(u"error").toString().isEmpty();
}

// Every IPv4 address of this machine a customer could use, found without asking the sandbox.
QList<QHostAddress> interfaceAddresses()
{
    QList<QHostAddress> addresses;
    for (const QHostAddress &address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback() && !address.isLinkLocal())
            addresses << address;
    }
    return addresses;
}

// A payment request sent by hand, so that the Host header is the one given.
QString webUrlFor(QNetworkAccessManager *network, const ClientConfig &config, const QByteArray &host,
                  const QString &orderId)
{
    const QByteArray body =
        R"({"amount":100,"currency":"TWD","orderId":")" + orderId.toUtf8() +
        R"(","packages":[{"id":"1","amount":100,"products":[{"name":"A","quantity":1,"price":100}]}],"redirectUrls":{"confirmUrlType":"NONE"}})";
    PreparedCall call = prepareCall(config, Endpoint::Request, "/v3/payments/request", {}, body, newNonce());
    call.request.setRawHeader("Host", host);
    QNetworkReply *reply = network->post(call.request, body);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return {};
    reply->deleteLater();
    const Result<Envelope> envelope = decodeEnvelope(reply->readAll());
    if (!envelope || !envelope->isSuccess())
        return {};
    return decodeRequestInfo(envelope->info)->webUrl;
}

} // namespace

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
    void requestAmountsAreCheckedWithoutWrapping_data();
    void requestAmountsAreCheckedWithoutWrapping();
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
    void controlPostsNeedTheJsonContentType_data();
    void controlPostsNeedTheJsonContentType();
    void controlNeedsALoopbackHostHeader_data();
    void controlNeedsALoopbackHostHeader();
    void controlAnswersOnlyLoopbackPeers();
    void controlPathsTakeOnlyTheirMethod_data();
    void controlPathsTakeOnlyTheirMethod();
    void clockAdvanceMustBeAnIntegerWithinTenYears_data();
    void clockAdvanceMustBeAnIntegerWithinTenYears();
    void clockStaysWithinTenYearsOfRealTime();
    void controlBodiesRefuseUnknownFieldsAndWrongTypes_data();
    void controlBodiesRefuseUnknownFieldsAndWrongTypes();
    void malformedRequestsGetBadRequestAndClose_data();
    void malformedRequestsGetBadRequestAndClose();
    void paymentUrlsOnAWildcardListenerFollowTheHostHeader();
    void paymentUrlsOnAWildcardListenerNeverNameTheWildcard();

private:
    RequestInfo request(const QString &orderId, bool capture, const Money &amount = Money(300, u"TWD"_s));
    qint64 payment(const QString &orderId, bool capture); // requested, approved and confirmed
    QString code(Call *call) { return waitFor(call).envelope.returnCode; }
    QString requestCode(const QByteArray &body); // the returnCode of a payment request with this body
    // A request to the control endpoint with this Content-Type (none when empty), from and to 127.0.0.1.
    RawAnswer control(const QByteArray &method, const QByteArray &path, const QByteArray &contentType = {},
                      const QByteArray &body = {});
    quint16 port() const { return quint16(m_sandbox->baseUrl().port()); }

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

QString TestSandbox::requestCode(const QByteArray &body)
{
    // Sent by hand so that bodies the codecs would never produce reach the server.
    const ClientConfig config = m_sandbox->clientConfig();
    const PreparedCall call = prepareCall(config, Endpoint::Request, "/v3/payments/request", {}, body, newNonce());
    QNetworkReply *reply = m_network->post(call.request, body);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 10000))
        return u"no answer"_s;
    reply->deleteLater();
    const Result<Envelope> envelope = decodeEnvelope(reply->readAll());
    return envelope ? envelope->returnCode : u"unreadable answer"_s;
}

void TestSandbox::requestValidationCodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(requestCode(body), expected);
}

void TestSandbox::requestAmountsAreCheckedWithoutWrapping_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    const QByteArray ok =
        R"({"amount":100,"currency":"TWD","orderId":"V-1","packages":[{"id":"1","amount":100,"products":[{"name":"A","quantity":1,"price":100}]}],"redirectUrls":{"confirmUrlType":"NONE"}})";
    const auto withProducts = [](const QByteArray &amount, const QByteArray &products) -> QByteArray {
        return R"({"amount":)" + amount + R"(,"currency":"TWD","orderId":"V-1","packages":[{"id":"1","amount":)" +
               amount + R"(,"products":[)" + products + R"(]}],"redirectUrls":{"confirmUrlType":"NONE"}})";
    };
    QTest::newRow("negative price")
        << withProducts("100", R"({"name":"A","quantity":1,"price":200},{"name":"Discount","quantity":1,"price":-100})")
        << u"1124"_s;
    QTest::newRow("zero price")
        << withProducts("100", R"({"name":"A","quantity":1,"price":100},{"name":"Gift","quantity":1,"price":0})")
        << u"1124"_s;
    QTest::newRow("zero quantity")
        << withProducts("100", R"({"name":"A","quantity":1,"price":100},{"name":"B","quantity":0,"price":100})")
        << u"2101"_s;
    QTest::newRow("negative quantity") << withProducts("100", R"({"name":"A","quantity":-1,"price":-100})")
                                       << u"2101"_s;
    // 7 × 7905747460161236407 = 3 × 2^64 + 1: wraps to 1 in 64 bits.
    QTest::newRow("quantity × price wraps to 1")
        << withProducts("1", R"({"name":"A","quantity":7905747460161236407,"price":7})") << u"1124"_s;
    // (9 + 9 + 1) × 999999999999999999 = 18999999999999999981 = 2^64 + 553255926290448365.
    QTest::newRow("products' sum wraps") << withProducts("553255926290448365",
                                                         R"({"name":"A","quantity":9,"price":999999999999999999},)"
                                                         R"({"name":"B","quantity":9,"price":999999999999999999},)"
                                                         R"({"name":"C","quantity":1,"price":999999999999999999})")
                                         << u"1124"_s;
    QByteArray packages;
    for (int i = 1; i <= 19; ++i) {
        packages +=
            QByteArray(i > 1 ? "," : "") + R"({"id":")" + QByteArray::number(i) +
            R"(","amount":999999999999999999,"products":[{"name":"A","quantity":1,"price":999999999999999999}]})";
    }
    QTest::newRow("packages' sum wraps")
        << R"({"amount":553255926290448365,"currency":"TWD","orderId":"V-1","packages":[)" + packages +
               R"(],"redirectUrls":{"confirmUrlType":"NONE"}})"
        << u"1124"_s;
    QByteArray total = ok;
    total.replace("{\"amount\":100,", "{\"amount\":200,");
    QTest::newRow("amount differs from the packages") << total << u"2101"_s;
}

void TestSandbox::requestAmountsAreCheckedWithoutWrapping()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(requestCode(body), expected);
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
    QCOMPARE(control("POST", "/control/faults", "application/json", R"({"faults":["refund:explode"]})").status, 400);
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

RawAnswer TestSandbox::control(const QByteArray &method, const QByteArray &path, const QByteArray &contentType,
                               const QByteArray &body)
{
    QList<QByteArray> headers{"Host: 127.0.0.1:" + QByteArray::number(port())};
    if (!contentType.isEmpty())
        headers << "Content-Type: " + contentType;
    return exchange(QHostAddress::LocalHost, port(), httpRequest(method, path, headers, body));
}

void TestSandbox::controlPostsNeedTheJsonContentType_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::newRow("application/json") << QByteArray("application/json") << 200;
    QTest::newRow("with charset") << QByteArray("application/json; charset=utf-8") << 200;
    QTest::newRow("upper case") << QByteArray("Application/JSON") << 200;
    // What a web page can send without asking first (a CORS "simple request").
    QTest::newRow("text/plain") << QByteArray("text/plain") << 403;
    QTest::newRow("text/plain with charset") << QByteArray("text/plain;charset=UTF-8") << 403;
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded") << 403;
    QTest::newRow("multipart") << QByteArray("multipart/form-data; boundary=x") << 403;
    QTest::newRow("none") << QByteArray() << 403;
    QTest::newRow("json look-alike") << QByteArray("application/json-seq") << 403;
}

void TestSandbox::controlPostsNeedTheJsonContentType()
{
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    const RawAnswer answer = control("POST", "/control/faults", contentType, R"({"faults":["any:code=9000"]})");
    QCOMPARE(answer.status, status);
    QCOMPARE(m_sandbox->server().faults().size(), status == 200 ? 1 : 0);
    if (status == 403)
        QVERIFY2(hasJsonError(answer), answer.body.constData());
    const RawAnswer clock = control("POST", "/control/clock", contentType, R"({"advanceSeconds":60})");
    QCOMPARE(clock.status, status);
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), status == 200 ? qint64(60) : qint64(0));
    QCOMPARE(control("POST", "/control/reset", contentType, "{}").status, status);
}

void TestSandbox::controlNeedsALoopbackHostHeader_data()
{
    QTest::addColumn<QList<QByteArray>>("hostHeaders");
    QTest::addColumn<int>("status");
    QTest::newRow("127.0.0.1 with port") << QList<QByteArray>{"Host: 127.0.0.1:8990"} << 200;
    QTest::newRow("127.0.0.1") << QList<QByteArray>{"Host: 127.0.0.1"} << 200;
    QTest::newRow("localhost") << QList<QByteArray>{"Host: localhost"} << 200;
    QTest::newRow("LOCALHOST with port") << QList<QByteArray>{"Host: LOCALHOST:1"} << 200;
    QTest::newRow("[::1] with port") << QList<QByteArray>{"Host: [::1]:8990"} << 200;
    QTest::newRow("no Host") << QList<QByteArray>{} << 403;
    QTest::newRow("empty Host") << QList<QByteArray>{"Host: "} << 403;
    QTest::newRow("a rebound name") << QList<QByteArray>{"Host: shop.example:8990"} << 403;
    QTest::newRow("localhost as a prefix") << QList<QByteArray>{"Host: localhost.evil.example"} << 403;
    QTest::newRow("127.0.0.1 as a prefix") << QList<QByteArray>{"Host: 127.0.0.1.nip.io"} << 403;
    QTest::newRow("other address") << QList<QByteArray>{"Host: 192.0.2.1:8990"} << 403;
    QTest::newRow("wildcard") << QList<QByteArray>{"Host: 0.0.0.0:8990"} << 403;
    QTest::newRow("port not a number") << QList<QByteArray>{"Host: localhost:http"} << 403;
    QTest::newRow("user info") << QList<QByteArray>{"Host: evil.example@localhost"} << 403;
    QTest::newRow("two Hosts") << QList<QByteArray>{"Host: localhost", "Host: evil.example"} << 403;
}

void TestSandbox::controlNeedsALoopbackHostHeader()
{
    QFETCH(QList<QByteArray>, hostHeaders);
    QFETCH(int, status);
    const RawAnswer stats =
        exchange(QHostAddress::LocalHost, port(), httpRequest("GET", "/control/stats", hostHeaders));
    QCOMPARE(stats.status, status);
    if (status == 403)
        QVERIFY2(hasJsonError(stats), stats.body.constData());
    else
        QVERIFY(QJsonDocument::fromJson(stats.body).object().contains(u"calls"));
    const RawAnswer faults = exchange(QHostAddress::LocalHost, port(),
                                      httpRequest("POST", "/control/faults",
                                                  hostHeaders + QList<QByteArray>{"Content-Type: application/json"},
                                                  R"({"faults":["any:drop"]})"));
    QCOMPARE(faults.status, status);
    QCOMPARE(m_sandbox->server().faults().size(), status == 200 ? 1 : 0);
}

void TestSandbox::controlAnswersOnlyLoopbackPeers()
{
    const QList<QHostAddress> addresses = interfaceAddresses();
    for (const QHostAddress &listen : {QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::Any)}) {
        SandboxServer server{SandboxOptions()};
        QCOMPARE(server.start(listen, 0), QString());
        const quint16 port = quint16(server.baseUrl().port());
        const QByteArray request =
            httpRequest("GET", "/control/stats", {"Host: 127.0.0.1:" + QByteArray::number(port)});
        // Also through a dual-stack socket, where the peer is ::ffff:127.0.0.1.
        QCOMPARE(exchange(QHostAddress::LocalHost, port, request).status, 200);
        if (addresses.isEmpty())
            continue;
        const RawAnswer remote = exchange(addresses.first(), port, request);
        QCOMPARE(remote.status, 403);
        QVERIFY(hasJsonError(remote));
    }
    if (addresses.isEmpty())
        QSKIP("this machine has no non-loopback IPv4 address to come from");
}

void TestSandbox::controlPathsTakeOnlyTheirMethod_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<int>("status");
    QTest::newRow("GET stats") << QByteArray("GET") << QByteArray("/control/stats") << 200;
    QTest::newRow("POST stats") << QByteArray("POST") << QByteArray("/control/stats") << 405;
    QTest::newRow("POST ledger") << QByteArray("POST") << QByteArray("/control/ledger") << 405;
    QTest::newRow("POST log") << QByteArray("POST") << QByteArray("/control/log") << 405;
    QTest::newRow("GET clock") << QByteArray("GET") << QByteArray("/control/clock") << 405;
    QTest::newRow("GET faults") << QByteArray("GET") << QByteArray("/control/faults") << 405;
    QTest::newRow("GET reset") << QByteArray("GET") << QByteArray("/control/reset") << 405;
    QTest::newRow("OPTIONS faults (a CORS preflight)") << QByteArray("OPTIONS") << QByteArray("/control/faults") << 405;
    QTest::newRow("PUT clock") << QByteArray("PUT") << QByteArray("/control/clock") << 405;
    QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/control/nothing") << 404;
}

void TestSandbox::controlPathsTakeOnlyTheirMethod()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, path);
    QFETCH(int, status);
    const RawAnswer answer = control(method, path, method == "GET" ? QByteArray() : QByteArray("application/json"),
                                     method == "GET" ? QByteArray() : QByteArray("{}"));
    QCOMPARE(answer.status, status);
    if (status != 200)
        QVERIFY2(hasJsonError(answer), answer.body.constData());
}

void TestSandbox::clockAdvanceMustBeAnIntegerWithinTenYears_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<qint64>("offset");
    QTest::newRow("twenty minutes") << QByteArray(R"({"advanceSeconds":1200})") << 200 << qint64(1200);
    QTest::newRow("back an hour") << QByteArray(R"({"advanceSeconds":-3600})") << 200 << qint64(-3600);
    QTest::newRow("zero") << QByteArray(R"({"advanceSeconds":0})") << 200 << qint64(0);
    // Ten years are 3653 days (with the leap days they may hold): 315619200 seconds.
    QTest::newRow("ten years") << QByteArray(R"({"advanceSeconds":315619200})") << 200 << qint64(315619200);
    QTest::newRow("ten years back") << QByteArray(R"({"advanceSeconds":-315619200})") << 200 << qint64(-315619200);
    QTest::newRow("a second more than ten years") << QByteArray(R"({"advanceSeconds":315619201})") << 400 << qint64(0);
    QTest::newRow("a second more back") << QByteArray(R"({"advanceSeconds":-315619201})") << 400 << qint64(0);
    QTest::newRow("overflows 64 bits") << QByteArray(R"({"advanceSeconds":9223372036854775807})") << 400 << qint64(0);
    QTest::newRow("more than 64 bits") << QByteArray(R"({"advanceSeconds":99999999999999999999999})") << 400
                                       << qint64(0);
    QTest::newRow("text") << QByteArray(R"({"advanceSeconds":"abc"})") << 400 << qint64(0);
    QTest::newRow("digits as text") << QByteArray(R"({"advanceSeconds":"1200"})") << 400 << qint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"advanceSeconds":1.5})") << 400 << qint64(0);
    QTest::newRow("exponent") << QByteArray(R"({"advanceSeconds":1e3})") << 400 << qint64(0);
    QTest::newRow("null") << QByteArray(R"({"advanceSeconds":null})") << 400 << qint64(0);
    QTest::newRow("boolean") << QByteArray(R"({"advanceSeconds":true})") << 400 << qint64(0);
    QTest::newRow("array") << QByteArray(R"({"advanceSeconds":[1200]})") << 400 << qint64(0);
    QTest::newRow("missing") << QByteArray(R"({})") << 400 << qint64(0);
    QTest::newRow("misspelt") << QByteArray(R"({"advanceSecond":1200})") << 400 << qint64(0);
    QTest::newRow("unknown field besides") << QByteArray(R"({"advanceSeconds":1200,"force":true})") << 400 << qint64(0);
    QTest::newRow("not an object") << QByteArray("[1200]") << 400 << qint64(0);
    QTest::newRow("a bare number") << QByteArray("1200") << 400 << qint64(0);
    QTest::newRow("not JSON") << QByteArray("advanceSeconds=1200") << 400 << qint64(0);
    QTest::newRow("empty") << QByteArray() << 400 << qint64(0);
}

void TestSandbox::clockAdvanceMustBeAnIntegerWithinTenYears()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(qint64, offset);
    const RawAnswer answer = control("POST", "/control/clock", "application/json", body);
    QCOMPARE(answer.status, status);
    if (status == 400)
        QVERIFY2(hasJsonError(answer), answer.body.constData());
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), offset);
}

void TestSandbox::clockStaysWithinTenYearsOfRealTime()
{
    QCOMPARE(control("POST", "/control/clock", "application/json", R"({"advanceSeconds":315619200})").status, 200);
    const RawAnswer further = control("POST", "/control/clock", "application/json", R"({"advanceSeconds":1})");
    QCOMPARE(further.status, 400);
    QVERIFY2(hasJsonError(further), further.body.constData());
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), qint64(315619200));
    QCOMPARE(control("POST", "/control/clock", "application/json", R"({"advanceSeconds":-315619200})").status, 200);
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), qint64(0));
    QCOMPARE(control("POST", "/control/clock", "application/json", R"({"advanceSeconds":-315619200})").status, 200);
    QCOMPARE(control("POST", "/control/clock", "application/json", R"({"advanceSeconds":-1})").status, 400);
    QCOMPARE(m_sandbox->server().clock().offsetSeconds(), qint64(-315619200));
}

void TestSandbox::controlBodiesRefuseUnknownFieldsAndWrongTypes_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("faults"); // what the sandbox injects afterwards
    const QStringList before{u"confirm:drop"_s};
    QTest::newRow("faults") << QByteArray("/control/faults") << QByteArray(R"({"faults":["refund:drop"]})") << 200
                            << QStringList{u"refund:drop"_s};
    QTest::newRow("no faults") << QByteArray("/control/faults") << QByteArray(R"({"faults":[]})") << 200
                               << QStringList();
    QTest::newRow("faults as a string") << QByteArray("/control/faults") << QByteArray(R"({"faults":"refund:drop"})")
                                        << 400 << before;
    QTest::newRow("a fault as a number") << QByteArray("/control/faults") << QByteArray(R"({"faults":[1198]})") << 400
                                         << before;
    QTest::newRow("a fault as null") << QByteArray("/control/faults") << QByteArray(R"({"faults":[null]})") << 400
                                     << before;
    QTest::newRow("faults null") << QByteArray("/control/faults") << QByteArray(R"({"faults":null})") << 400 << before;
    QTest::newRow("faults missing") << QByteArray("/control/faults") << QByteArray("{}") << 400 << before;
    QTest::newRow("faults and more") << QByteArray("/control/faults")
                                     << QByteArray(R"({"faults":["refund:drop"],"clock":1})") << 400 << before;
    QTest::newRow("faults not an object")
        << QByteArray("/control/faults") << QByteArray(R"(["refund:drop"])") << 400 << before;
    QTest::newRow("faults not JSON") << QByteArray("/control/faults") << QByteArray("faults=refund:drop") << 400
                                     << before;
    QTest::newRow("reset") << QByteArray("/control/reset") << QByteArray("{}") << 200 << before;
    QTest::newRow("reset without a body") << QByteArray("/control/reset") << QByteArray() << 200 << before;
    QTest::newRow("reset with a field") << QByteArray("/control/reset") << QByteArray(R"({"faults":[]})") << 400
                                        << before;
    QTest::newRow("reset not an object") << QByteArray("/control/reset") << QByteArray("[]") << 400 << before;
    QTest::newRow("reset not JSON") << QByteArray("/control/reset") << QByteArray("please") << 400 << before;
}

void TestSandbox::controlBodiesRefuseUnknownFieldsAndWrongTypes()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QStringList, faults);
    m_sandbox->server().setFaults({*parseFault(u"confirm:drop"_s)});
    QCOMPARE(code(m_client->details({{1}, {}})), u"1150"_s);
    const RawAnswer answer = control("POST", path, "application/json", body);
    QCOMPARE(answer.status, status);
    if (status == 400)
        QVERIFY2(hasJsonError(answer), answer.body.constData());
    QStringList injected;
    for (const Fault &fault : m_sandbox->server().faults())
        injected << fault.toString();
    QCOMPARE(injected, faults);
    // A reset that was refused did nothing.
    if (path == "/control/reset")
        QCOMPARE(m_sandbox->calls(u"details"_s), status == 200 ? 0 : 1);
}

void TestSandbox::malformedRequestsGetBadRequestAndClose_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("one word") << QByteArray("GARBAGE\r\n\r\n");
    QTest::newRow("no protocol") << QByteArray("GET /control/stats\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("not HTTP") << QByteArray("GET / FTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("binary") << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n\r\n", 14);
    QTest::newRow("words") << QByteArray("hello world HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("relative path") << QByteArray("GET v3/payments HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("unknown method") << QByteArray("BREW /v3/payments HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QTest::newRow("after a good request")
        << QByteArray("GET /control/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGARBAGE\r\n\r\n");
}

void TestSandbox::malformedRequestsGetBadRequestAndClose()
{
    QFETCH(QByteArray, bytes);
    const RawAnswer answer = exchange(QHostAddress::LocalHost, port(), bytes, true);
    if (bytes.startsWith("GET /control/stats HTTP/1.1")) {
        // The good request is answered first; the garbage behind it gets the 400.
        QCOMPARE(answer.status, 200);
        const qsizetype second = answer.body.indexOf("HTTP/1.1 ");
        QVERIFY2(second > 0, answer.body.constData());
        const QByteArray rest = answer.body.mid(second);
        QVERIFY2(rest.startsWith("HTTP/1.1 400 Bad Request\r\n"), rest.constData());
        QVERIFY(rest.contains("\r\nConnection: close\r\n"));
        QVERIFY(answer.closed);
        return;
    }
    QCOMPARE(answer.status, 400);
    QVERIFY2(answer.head.startsWith("HTTP/1.1 400 Bad Request\r\n"), answer.head.constData());
    QVERIFY2(answer.head.contains("\r\nConnection: close"), answer.head.constData());
    QVERIFY2(hasJsonError(answer), answer.body.constData());
    QVERIFY(answer.closed);
    // The server still answers other connections.
    QCOMPARE(control("GET", "/control/stats").status, 200);
}

void TestSandbox::paymentUrlsOnAWildcardListenerFollowTheHostHeader()
{
    SandboxServer server{SandboxOptions()};
    QCOMPARE(server.start(QHostAddress::AnyIPv4, 0), QString());
    const QByteArray port = QByteArray::number(server.baseUrl().port());
    ClientConfig config = m_sandbox->clientConfig();
    config.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port));

    // As the shop reached it: through a name a customer's phone can resolve.
    const QString named = webUrlFor(m_network.get(), config, "paydesk-sandbox.example:" + port, u"W-1"_s);
    QVERIFY2(named.startsWith(u"http://paydesk-sandbox.example:"_s + QString::fromLatin1(port) +
                              u"/web/payment/wait?transactionReserveId="_s),
             qPrintable(named));
    // Through loopback, the page is for this computer.
    const QString local = webUrlFor(m_network.get(), config, "127.0.0.1:" + port, u"W-2"_s);
    QVERIFY2(local.startsWith(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + u"/web/payment/wait?"_s),
             qPrintable(local));

    // The customer page's buttons point where the customer's browser came from.
    QNetworkRequest page(
        QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + u"/web/payment/wait?"_s + QUrl(named).query()));
    page.setRawHeader("Host", "shop-pc.example:" + port);
    QNetworkReply *reply = m_network->get(page);
    QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
    reply->deleteLater();
    const QByteArray html = reply->readAll();
    QVERIFY2(html.contains(QByteArray("action=\"http://shop-pc.example:" + port + "/web/payment/approve\"")),
             html.constData());
    QVERIFY2(html.contains(QByteArray("action=\"http://shop-pc.example:" + port + "/web/payment/cancel\"")),
             html.constData());
    QVERIFY(!html.contains("0.0.0.0"));
}

void TestSandbox::paymentUrlsOnAWildcardListenerNeverNameTheWildcard()
{
    const QList<QHostAddress> addresses = interfaceAddresses();
    // One of this machine's own addresses; 127.0.0.1 only when it has none.
    const QList<QHostAddress> expected = addresses.isEmpty() ? QList{QHostAddress(QHostAddress::LocalHost)} : addresses;
    for (const QHostAddress &listen : {QHostAddress(QHostAddress::AnyIPv4), QHostAddress(QHostAddress::Any)}) {
        SandboxServer server{SandboxOptions()};
        QCOMPARE(server.start(listen, 0), QString());
        const QByteArray port = QByteArray::number(server.baseUrl().port());
        ClientConfig config = m_sandbox->clientConfig();
        config.baseUrl = QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port));
        int order = 0;
        QString webUrl;
        for (const QByteArray &host :
             {QByteArray("0.0.0.0:" + port), QByteArray("[::]:" + port), QByteArray("0.0.0.0")}) {
            webUrl = webUrlFor(m_network.get(), config, host, u"Z-"_s + QString::number(++order));
            QVERIFY2(!webUrl.isEmpty(), host.constData());
            QVERIFY2(expected.contains(QHostAddress(QUrl(webUrl).host())), qPrintable(webUrl));
            QCOMPARE(QUrl(webUrl).port(), server.baseUrl().port());
        }
        QNetworkRequest page(
            QUrl(u"http://127.0.0.1:"_s + QString::fromLatin1(port) + u"/web/payment/wait?"_s + QUrl(webUrl).query()));
        page.setRawHeader("Host", "0.0.0.0:" + port);
        QNetworkReply *reply = m_network->get(page);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        reply->deleteLater();
        const QByteArray html = reply->readAll();
        const QByteArray base = QUrl(webUrl).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toEncoded();
        QVERIFY2(html.contains(QByteArray("action=\"" + base + "/web/payment/approve\"")), html.constData());
        QVERIFY(!html.contains("0.0.0.0"));
    }
}

QTEST_GUILESS_MAIN(TestSandbox)
#include "tst_sandbox.moc"
