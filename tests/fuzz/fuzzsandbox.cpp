#include <QByteArrayList>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>
#include <QUrlQuery>

#include "app/linepay/codecs.h"
#include "app/linepay/json.h"
#include "app/linepay/signer.h"
#include "app/sandbox/customerpage.h"
#include "app/sandbox/fault.h"
#include "app/sandbox/ledger.h"
#include "tests/fuzz/fuzzcheck.h"
#include "tests/fuzz/fuzzentries.h"

// The sandbox has no pure "HTTP request in, answer out" function: SandboxServer::handleRequest
// needs a QHttpServerRequest (which only Qt can make) and a socket. What it calls is pure, and
// that is what this target drives: the ledger behind every API route, the signature check of
// verify(), the fault parser of the control endpoint and the customer's page.
//
// Input: one call per line, at most kMaxLines. A line is OP SEL PAYLOAD: OP one byte, SEL one
// byte choosing a transaction made earlier (its value modulo how many there are), then PAYLOAD
// (one leading space is dropped). Upper-case OP calls as channel A, lower-case as channel B.
//   R request (SEL 'a': the customer approves at once)  PAYLOAD = JSON body
//   K check   C confirm (body)   P capture (body)   V void   F refund (body)
//   D details PAYLOAD = raw query; $N is replaced by the id of transaction N, !N by a refund id
//   A approve  X cancel  W customer's page   PAYLOAD = a token, or empty for the transaction's
//   T clock    PAYLOAD = seconds to move it (within ±10^8)
//   S signature PAYLOAD = secret|path|text|nonce|candidate
//   Q fault    PAYLOAD = a fault such as refund:drop
//   B request bodies: PAYLOAD through every decoder of what a client sends
namespace PayDesk::Fuzz {

using namespace PayDesk::LinePay;
using namespace PayDesk::Sandbox;

namespace {

constexpr int kMaxLines = 64;

struct Made
{
    qint64 id = 0;
    QString channel;
    QString token;
    QString currency;
};

struct Run
{
    Ledger ledger{Ledger::Settings{}};
    QDateTime now = QDateTime::fromSecsSinceEpoch(1717232400, QTimeZone::utc()); // 2024-06-01 09:00 UTC
    QList<Made> made;
    QList<qint64> refunds;

