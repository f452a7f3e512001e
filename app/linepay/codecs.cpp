#include "app/linepay/codecs.h"

#include <limits>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QUrl>

#include "app/linepay/json.h"

namespace PayDesk::LinePay {

namespace {

Error malformed(const QString &what)
{
    return Error{
        Error::Kind::Malformed,
        QCoreApplication::translate("PayDesk::LinePay", "LINE Pay sent an answer PayDesk cannot read (%1).").arg(what)};
}

Error badRequest(const QString &what)
{
    return Error{Error::Kind::BadInput, what};
}

void writeMoney(JsonWriter &w, const Money &money)
{
    w.number(money.toJsonNumber());
}

Result<Money> readMoney(const QJsonValue &value, const QString &currency, const QString &field)
{
    if (!value.isString())
        return malformed(field);
    Result<Money> money = Money::fromJsonNumber(value.toString(), currency);
    if (!money)
        return malformed(field);
    return money;
}

qint64 readQuantity(const QJsonValue &value)
{
    return value.isString() ? exactId(value) : 0;
}

QDateTime readDate(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime date = QDateTime::fromString(value.toString(), Qt::ISODate);
    return date.isValid() ? date.toUTC() : QDateTime();
}

void writePayInfo(JsonWriter &w, const QList<PayInfo> &payInfo)
{
    w.key(u"payInfo").beginArray();
    for (const PayInfo &p : payInfo) {
        w.beginObject().key(u"method").string(p.method).key(u"amount");
        writeMoney(w, p.amount);
        w.endObject();
    }
    w.endArray();
}

Result<QList<PayInfo>> readPayInfo(const QJsonValue &value, const QString &currency)
{
    QList<PayInfo> list;
    if (value.isUndefined())
        return list;
    if (!value.isArray())
        return malformed(QStringLiteral("payInfo"));
    qint64 sum = 0;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        Result<Money> amount = readMoney(o.value(u"amount"), currency, QStringLiteral("payInfo.amount"));
        if (!amount)
            return amount.error();
        // Amounts whose sum does not fit are not an answer about a real payment.
        if (__builtin_add_overflow(sum, qAbs(amount->minorUnits()), &sum))
            return malformed(QStringLiteral("payInfo amounts too large"));
        list << PayInfo{o.value(u"method").toString(), *amount};
    }
    return list;
}

} // namespace

QString isoDate(const QDateTime &dateTime)
{
    return dateTime.toUTC().toString(Qt::ISODate);
}

Money PaymentDetail::paidAmount() const
{
    // The decoder refuses amounts whose sum does not fit; saturate rather than wrap all the same.
    qint64 sum = 0;
    for (const PayInfo &p : payInfo) {
        if (__builtin_add_overflow(sum, p.amount.minorUnits(), &sum))
            return Money(std::numeric_limits<qint64>::max(), currency);
    }
    return Money(sum, currency);
}

Money PaymentDetail::refundedAmount() const
{
    qint64 sum = 0;
    for (const RefundEntry &r : refunds) {
        if (__builtin_add_overflow(sum, r.amount.minorUnits(), &sum))
            return Money(std::numeric_limits<qint64>::max(), currency);
    }
    return Money(sum, currency);
}

QByteArray encodePaymentRequest(const PaymentRequest &r)
{
    JsonWriter w;
    w.beginObject().key(u"amount");
    writeMoney(w, r.amount);
    w.key(u"currency").string(r.amount.currency()).key(u"orderId").string(r.orderId);
    w.key(u"packages").beginArray();
    for (const Package &p : r.packages) {
        w.beginObject().key(u"id").string(p.id).key(u"amount");
        writeMoney(w, p.amount);
        if (!p.name.isEmpty())
            w.key(u"name").string(p.name);
        w.key(u"products").beginArray();
        for (const Product &product : p.products) {
            w.beginObject();
            if (!product.id.isEmpty())
                w.key(u"id").string(product.id);
            w.key(u"name").string(product.name).key(u"quantity").integer(product.quantity).key(u"price");
            writeMoney(w, product.price);
            w.endObject();
        }
        w.endArray().endObject();
    }
    w.endArray();
    w.key(u"redirectUrls").beginObject();
    if (!r.confirmUrl.isEmpty())
        w.key(u"confirmUrl").string(r.confirmUrl);
    if (!r.cancelUrl.isEmpty())
        w.key(u"cancelUrl").string(r.cancelUrl);
    if (!r.confirmUrlType.isEmpty())
        w.key(u"confirmUrlType").string(r.confirmUrlType);
    w.endObject();
    w.key(u"options").beginObject().key(u"payment").beginObject().key(u"capture").boolean(r.capture).endObject();
    if (!r.locale.isEmpty())
        w.key(u"display").beginObject().key(u"locale").string(r.locale).endObject();
    w.endObject();
    w.endObject();
    return w.data();
}

