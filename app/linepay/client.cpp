#include "app/linepay/client.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QIODevice>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScopedPointerDeleteLater>
#include <QTimer>

#include "app/linepay/signer.h"

Q_LOGGING_CATEGORY(lcClient, "paydesk.linepay.client", QtWarningMsg)

namespace PayDesk::LinePay {

namespace {

// Sentences for people, filed for translators under the context asked at run time.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PayDesk::LinePay::Client)
};

// An upload body that cannot be rewound. With DoNotBufferUploadDataAttribute, Qt then cannot
// resend a money call on its own after a dropped connection (DESIGN.md "Operations journal").
class OneShotBody final : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data, QObject *parent) : QIODevice(parent), m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    bool seek(qint64) override { return false; }
    qint64 size() const override { return m_data.size(); }
    qint64 bytesAvailable() const override { return m_data.size() - m_pos + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *out, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, qint64(m_data.size()) - m_pos);
        if (n <= 0)
            return m_pos >= m_data.size() ? -1 : 0;
        memcpy(out, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

bool certainlyNotSent(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
        return true;
    default:
        return false;
    }
}

} // namespace

QString endpointName(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Request:
        return QStringLiteral("request");
    case Endpoint::Check:
        return QStringLiteral("check");
    case Endpoint::Confirm:
        return QStringLiteral("confirm");
    case Endpoint::Capture:
        return QStringLiteral("capture");
    case Endpoint::Void:
        return QStringLiteral("void");
    case Endpoint::Refund:
        return QStringLiteral("refund");
    case Endpoint::Details:
        return QStringLiteral("details");
    }
    return {};
}

bool movesMoney(Endpoint endpoint)
{
    return endpoint != Endpoint::Check && endpoint != Endpoint::Details;
}

int defaultTimeoutMs(Endpoint endpoint)
{
    switch (endpoint) {
    case Endpoint::Request:
        return 20000;
    case Endpoint::Check:
        return 20000;
    case Endpoint::Confirm:
        return 40000;
    case Endpoint::Capture:
        return 60000;
    case Endpoint::Void:
        return 20000;
    case Endpoint::Refund:
        return 20000;
    case Endpoint::Details:
        return 60000;
    }
    return 60000;
}

namespace {

// What went wrong with the connection, in words: Qt says "Unknown error" for some of these.
QString networkProblem(const QNetworkReply *reply)
{
    switch (reply->error()) {
    case QNetworkReply::RemoteHostClosedError:
        return Text::tr("LINE Pay closed the connection without an answer");
    case QNetworkReply::ConnectionRefusedError:
        return Text::tr("LINE Pay refused the connection");
    case QNetworkReply::HostNotFoundError:
        return Text::tr("the host %1 was not found").arg(reply->url().host());
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Text::tr("no answer in time");
    case QNetworkReply::SslHandshakeFailedError:
        return Text::tr("the secure connection could not be set up");
    default:
        break;
    }
    const QString text = reply->errorString();
    return text.isEmpty() || text == u"Unknown error" ? Text::tr("network error %1").arg(int(reply->error())) : text;
}

} // namespace

QString checkBaseUrl(const QUrl &baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return Text::tr("The LINE Pay address \"%1\" is not a valid URL; write it like https://api-pay.line.me.")
            .arg(baseUrl.toString().isEmpty() ? baseUrl.errorString().section(u';', 0, 0) : baseUrl.toString());
    const QString scheme = baseUrl.scheme();
    if (scheme == u"https")
        return {};
    if (scheme == u"http") {
        const QHostAddress address(baseUrl.host());
        if (baseUrl.host() == u"localhost" || (!address.isNull() && address.isLoopback()))
            return {};
        return Text::tr("Plain http:// is only allowed for this computer (loopback); use https:// for %1.")
            .arg(baseUrl.host());
    }
    return Text::tr("The LINE Pay address %1 must start with https:// (or http:// for a sandbox on this computer).")
        .arg(baseUrl.toString());
}