    const Made *pick(char selector) const
    {
        return made.isEmpty() ? nullptr : &made.at(static_cast<unsigned char>(selector) % made.size());
    }
};

const QString kChannelA = QStringLiteral("1234567890");
const QString kChannelB = QStringLiteral("2000000000");

// PAYDESK_FUZZ_TRACE=1 writes each answer to stderr, to see where a hand-written input goes.
const bool kTrace = qEnvironmentVariableIsSet("PAYDESK_FUZZ_TRACE");

// What the sandbox sends is what the client reads: the envelope and its info must decode.
Envelope checkAnswer(const Answer &answer)
{
    if (kTrace)
        std::fprintf(stderr, "%s %s %s\n", qPrintable(answer.returnCode), qPrintable(answer.returnMessage),
                     answer.infoJson.constData());
    FUZZ_CHECK(answer.returnCode.size() == 4);
    const Result<Envelope> envelope =
        decodeEnvelope(encodeEnvelope(answer.returnCode, answer.returnMessage, answer.infoJson));
    FUZZ_CHECK(envelope.ok());
    FUZZ_CHECK(envelope->returnCode == answer.returnCode);
    FUZZ_CHECK(envelope->info.isUndefined() == answer.infoJson.isEmpty());
    return *envelope;
}

// A call naming a transaction of the other channel, or none, finds nothing.
void checkForeign(const Answer &answer, const Made *tx, const QString &channel)
{
    if (!tx || tx->channel != channel)
        FUZZ_CHECK(answer.returnCode == u"1150");
}

QByteArray substituteIds(QByteArray query, const Run &run)
{
    for (int n = 9; n >= 0; --n) {
        const QByteArray digit = QByteArray::number(n);
        if (!run.made.isEmpty())
            query.replace(QByteArray("$" + digit), QByteArray::number(run.made.at(n % run.made.size()).id));
        if (!run.refunds.isEmpty())
            query.replace(QByteArray("!" + digit), QByteArray::number(run.refunds.at(n % run.refunds.size())));
    }
    return query;
}

void request(Run &run, const QString &channel, bool autoApprove, const QByteArray &body)
{
    const Answer answer = run.ledger.request(channel, body, QStringLiteral("http://127.0.0.1:1"), run.now, autoApprove);
    const Envelope envelope = checkAnswer(answer);
    if (!envelope.isSuccess())
        return;
    // Only a request the client could have built is accepted.
    const Result<PaymentRequest> sent = decodePaymentRequest(body);
    FUZZ_CHECK(sent.ok() && sent->amount.minorUnits() > 0 && !sent->packages.isEmpty());
    const Result<RequestInfo> info = decodeRequestInfo(envelope.info);
    FUZZ_CHECK(info.ok());
    for (const Made &m : std::as_const(run.made))
        FUZZ_CHECK(m.id != info->transactionId);
    const QString token = QUrlQuery(QUrl(info->webUrl)).queryItemValue(QStringLiteral("transactionReserveId"));
    FUZZ_CHECK(!token.isEmpty());
    run.made << Made{info->transactionId, channel, token, sent->amount.currency()};
}

void paid(const Answer &answer, const Made *tx)
{
    const Envelope envelope = checkAnswer(answer);
    if (!envelope.isSuccess() || !tx)
        return;
    const Result<ConfirmInfo> info = decodeConfirmInfo(envelope.info, tx->currency);
    FUZZ_CHECK(info.ok() && info->transactionId == tx->id && info->payInfo.size() == 1);
    FUZZ_CHECK(info->payInfo.first().amount.minorUnits() > 0);
}

void customerPage(Run &run, const QString &token)
{
    const Transaction *tx = run.ledger.findByToken(token, run.now);
    if (!tx)
        return;
    const QByteArray html = waitPage(*tx, run.ledger.settings().merchantName, QStringLiteral("http://127.0.0.1:1"));
    // What the merchant sent is shown escaped, never as markup.
    for (const Package &p : tx->request.packages) {
        for (const Product &product : p.products) {
            if (product.name.contains(u'<'))
                FUZZ_CHECK(!html.contains(product.name.toUtf8()));
        }
    }
    if (tx->request.orderId.contains(u'<'))
        FUZZ_CHECK(!html.contains(tx->request.orderId.toUtf8()));
}

void signatureCheck(const QByteArray &payload)
{
    const QByteArrayList parts = payload.split('|');
    const auto part = [&parts](int i) {
        return i < parts.size() ? parts.at(i) : QByteArray();
    };
    const QByteArray expected = signature(part(0), part(1), part(2), part(3));
    FUZZ_CHECK(expected.size() == 44 && signaturesEqual(expected, expected));
    FUZZ_CHECK(signaturesEqual(expected, part(4)) == (expected == part(4)));
    // API.md §5 signs the concatenation secret + path + text + nonce, so where the path ends and
    // the text begins does not matter; the sandbox must not rely on it.
    if (!part(1).isEmpty()) {
        const QByteArray path = part(1).chopped(1);
        const QByteArray text = part(1).right(1) + part(2);
        FUZZ_CHECK(signature(part(0), path, text, part(3)) == expected);
    }
}

void faultCheck(const QByteArray &payload)
{
    const Result<Fault> fault = parseFault(QString::fromUtf8(payload));
    if (!fault)
        return;
    const Result<Fault> again = parseFault(fault->toString());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again->operation == fault->operation && again->kind == fault->kind && again->delayMs == fault->delayMs &&
               again->code == fault->code);
}

void requestBodies(const QByteArray &body)
{
    if (const Result<PaymentRequest> r = decodePaymentRequest(body)) {
        const Result<PaymentRequest> again = decodePaymentRequest(encodePaymentRequest(*r));
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(encodePaymentRequest(*again) == encodePaymentRequest(*r));
    }
    if (const Result<Money> amount = decodeAmountBody(body)) {
        const Result<Money> again = decodeAmountBody(encodeAmountBody(*amount));
        FUZZ_CHECK(again.ok() && *again == *amount);
    }
    for (const char16_t *currency : {u"TWD", u"THB", u"USD", u"JPY"}) {
        const QString code = QString::fromUtf16(currency);
        if (const Result<std::optional<Money>> refund = decodeRefundBody(body, code)) {
            const Result<std::optional<Money>> again = decodeRefundBody(encodeRefundBody(*refund), code);
            FUZZ_CHECK(again.ok() && *again == *refund);
        }
    }
    if (const Result<DetailsQuery> query = decodeDetailsQuery(body)) {
        const QByteArray encoded = encodeDetailsQuery(*query);
        const Result<DetailsQuery> again = decodeDetailsQuery(encoded);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(again->transactionIds == query->transactionIds);
        FUZZ_CHECK(encodeDetailsQuery(*again) == encoded);
    }
}

// The state file the sandbox writes: readable, and no payment refunded beyond what was paid.
void checkState(Run &run)
{
    const QJsonDocument state = parseExact(run.ledger.toJson(run.now));
    FUZZ_CHECK(state.isObject());
    const QJsonArray transactions = state.object().value(u"transactions").toArray();
    FUZZ_CHECK(transactions.size() == run.made.size());
    for (const QJsonValue &value : transactions) {
        const QJsonObject tx = value.toObject();
        const qint64 paidMinor = tx.value(u"paidMinor").toString().toLongLong();
        FUZZ_CHECK(paidMinor >= 0);
        qint64 refunded = 0;
        for (const QJsonValue &r : tx.value(u"refunds").toArray()) {
            const qint64 amount = r.toObject().value(u"amountMinor").toString().toLongLong();
            FUZZ_CHECK(amount > 0);
            refunded += amount;
        }
        FUZZ_CHECK(refunded <= paidMinor);
        FUZZ_CHECK(decodePaymentRequest(tx.value(u"request").toString().toUtf8()).ok());
    }
}

} // namespace

