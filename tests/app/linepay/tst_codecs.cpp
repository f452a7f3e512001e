#include <QJsonObject>
#include <QTest>

#include "app/linepay/codecs.h"
#include "app/linepay/json.h"

using namespace PayDesk;
using namespace PayDesk::LinePay;
using namespace Qt::StringLiterals;

class TestCodecs final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void amountsWhoseSumDoesNotFitAreRefused();
    void paymentRequestRoundTrips();
    void paymentRequestMatchesThePublishedBodyShape();
    void requestInfoRoundTripsIdAboveTwoToTheSixtyTwo();
    void checkEnvelopeRoundTrips();
    void confirmInfoRoundTripsIdAboveTwoToTheSixtyTwo();
    void captureBodyAndInfoRoundTrip();
    void voidSendsEmptyObject();
    void refundBodyAndInfoRoundTrip();
    void detailsInfoRoundTripsIdsAboveTwoToTheSixtyTwo();
    void detailsQueryAcceptsRepeatedAndCommaSeparatedIds();
    void envelopeRefusesWhatIsNotAnEnvelope_data();
    void envelopeRefusesWhatIsNotAnEnvelope();
    void envelopeAcceptsTheLegacyErrorShape();
};

namespace {

const qint64 kBigId = (qint64(1) << 62) + 987654321; // 4611686019415042225
const qint64 kBigRefundId = std::numeric_limits<qint64>::max() - 7;

Envelope reparse(const QByteArray &bytes)
{
    Result<Envelope> envelope = decodeEnvelope(bytes);
    if (!envelope)
        qFatal("envelope did not parse: %s", bytes.constData());
    return *envelope;
}

} // namespace

void TestCodecs::paymentRequestRoundTrips()
{
    PaymentRequest request;
    request.amount = Money(1250, u"THB"_s);
    request.orderId = u"PD-000001-1"_s;
    Package package{u"1"_s, u"Shop"_s, Money(1250, u"THB"_s), {}};
    package.products << Product{{}, u"ชาไทย"_s, 2, Money(500, u"THB"_s)}
                     << Product{u"x"_s, u"Pen: blue"_s, 1, Money(250, u"THB"_s)};
    request.packages << package;
    request.confirmUrlType = u"NONE"_s;
    request.capture = false;
    request.locale = u"th"_s;
    const QByteArray body = encodePaymentRequest(request);
    const Result<PaymentRequest> decoded = decodePaymentRequest(body);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->amount, request.amount);
    QCOMPARE(decoded->orderId, request.orderId);
    QCOMPARE(decoded->packages.size(), 1);
    QCOMPARE(decoded->packages[0].products.size(), 2);
    QCOMPARE(decoded->packages[0].products[0].name, u"ชาไทย"_s);
    QCOMPARE(decoded->packages[0].products[0].quantity, qint64(2));
    QCOMPARE(decoded->packages[0].products[1].price, Money(250, u"THB"_s));
    QCOMPARE(decoded->confirmUrlType, u"NONE"_s);
    QCOMPARE(decoded->capture, false);
    QCOMPARE(decoded->locale, u"th"_s);
    QVERIFY(body.contains("\"amount\":12.5,"));
}

void TestCodecs::paymentRequestMatchesThePublishedBodyShape()
{
    PaymentRequest request;
    request.amount = Money(250, u"TWD"_s);
    request.orderId = u"ORD-20240601-0002"_s;
    request.packages << Package{
        u"1"_s, {}, Money(250, u"TWD"_s), {Product{{}, u"測試商品 咖啡☕"_s, 1, Money(250, u"TWD"_s)}}};
    request.confirmUrl = u"https://shop.example.com/linepay/confirm"_s;
    request.cancelUrl = u"https://shop.example.com/linepay/cancel"_s;
    const QByteArray body = encodePaymentRequest(request);
    // The published vector's body, plus the capture option PayDesk always states.
    const QByteArray expected =
        QStringLiteral(
            "{\"amount\":250,\"currency\":\"TWD\",\"orderId\":\"ORD-20240601-0002\",\"packages\":[{\"id\":\"1\","
            "\"amount\":250,"
            "\"products\":[{\"name\":\"測試商品 "
            "咖啡☕\",\"quantity\":1,\"price\":250}]}],\"redirectUrls\":{\"confirmUrl\":"
            "\"https://shop.example.com/linepay/confirm\",\"cancelUrl\":\"https://shop.example.com/linepay/cancel\"},"
            "\"options\":{\"payment\":{\"capture\":true}}}")
            .toUtf8();
    QCOMPARE(body, expected);
}