PreparedCall prepareCall(const ClientConfig &config, Endpoint endpoint, const QByteArray &apiPath,
                         const QByteArray &query, const QByteArray &body, const QByteArray &nonce)
{
    QString text = config.baseUrl.toString(QUrl::StripTrailingSlash) + QString::fromLatin1(apiPath);
    if (!query.isEmpty())
        text += u'?' + QString::fromLatin1(query);
    const QUrl url(text, QUrl::StrictMode);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-LINE-ChannelId", config.channelId.toUtf8());
    request.setRawHeader("X-LINE-Authorization-Nonce", nonce);
    const bool isGet = endpoint == Endpoint::Check || endpoint == Endpoint::Details;
    request.setRawHeader("X-LINE-Authorization", signature(config.channelSecret, apiPath, isGet ? query : body, nonce));
    request.setTransferTimeout(config.timeoutFor(endpoint));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    // Every call, reads included, goes out with a body that cannot be rewound, so that Qt never
    // resends it by itself after a dropped connection: a money call must not reach LINE Pay
    // twice, and a resent read would repeat its nonce, which LINE Pay refuses (1106).
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
    return PreparedCall{request, body, nonce};
}

Client::Client(QNetworkAccessManager *network, ClientConfig config, QObject *parent)
    : QObject(parent), m_network(network), m_config(std::move(config))
{}

QByteArray Client::pathFor(Endpoint endpoint, qint64 transactionId)
{
    const QByteArray id = QByteArray::number(transactionId);
    switch (endpoint) {
    case Endpoint::Request:
        return QByteArrayLiteral("/v3/payments/request");
    case Endpoint::Check:
        return "/v3/payments/requests/" + id + "/check";
    case Endpoint::Confirm:
        return "/v3/payments/" + id + "/confirm";
    case Endpoint::Capture:
        return "/v3/payments/authorizations/" + id + "/capture";
    case Endpoint::Void:
        return "/v3/payments/authorizations/" + id + "/void";
    case Endpoint::Refund:
        return "/v3/payments/" + id + "/refund";
    case Endpoint::Details:
        return QByteArrayLiteral("/v3/payments");
    }
    return {};
}

Call *Client::requestPayment(const PaymentRequest &request)
{
    return send(Endpoint::Request, pathFor(Endpoint::Request, 0), {}, encodePaymentRequest(request));
}

Call *Client::checkStatus(qint64 transactionId)
{
    return send(Endpoint::Check, pathFor(Endpoint::Check, transactionId), {}, {});
}

Call *Client::confirm(qint64 transactionId, const Money &amount)
{
    return send(Endpoint::Confirm, pathFor(Endpoint::Confirm, transactionId), {}, encodeAmountBody(amount));
}

Call *Client::capture(qint64 transactionId, const Money &amount)
{
    return send(Endpoint::Capture, pathFor(Endpoint::Capture, transactionId), {}, encodeAmountBody(amount));
}

Call *Client::voidAuthorization(qint64 transactionId)
{
    return send(Endpoint::Void, pathFor(Endpoint::Void, transactionId), {}, QByteArrayLiteral("{}"));
}

Call *Client::refund(qint64 transactionId, const std::optional<Money> &amount)
{
    return send(Endpoint::Refund, pathFor(Endpoint::Refund, transactionId), {}, encodeRefundBody(amount));
}

Call *Client::details(const DetailsQuery &query)
{
    return send(Endpoint::Details, pathFor(Endpoint::Details, 0), encodeDetailsQuery(query), {});
}

Call *Client::sendMoneyCall(Endpoint endpoint, qint64 transactionId, const QByteArray &body)
{
    return send(endpoint, pathFor(endpoint, transactionId), {}, body);
}

Call *Client::send(Endpoint endpoint, const QByteArray &apiPath, const QByteArray &query, const QByteArray &body)
{
    auto *call = new Call(this);
    const QString urlProblem = checkBaseUrl(m_config.baseUrl);
    if (!urlProblem.isEmpty() || !m_network) {
        CallResult result;
        result.endpoint = endpoint;
        result.apiPath = QString::fromLatin1(apiPath);
        result.requestBody = body;
        result.outcome = CallResult::Outcome::NotSent;
        result.errorMessage = urlProblem.isEmpty() ? Text::tr("No network is available.") : urlProblem;
        // Deliver asynchronously like every other outcome, so callers connect first.
        QTimer::singleShot(0, call, [call, result] {
            Q_EMIT call->finished(result);
            call->deleteLater();
        });
        return call;
    }
    sendAttempt(call, Attempt{endpoint, apiPath, query, body, 1});
    return call;
}