Result<PaymentRequest> decodePaymentRequest(const QByteArray &body)
{
    QString error;
    const QJsonDocument doc = parseExact(body, &error);
    if (!doc.isObject())
        return badRequest(QStringLiteral("JSON format error: ") + error);
    const QJsonObject o = doc.object();
    PaymentRequest r;
    const QString currency = o.value(u"currency").toString();
    if (!Money::isSupportedCurrency(currency))
        return badRequest(QStringLiteral("unsupported currency"));
    Result<Money> amount = readMoney(o.value(u"amount"), currency, QStringLiteral("amount"));
    if (!amount)
        return badRequest(QStringLiteral("amount"));
    r.amount = *amount;
    r.orderId = o.value(u"orderId").toString();
    for (const QJsonValue &pv : o.value(u"packages").toArray()) {
        const QJsonObject po = pv.toObject();
        Package p;
        p.id = po.value(u"id").toString();
        p.name = po.value(u"name").toString();
        Result<Money> packageAmount = readMoney(po.value(u"amount"), currency, QStringLiteral("packages.amount"));
        if (!packageAmount)
            return badRequest(QStringLiteral("packages.amount"));
        p.amount = *packageAmount;
        for (const QJsonValue &prv : po.value(u"products").toArray()) {
            const QJsonObject pro = prv.toObject();
            Product product;
            product.id = pro.value(u"id").toString();
            product.name = pro.value(u"name").toString();
            product.quantity = readQuantity(pro.value(u"quantity"));
            Result<Money> price = readMoney(pro.value(u"price"), currency, QStringLiteral("price"));
            if (!price)
                return badRequest(QStringLiteral("products.price"));
            product.price = *price;
            p.products << product;
        }
        r.packages << p;
    }
    const QJsonObject redirect = o.value(u"redirectUrls").toObject();
    r.confirmUrl = redirect.value(u"confirmUrl").toString();
    r.cancelUrl = redirect.value(u"cancelUrl").toString();
    r.confirmUrlType = redirect.value(u"confirmUrlType").toString();
    const QJsonObject options = o.value(u"options").toObject();
    const QJsonValue capture = options.value(u"payment").toObject().value(u"capture");
    r.capture = capture.isBool() ? capture.toBool() : true;
    r.locale = options.value(u"display").toObject().value(u"locale").toString();
    return r;
}

QByteArray encodeAmountBody(const Money &amount)
{
    JsonWriter w;
    w.beginObject().key(u"amount");
    writeMoney(w, amount);
    w.key(u"currency").string(amount.currency()).endObject();
    return w.data();
}

Result<Money> decodeAmountBody(const QByteArray &body)
{
    const QJsonDocument doc = parseExact(body);
    if (!doc.isObject())
        return badRequest(QStringLiteral("JSON format error"));
    const QString currency = doc.object().value(u"currency").toString();
    if (!Money::isSupportedCurrency(currency))
        return badRequest(QStringLiteral("currency"));
    Result<Money> amount = readMoney(doc.object().value(u"amount"), currency, QStringLiteral("amount"));
    if (!amount)
        return badRequest(QStringLiteral("amount"));
    return amount;
}

QByteArray encodeRefundBody(const std::optional<Money> &amount)
{
    if (!amount)
        return QByteArrayLiteral("{}");
    JsonWriter w;
    w.beginObject().key(u"refundAmount");
    writeMoney(w, *amount);
    w.endObject();
    return w.data();
}

Result<std::optional<Money>> decodeRefundBody(const QByteArray &body, const QString &currency)
{
    if (body.trimmed().isEmpty())
        return std::optional<Money>();
    const QJsonDocument doc = parseExact(body);
    if (!doc.isObject())
        return badRequest(QStringLiteral("JSON format error"));
    const QJsonValue value = doc.object().value(u"refundAmount");
    if (value.isUndefined() || value.isNull())
        return std::optional<Money>();
    Result<Money> amount = readMoney(value, currency, QStringLiteral("refundAmount"));
    if (!amount)
        return badRequest(QStringLiteral("refundAmount"));
    return std::optional<Money>(*amount);
}

QByteArray encodeDetailsQuery(const DetailsQuery &query)
{
    QByteArrayList parts;
    for (qint64 id : query.transactionIds)
        parts << "transactionId=" + QByteArray::number(id);
    for (const QString &orderId : query.orderIds)
        parts << "orderId=" + QUrl::toPercentEncoding(orderId);
    return parts.join('&');
}

