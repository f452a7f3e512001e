#include <QByteArray>
#include <QString>

#include "app/linepay/codecs.h"
#include "app/linepay/json.h"
#include "app/linepay/returncodes.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzentries.h"

namespace PayDesk::Fuzz {

using namespace PayDesk::LinePay;

namespace {

// The info of an envelope that the sandbox would send around `infoJson`.
QJsonValue infoOf(const QByteArray &infoJson)
{
    const Result<Envelope> envelope = decodeEnvelope(encodeEnvelope(QStringLiteral("0000"), {}, infoJson));
    FUZZ_CHECK(envelope.ok() && envelope->isSuccess());
    return envelope->info;
}

// What a decoder accepted, encoded, must decode again and encode to the same bytes: the
// encoders and decoders agree on every field (the first pass may normalise dates and numbers).
template <typename T, typename Decode, typename Encode>
void checkRoundTrip(const T &decoded, Decode decode, Encode encode)
{
    const QByteArray first = encode(decoded);
    const Result<T> again = decode(infoOf(first));
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(encode(*again) == first);
}

void readDetails(const QJsonValue &info)
{
    const Result<QList<PaymentDetail>> details = decodeDetailsInfo(info);
    if (!details)
        return;
    for (const PaymentDetail &d : *details) {
        FUZZ_CHECK(d.transactionId > 0 && Money::isSupportedCurrency(d.currency));
        // What the service reads from a payment's details to decide what was paid and refunded.
        FUZZ_CHECK(d.paidAmount().currency() == d.currency);
        FUZZ_CHECK(!d.refundedAmount().isNegative());
        for (const RefundEntry &r : d.refunds)
            FUZZ_CHECK(r.refundTransactionId > 0 && !r.amount.isNegative());
    }
    checkRoundTrip(*details, decodeDetailsInfo, encodeDetailsInfo);
}

} // namespace

void fuzzCodecs(const uint8_t *data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<Envelope> envelope = decodeEnvelope(body);
    if (!envelope) {
        FUZZ_CHECK(envelope.error().kind == Error::Kind::Malformed && !envelope.error().message.isEmpty());
        return;
    }
    // Every return code, known or not, gets a sentence and a next step (check answers stop here).
    FUZZ_CHECK(envelope->returnCode.size() == 4);
    for (QChar c : envelope->returnCode)
        FUZZ_CHECK(c >= u'0' && c <= u'9');
    const ReturnCodeInfo described = describeReturnCode(envelope->returnCode);
    FUZZ_CHECK(!described.sentence.isEmpty() && !described.nextStep.isEmpty());

    const QJsonValue &info = envelope->info;
    // Request.
    if (const Result<RequestInfo> request = decodeRequestInfo(info)) {
        FUZZ_CHECK(request->transactionId > 0 && !request->webUrl.isEmpty());
        checkRoundTrip(*request, decodeRequestInfo, encodeRequestInfo);
    }
    // Confirm and capture, read in the currency of the payment.
    for (const char16_t *currency : {u"TWD", u"THB", u"USD", u"JPY"}) {
        const QString code = QString::fromUtf16(currency);
        const auto decode = [&code](const QJsonValue &value) {
            return decodeConfirmInfo(value, code);
        };
        if (const Result<ConfirmInfo> confirmed = decode(info)) {
            FUZZ_CHECK(confirmed->transactionId > 0);
            for (const PayInfo &p : confirmed->payInfo)
                FUZZ_CHECK(p.amount.currency() == code);
            checkRoundTrip(*confirmed, decode, encodeConfirmInfo);
        }
    }
    // Refund.
    if (const Result<RefundInfo> refund = decodeRefundInfo(info)) {
        FUZZ_CHECK(refund->refundTransactionId > 0);
        checkRoundTrip(*refund, decodeRefundInfo, encodeRefundInfo);
    }
    // Payment details (status checks after a lost answer, recovery, refresh).
    readDetails(info);
}

} // namespace PayDesk::Fuzz