void Client::sendAttempt(Call *call, const Attempt &attempt)
{
    const PreparedCall prepared =
        prepareCall(m_config, attempt.endpoint, attempt.apiPath, attempt.query, attempt.body, newNonce());
    qCDebug(lcClient) << "sending" << endpointName(attempt.endpoint) << attempt.apiPath << "attempt" << attempt.number;
    auto *device = new OneShotBody(prepared.body, call);
    const bool isRead = !movesMoney(attempt.endpoint);
    QNetworkReply *reply = isRead ? m_network->sendCustomRequest(prepared.request, QByteArrayLiteral("GET"), device)
                                  : m_network->post(prepared.request, device);
    // The transfer timeout restarts whenever bytes move; this one bounds the whole call, so that
    // the journal's deadline (sent + timeout + margin) holds however slowly an answer trickles in.
    QTimer::singleShot(m_config.timeoutFor(attempt.endpoint), reply, [reply] {
        if (reply->isRunning())
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, call,
            [this, reply, call, attempt] { onReplyFinished(reply, call, attempt); });
}

void Client::onReplyFinished(QNetworkReply *reply, Call *call, const Attempt &attempt)
{
    QScopedPointer<QNetworkReply, QScopedPointerDeleteLater> guard(reply);
    CallResult result;
    result.endpoint = attempt.endpoint;
    result.apiPath = QString::fromLatin1(attempt.apiPath);
    result.requestBody = attempt.body;
    result.attempts = attempt.number;
    if (reply->isOpen())
        result.responseBody = reply->readAll();
    const QNetworkReply::NetworkError error = reply->error();
    const bool isRead = !movesMoney(attempt.endpoint);
    if (error != QNetworkReply::NoError && result.responseBody.isEmpty()) {
        qCInfo(lcClient) << endpointName(attempt.endpoint) << "failed:" << error << reply->errorString();
        if (certainlyNotSent(error)) {
            result.outcome = CallResult::Outcome::NotSent;
            result.errorMessage =
                Text::tr("PayDesk could not reach LINE Pay (%1). Nothing was sent; check the network and try again.")
                    .arg(networkProblem(reply));
        } else if (isRead && attempt.number < kReadAttempts) {
            // A read changes nothing at LINE Pay: ask again, signed anew, after LINE Pay's
            // one-second floor between checks.
            Attempt next = attempt;
            ++next.number;
            QTimer::singleShot(1000, call, [this, call, next] { sendAttempt(call, next); });
            return;
        } else if (isRead) {
            result.outcome = CallResult::Outcome::NotSent;
            result.errorMessage =
                Text::tr(
                    "The connection to LINE Pay broke %n time(s) while reading (%1). Nothing was changed; check the "
                    "network and try again.",
                    nullptr, attempt.number)
                    .arg(networkProblem(reply));
        } else {
            result.outcome = CallResult::Outcome::Unknown;
            result.errorMessage =
                error == QNetworkReply::OperationCanceledError || error == QNetworkReply::TimeoutError
                    ? Text::tr("LINE Pay did not answer in time; the outcome is unknown until PayDesk asks LINE Pay.")
                    : Text::tr("The connection to LINE Pay broke before the answer arrived (%1); the outcome is "
                               "unknown until PayDesk asks LINE Pay.")
                          .arg(networkProblem(reply));
        }
    } else {
        Result<Envelope> envelope = decodeEnvelope(result.responseBody);
        if (envelope) {
            result.outcome = CallResult::Outcome::Answered;
            result.envelope = *envelope;
            qCDebug(lcClient) << endpointName(attempt.endpoint) << "answered" << result.envelope.returnCode;
        } else {
            result.outcome = CallResult::Outcome::Unknown;
            // An error page (a proxy's, LINE Pay's during maintenance) says more by its HTTP status.
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            result.errorMessage =
                status != 0 && (status < 200 || status > 299)
                    ? Text::tr("LINE Pay answered with HTTP status %1 instead of a result.").arg(status)
                    : envelope.error().message;
            qCInfo(lcClient) << endpointName(attempt.endpoint) << "unreadable answer" << status;
        }
    }
    Q_EMIT call->finished(result);
    call->deleteLater();
}

} // namespace PayDesk::LinePay