Result<DetailsQuery> decodeDetailsQuery(const QByteArray &rawQuery)
{
    DetailsQuery query;
    for (const QByteArray &pair : rawQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArray key = QByteArray::fromPercentEncoding(pair.left(eq));
        const QString value =
            QString::fromUtf8(QByteArray::fromPercentEncoding(eq < 0 ? QByteArray() : pair.mid(eq + 1)));
        const QStringList values = value.split(u',', Qt::SkipEmptyParts);
        if (key == "transactionId") {
            for (const QString &v : values) {
                const qint64 id = exactId(QJsonValue(v.trimmed()));
                if (id == 0)
                    return badRequest(QStringLiteral("transactionId"));
                query.transactionIds << id;
            }
        } else if (key == "orderId") {
            for (const QString &v : values)
                query.orderIds << v.trimmed();
        } else if (key != "fields") {
            return badRequest(QStringLiteral("unexpected parameter"));
        }
    }
    return query;
}

QByteArray encodeEnvelope(const QString &returnCode, const QString &returnMessage, const QByteArray &infoJson)
{
    JsonWriter w;
    w.beginObject().key(u"returnCode").string(returnCode).key(u"returnMessage").string(returnMessage);
    QByteArray out = w.data();
    if (!infoJson.isEmpty())
        out += ",\"info\":" + infoJson;
    out += '}';
    return out;
}

Result<Envelope> decodeEnvelope(const QByteArray &body)
{
    QString error;
    const QJsonDocument doc = parseExact(body, &error);
    if (!doc.isObject())
        return malformed(error.isEmpty() ? QStringLiteral("not a JSON object") : error);
    const QJsonObject o = doc.object();
    Envelope e;
    if (o.value(u"returnCode").isString()) {
        e.returnCode = o.value(u"returnCode").toString();
        e.returnMessage = o.value(u"returnMessage").toString();
    } else if (o.value(u"resultCode").isString()) {
        // Legacy error shape (API.md §4): {"resultCode": 1104, "statusMessage": "..."}.
        e.returnCode = o.value(u"resultCode").toString();
        e.returnMessage = o.value(u"statusMessage").toString();
    } else {
        return malformed(QStringLiteral("no returnCode"));
    }
    if (e.returnCode.size() != 4)
        return malformed(QStringLiteral("returnCode"));
    for (QChar c : e.returnCode) {
        if (c < u'0' || c > u'9')
            return malformed(QStringLiteral("returnCode"));
    }
    e.info = o.value(u"info");
    return e;
}

QByteArray encodeRequestInfo(const RequestInfo &info)
{
    JsonWriter w;
    w.beginObject()
        .key(u"paymentUrl")
        .beginObject()
        .key(u"web")
        .string(info.webUrl)
        .key(u"app")
        .string(info.appUrl)
        .endObject()
        .key(u"transactionId")
        .integer(info.transactionId)
        .key(u"paymentAccessToken")
        .string(info.paymentAccessToken)
        .endObject();
    return w.data();
}

Result<RequestInfo> decodeRequestInfo(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RequestInfo info;
    info.transactionId = exactId(o.value(u"transactionId"));
    if (info.transactionId <= 0)
        return malformed(QStringLiteral("transactionId"));
    info.paymentAccessToken = o.value(u"paymentAccessToken").toString();
    info.webUrl = o.value(u"paymentUrl").toObject().value(u"web").toString();
    info.appUrl = o.value(u"paymentUrl").toObject().value(u"app").toString();
    if (info.webUrl.isEmpty())
        return malformed(QStringLiteral("paymentUrl.web"));
    return info;
}

QByteArray encodeConfirmInfo(const ConfirmInfo &info)
{
    JsonWriter w;
    w.beginObject().key(u"orderId").string(info.orderId).key(u"transactionId").integer(info.transactionId);
    if (info.authorizationExpireDate.isValid())
        w.key(u"authorizationExpireDate").string(isoDate(info.authorizationExpireDate));
    writePayInfo(w, info.payInfo);
    w.endObject();
    return w.data();
}

Result<ConfirmInfo> decodeConfirmInfo(const QJsonValue &value, const QString &currency)
{
    const QJsonObject o = value.toObject();
    ConfirmInfo info;
    info.orderId = o.value(u"orderId").toString();
    info.transactionId = exactId(o.value(u"transactionId"));
    if (info.transactionId <= 0)
        return malformed(QStringLiteral("transactionId"));
    info.authorizationExpireDate = readDate(o.value(u"authorizationExpireDate"));
    Result<QList<PayInfo>> payInfo = readPayInfo(o.value(u"payInfo"), currency);
    if (!payInfo)
        return payInfo.error();
    info.payInfo = *payInfo;
    return info;
}