void fuzzSandbox(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    Run run;
    int lines = 0;
    for (const QByteArray &line : input.split('\n')) {
        if (line.isEmpty())
            continue;
        if (++lines > kMaxLines)
            break;
        const char op = line.at(0);
        const char selector = line.size() > 1 ? line.at(1) : '0';
        QByteArray payload = line.mid(2);
        if (payload.startsWith(' '))
            payload.remove(0, 1);
        const QString channel = (op >= 'a' && op <= 'z') ? kChannelB : kChannelA;
        const Made *tx = run.pick(selector);
        const qint64 id = tx ? tx->id : 0;
        switch (op) {
        case 'R':
        case 'r':
            request(run, channel, selector == 'a', payload);
            break;
        case 'K':
        case 'k': {
            const Answer answer = run.ledger.check(channel, id, run.now);
            checkAnswer(answer);
            checkForeign(answer, tx, channel);
            break;
        }
        case 'C':
        case 'c': {
            const Answer answer = run.ledger.confirm(channel, id, payload, run.now);
            checkForeign(answer, tx, channel);
            paid(answer, tx);
            break;
        }
        case 'P':
        case 'p': {
            const Answer answer = run.ledger.capture(channel, id, payload, run.now);
            checkForeign(answer, tx, channel);
            paid(answer, tx);
            break;
        }
        case 'V':
        case 'v': {
            const Answer answer = run.ledger.voidAuthorization(channel, id, run.now);
            checkAnswer(answer);
            checkForeign(answer, tx, channel);
            break;
        }
        case 'F':
        case 'f': {
            const Answer answer = run.ledger.refund(channel, id, payload, run.now);
            checkForeign(answer, tx, channel);
            const Envelope envelope = checkAnswer(answer);
            if (envelope.isSuccess()) {
                const Result<RefundInfo> info = decodeRefundInfo(envelope.info);
                FUZZ_CHECK(info.ok() && !run.refunds.contains(info->refundTransactionId));
                run.refunds << info->refundTransactionId;
            }
            break;
        }
        case 'D':
        case 'd': {
            const Answer answer = run.ledger.details(channel, substituteIds(payload, run), run.now);
            const Envelope envelope = checkAnswer(answer);
            if (envelope.isSuccess()) {
                const Result<QList<PaymentDetail>> details = decodeDetailsInfo(envelope.info);
                FUZZ_CHECK(details.ok() && !details->isEmpty());
            }
            break;
        }
        case 'A':
        case 'X': {
            const QString token = payload.isEmpty() && tx ? tx->token : QString::fromUtf8(payload);
            const Status status = op == 'A' ? run.ledger.approve(token, run.now) : run.ledger.cancel(token, run.now);
            if (status)
                FUZZ_CHECK(run.ledger.findByToken(token, run.now) != nullptr);
            break;
        }
        case 'W':
            customerPage(run, payload.isEmpty() && tx ? tx->token : QString::fromUtf8(payload));
            break;
        case 'T':
            run.now = run.now.addSecs(qBound(qint64(-100000000), payload.trimmed().toLongLong(), qint64(100000000)));
            break;
        case 'S':
            signatureCheck(payload);
            break;
        case 'Q':
            faultCheck(payload);
            break;
        case 'B':
            requestBodies(payload);
            break;
        default:
            break;
        }
    }
    checkState(run);
}

} // namespace PayDesk::Fuzz