void TestCodecs::requestInfoRoundTripsIdAboveTwoToTheSixtyTwo()
{
    RequestInfo info{kBigId, u"056579816895"_s, u"http://127.0.0.1:1/web/payment/wait?transactionReserveId=abc"_s,
                     u"line://pay/payment/abc"_s};
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"Success."_s, encodeRequestInfo(info)));
    QVERIFY(envelope.isSuccess());
    const Result<RequestInfo> decoded = decodeRequestInfo(envelope.info);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->transactionId, kBigId);
    QCOMPARE(decoded->paymentAccessToken, info.paymentAccessToken);
    QCOMPARE(decoded->webUrl, info.webUrl);
    QCOMPARE(decoded->appUrl, info.appUrl);
    QVERIFY(encodeRequestInfo(info).contains("\"transactionId\":4611686019415042225"));
}

void TestCodecs::checkEnvelopeRoundTrips()
{
    const Envelope envelope = reparse(encodeEnvelope(u"0110"_s, u"Authentication completed."_s));
    QCOMPARE(envelope.returnCode, u"0110"_s);
    QCOMPARE(envelope.returnMessage, u"Authentication completed."_s);
    QVERIFY(envelope.info.isUndefined());
    QVERIFY(!envelope.isSuccess());
}

void TestCodecs::confirmInfoRoundTripsIdAboveTwoToTheSixtyTwo()
{
    ConfirmInfo info;
    info.orderId = u"PD-000001-1"_s;
    info.transactionId = kBigId;
    info.authorizationExpireDate = QDateTime(QDate(2026, 12, 2), QTime(9, 0, 31), Qt::UTC);
    info.payInfo = {{u"BALANCE"_s, Money(1000, u"THB"_s)}, {u"POINT"_s, Money(250, u"THB"_s)}};
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"Success."_s, encodeConfirmInfo(info)));
    const Result<ConfirmInfo> decoded = decodeConfirmInfo(envelope.info, u"THB"_s);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->transactionId, kBigId);
    QCOMPARE(decoded->orderId, info.orderId);
    QCOMPARE(decoded->authorizationExpireDate, info.authorizationExpireDate);
    QCOMPARE(decoded->payInfo.size(), 2);
    QCOMPARE(decoded->payInfo[1].amount, Money(250, u"THB"_s));
    QCOMPARE(decodeAmountBody(encodeAmountBody(Money(1250, u"THB"_s))).value(), Money(1250, u"THB"_s));
}

void TestCodecs::captureBodyAndInfoRoundTrip()
{
    QCOMPARE(encodeAmountBody(Money(80, u"TWD"_s)), QByteArray(R"({"amount":80,"currency":"TWD"})"));
    ConfirmInfo info{u"PD-2-1"_s, kBigId, {}, {{u"CREDIT_CARD"_s, Money(80, u"TWD"_s)}}};
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"OK"_s, encodeConfirmInfo(info)));
    const Result<ConfirmInfo> decoded = decodeConfirmInfo(envelope.info, u"TWD"_s);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->transactionId, kBigId);
    QVERIFY(!decoded->authorizationExpireDate.isValid());
    QVERIFY(!decodeAmountBody(R"({"amount":80.5,"currency":"TWD"})").ok());
}

void TestCodecs::voidSendsEmptyObject()
{
    QCOMPARE(encodeRefundBody(std::nullopt), QByteArray("{}"));
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"Success."_s));
    QVERIFY(envelope.isSuccess());
}

void TestCodecs::refundBodyAndInfoRoundTrip()
{
    const QByteArray partial = encodeRefundBody(Money(40, u"TWD"_s));
    QCOMPARE(partial, QByteArray(R"({"refundAmount":40})"));
    QCOMPARE(decodeRefundBody(partial, u"TWD"_s).value(), std::optional<Money>(Money(40, u"TWD"_s)));
    QVERIFY(!decodeRefundBody("{}", u"TWD"_s).value().has_value());
    QVERIFY(!decodeRefundBody("", u"TWD"_s).value().has_value());
    RefundInfo info{kBigRefundId, QDateTime(QDate(2026, 11, 27), QTime(10, 0), Qt::UTC)};
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"Success."_s, encodeRefundInfo(info)));
    const Result<RefundInfo> decoded = decodeRefundInfo(envelope.info);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->refundTransactionId, kBigRefundId);
    QCOMPARE(decoded->refundTransactionDate, info.refundTransactionDate);
}