QByteArray encodeRefundInfo(const RefundInfo &info)
{
    JsonWriter w;
    w.beginObject()
        .key(u"refundTransactionId")
        .integer(info.refundTransactionId)
        .key(u"refundTransactionDate")
        .string(isoDate(info.refundTransactionDate))
        .endObject();
    return w.data();
}

Result<RefundInfo> decodeRefundInfo(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    RefundInfo info;
    info.refundTransactionId = exactId(o.value(u"refundTransactionId"));
    if (info.refundTransactionId <= 0)
        return malformed(QStringLiteral("refundTransactionId"));
    info.refundTransactionDate = readDate(o.value(u"refundTransactionDate"));
    return info;
}

QByteArray encodeDetailsInfo(const QList<PaymentDetail> &details)
{
    JsonWriter w;
    w.beginArray();
    for (const PaymentDetail &d : details) {
        w.beginObject()
            .key(u"transactionId")
            .integer(d.transactionId)
            .key(u"transactionDate")
            .string(isoDate(d.transactionDate))
            .key(u"transactionType")
            .string(d.transactionType)
            .key(u"productName")
            .string(d.productName)
            .key(u"merchantName")
            .string(d.merchantName)
            .key(u"currency")
            .string(d.currency)
            .key(u"orderId")
            .string(d.orderId);
        if (!d.payStatus.isEmpty())
            w.key(u"payStatus").string(d.payStatus);
        if (d.authorizationExpireDate.isValid())
            w.key(u"authorizationExpireDate").string(isoDate(d.authorizationExpireDate));
        if (d.originalTransactionId > 0)
            w.key(u"originalTransactionId").integer(d.originalTransactionId);
        writePayInfo(w, d.payInfo);
        if (!d.refunds.isEmpty()) {
            w.key(u"refundList").beginArray();
            for (const RefundEntry &r : d.refunds) {
                w.beginObject()
                    .key(u"refundTransactionId")
                    .integer(r.refundTransactionId)
                    .key(u"transactionType")
                    .string(r.transactionType)
                    .key(u"refundAmount")
                    .number(Money(-r.amount.minorUnits(), r.amount.currency()).toJsonNumber())
                    .key(u"refundTransactionDate")
                    .string(isoDate(r.date))
                    .endObject();
            }
            w.endArray();
        }
        w.endObject();
    }
    w.endArray();
    return w.data();
}

Result<QList<PaymentDetail>> decodeDetailsInfo(const QJsonValue &value)
{
    if (!value.isArray())
        return malformed(QStringLiteral("info is not a list"));
    QList<PaymentDetail> list;
    for (const QJsonValue &entry : value.toArray()) {
        const QJsonObject o = entry.toObject();
        PaymentDetail d;
        d.transactionId = exactId(o.value(u"transactionId"));
        if (d.transactionId <= 0)
            return malformed(QStringLiteral("transactionId"));
        d.currency = o.value(u"currency").toString();
        if (!Money::isSupportedCurrency(d.currency))
            return malformed(QStringLiteral("currency"));
        d.transactionDate = readDate(o.value(u"transactionDate"));
        d.transactionType = o.value(u"transactionType").toString();
        d.payStatus = o.value(u"payStatus").toString();
        d.productName = o.value(u"productName").toString();
        d.merchantName = o.value(u"merchantName").toString();
        d.orderId = o.value(u"orderId").toString();
        d.authorizationExpireDate = readDate(o.value(u"authorizationExpireDate"));
        d.originalTransactionId = exactId(o.value(u"originalTransactionId"));
        Result<QList<PayInfo>> payInfo = readPayInfo(o.value(u"payInfo"), d.currency);
        if (!payInfo)
            return payInfo.error();
        d.payInfo = *payInfo;
        qint64 refunded = 0;
        for (const QJsonValue &rv : o.value(u"refundList").toArray()) {
            const QJsonObject ro = rv.toObject();
            RefundEntry r;
            r.refundTransactionId = exactId(ro.value(u"refundTransactionId"));
            if (r.refundTransactionId <= 0)
                return malformed(QStringLiteral("refundTransactionId"));
            r.transactionType = ro.value(u"transactionType").toString();
            Result<Money> amount = readMoney(ro.value(u"refundAmount"), d.currency, QStringLiteral("refundAmount"));
            if (!amount)
                return amount.error();
            r.amount = Money(qAbs(amount->minorUnits()), d.currency);
            if (__builtin_add_overflow(refunded, r.amount.minorUnits(), &refunded))
                return malformed(QStringLiteral("refund amounts too large"));
            r.date = readDate(ro.value(u"refundTransactionDate"));
            d.refunds << r;
        }
        list << d;
    }
    return list;
}

} // namespace PayDesk::LinePay
