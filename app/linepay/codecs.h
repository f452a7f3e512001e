#pragma once

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QString>

#include "app/domain/money.h"
#include "app/domain/result.h"

// Request and response bodies of the LINE Pay Online API v3 (API.md §7–9). Every encoder
// returns the exact compact bytes to sign and send; every decoder keeps 19-digit ids exact.
namespace PayDesk::LinePay {

struct Product
{
    QString id;
    QString name;
    qint64 quantity = 1;
    Money price;
};

struct Package
{
    QString id;
    QString name;
    Money amount;
    QList<Product> products;
};

struct PaymentRequest
{
    Money amount;
    QString orderId;
    QList<Package> packages;
    QString confirmUrl;
    QString cancelUrl;
    QString confirmUrlType; // empty (CLIENT), "CLIENT", "SERVER" or "NONE"
    bool capture = true;
    QString locale;
};

struct Envelope
{
    QString returnCode;
    QString returnMessage;
    QJsonValue info; // numbers are kept as their exact text (see parseExact)

    bool isSuccess() const { return returnCode == u"0000"; }
};

struct RequestInfo
{
    qint64 transactionId = 0;
    QString paymentAccessToken;
    QString webUrl;
    QString appUrl;
};

struct PayInfo
{
    QString method;
    Money amount;
};

// Answer of confirm and of capture.
struct ConfirmInfo
{
    QString orderId;
    qint64 transactionId = 0;
    QDateTime authorizationExpireDate; // only for capture=false
    QList<PayInfo> payInfo;
};

struct RefundInfo
{
    qint64 refundTransactionId = 0;
    QDateTime refundTransactionDate;
};

struct RefundEntry
{
    qint64 refundTransactionId = 0;
    QString transactionType; // PAYMENT_REFUND or PARTIAL_REFUND
    Money amount;            // positive; LINE Pay writes it negative
    QDateTime date;
};

struct PaymentDetail
{
    qint64 transactionId = 0;
    QDateTime transactionDate;
    QString transactionType; // PAYMENT, PAYMENT_REFUND, PARTIAL_REFUND
    QString payStatus;       // AUTHORIZATION, CAPTURE, VOIDED_AUTHORIZATION, EXPIRED_AUTHORIZATION
    QString productName;
    QString merchantName;
    QString currency;
    QString orderId;
    QDateTime authorizationExpireDate;
    QList<PayInfo> payInfo;
    QList<RefundEntry> refunds;
    qint64 originalTransactionId = 0;

    Money paidAmount() const;
    Money refundedAmount() const;
};

struct DetailsQuery
{
    QList<qint64> transactionIds;
    QStringList orderIds;
};

QByteArray encodePaymentRequest(const PaymentRequest &request);
Result<PaymentRequest> decodePaymentRequest(const QByteArray &body);

// Confirm and capture send {"amount":N,"currency":"XXX"}.
QByteArray encodeAmountBody(const Money &amount);
Result<Money> decodeAmountBody(const QByteArray &body);

// Refund sends {"refundAmount":N}, or {} for a full refund; void sends {}.
QByteArray encodeRefundBody(const std::optional<Money> &amount);
Result<std::optional<Money>> decodeRefundBody(const QByteArray &body, const QString &currency);

QByteArray encodeDetailsQuery(const DetailsQuery &query);
// Accepts repeated keys and comma-separated values, percent-encoded or not.
Result<DetailsQuery> decodeDetailsQuery(const QByteArray &rawQuery);

QByteArray encodeEnvelope(const QString &returnCode, const QString &returnMessage, const QByteArray &infoJson = {});
Result<Envelope> decodeEnvelope(const QByteArray &body);

QByteArray encodeRequestInfo(const RequestInfo &info);
Result<RequestInfo> decodeRequestInfo(const QJsonValue &info);

QByteArray encodeConfirmInfo(const ConfirmInfo &info);
Result<ConfirmInfo> decodeConfirmInfo(const QJsonValue &info, const QString &currency);

QByteArray encodeRefundInfo(const RefundInfo &info);
Result<RefundInfo> decodeRefundInfo(const QJsonValue &info);

QByteArray encodeDetailsInfo(const QList<PaymentDetail> &details);
Result<QList<PaymentDetail>> decodeDetailsInfo(const QJsonValue &info);

QString isoDate(const QDateTime &dateTime);

} // namespace PayDesk::LinePay