void TestCodecs::detailsInfoRoundTripsIdsAboveTwoToTheSixtyTwo()
{
    PaymentDetail d;
    d.transactionId = kBigId;
    d.transactionDate = QDateTime(QDate(2026, 11, 27), QTime(9, 0), Qt::UTC);
    d.transactionType = u"PAYMENT"_s;
    d.payStatus = u"CAPTURE"_s;
    d.currency = u"USD"_s;
    d.orderId = u"PD-3-1"_s;
    d.productName = u"Tea"_s;
    d.payInfo = {{u"BALANCE"_s, Money(1999, u"USD"_s)}};
    d.refunds = {{kBigRefundId, u"PARTIAL_REFUND"_s, Money(500, u"USD"_s), d.transactionDate},
                 {kBigRefundId - 1, u"PARTIAL_REFUND"_s, Money(1, u"USD"_s), d.transactionDate}};
    const QByteArray info = encodeDetailsInfo({d});
    QVERIFY(info.contains("\"refundAmount\":-5,"));
    const Envelope envelope = reparse(encodeEnvelope(u"0000"_s, u"Success."_s, info));
    const Result<QList<PaymentDetail>> decoded = decodeDetailsInfo(envelope.info);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->size(), 1);
    const PaymentDetail &back = decoded->first();
    QCOMPARE(back.transactionId, kBigId);
    QCOMPARE(back.payStatus, u"CAPTURE"_s);
    QCOMPARE(back.refunds.size(), 2);
    QCOMPARE(back.refunds[0].refundTransactionId, kBigRefundId);
    QCOMPARE(back.refunds[0].amount, Money(500, u"USD"_s));
    QCOMPARE(back.paidAmount(), Money(1999, u"USD"_s));
    QCOMPARE(back.refundedAmount(), Money(501, u"USD"_s));
}

void TestCodecs::detailsQueryAcceptsRepeatedAndCommaSeparatedIds()
{
    const DetailsQuery query{{kBigId, kBigRefundId}, {u"PD 1"_s}};
    const QByteArray text = encodeDetailsQuery(query);
    QCOMPARE(text, "transactionId=4611686019415042225&transactionId=9223372036854775800&orderId=PD%201");
    const Result<DetailsQuery> back = decodeDetailsQuery(text);
    QVERIFY(back.ok());
    QCOMPARE(back->transactionIds, query.transactionIds);
    QCOMPARE(back->orderIds, query.orderIds);
    const Result<DetailsQuery> comma = decodeDetailsQuery("transactionId=4611686019415042225%2C9223372036854775800");
    QVERIFY(comma.ok());
    QCOMPARE(comma->transactionIds, query.transactionIds);
    QVERIFY(!decodeDetailsQuery("transactionId=12.5").ok());
}

void TestCodecs::envelopeRefusesWhatIsNotAnEnvelope_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("garbage") << QByteArray("{\"returnCode\":\"00");
    QTest::newRow("no code") << QByteArray(R"({"info":{}})");
    QTest::newRow("numeric code") << QByteArray(R"({"returnCode":0})");
    QTest::newRow("letters") << QByteArray(R"({"returnCode":"OKAY"})");
    QTest::newRow("array") << QByteArray(R"([1,2])");
}

void TestCodecs::envelopeRefusesWhatIsNotAnEnvelope()
{
    QFETCH(QByteArray, body);
    const Result<Envelope> envelope = decodeEnvelope(body);
    QVERIFY(!envelope.ok());
    QCOMPARE(envelope.error().kind, Error::Kind::Malformed);
}

void TestCodecs::envelopeAcceptsTheLegacyErrorShape()
{
    const Result<Envelope> envelope = decodeEnvelope(R"({"resultCode":1104,"statusMessage":"Merchant not found"})");
    QVERIFY(envelope.ok());
    QCOMPARE(envelope->returnCode, u"1104"_s);
    QCOMPARE(envelope->returnMessage, u"Merchant not found"_s);
}

void TestCodecs::amountsWhoseSumDoesNotFitAreRefused()
{
    // Found by fuzzing: ten payInfo amounts of 18 digits overflowed the paid sum (undefined
    // behaviour, in practice a wrapped captured amount).
    const QByteArray paid = "[{\"transactionId\":2026112900000000001,\"currency\":\"TWD\",\"payInfo\":[" +
                            QByteArray("{\"method\":\"BALANCE\",\"amount\":999999999999999999},").repeated(9) +
                            "{\"method\":\"BALANCE\",\"amount\":999999999999999999}]}]";
    const Result<Envelope> envelope =
        decodeEnvelope("{\"returnCode\":\"0000\",\"returnMessage\":\"OK\",\"info\":" + paid + "}");
    QVERIFY(envelope.ok());
    const Result<QList<PaymentDetail>> details = decodeDetailsInfo(envelope->info);
    QVERIFY(!details.ok());
    QCOMPARE(details.error().kind, Error::Kind::Malformed);
    QVERIFY(details.error().message.contains(u"too large"_s));
    // One such amount alone is still read.
    const QByteArray one =
        "{\"returnCode\":\"0000\",\"returnMessage\":\"OK\",\"info\":[{\"transactionId\":1,"
        "\"currency\":\"TWD\",\"payInfo\":[{\"method\":\"BALANCE\",\"amount\":999999999999999999}]}]}";
    const Result<QList<PaymentDetail>> single = decodeDetailsInfo(decodeEnvelope(one)->info);
    QVERIFY2(single.ok(), qPrintable(single.ok() ? QString() : single.error().message));
    QCOMPARE(single->first().paidAmount().minorUnits(), qint64(999999999999999999));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
