#include "app/sandbox/sandboxserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

#include "app/linepay/codecs.h"
#include "app/linepay/json.h"
#include "app/linepay/signer.h"
#include "app/sandbox/customerpage.h"

Q_LOGGING_CATEGORY(lcSandbox, "paydesk.sandbox.server", QtWarningMsg)

using namespace Qt::StringLiterals;

namespace PayDesk::Sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 303:
        return "See Other";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    default:
        return "Error";
    }
}

void writeResponse(QTcpSocket *socket, int status, const QByteArray &contentType, const QByteArray &body,
                   const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += "Cache-Control: no-store\r\n";
    for (const auto &[key, value] : headers)
        out += key + ": " + value + "\r\n";
    out += "\r\n" + body;
    socket->write(out);
}

void writeJson(QTcpSocket *socket, const QByteArray &json, int status = 200)
{
    writeResponse(socket, status, "application/json;charset=UTF-8", json);
}

void writeHtml(QTcpSocket *socket, const QByteArray &html, int status = 200)
{
    writeResponse(socket, status, "text/html;charset=utf-8", html);
}

QByteArray envelope(const Answer &answer)
{
    return LinePay::encodeEnvelope(answer.returnCode, answer.returnMessage, answer.infoJson);
}

// Adds transactionId and orderId to a redirect URL, leaving a parameter already there alone.
QUrl withParameters(const QString &target, qint64 transactionId, const QString &orderId)
{
    QUrl url(target);
    QUrlQuery query(url);
    if (!query.hasQueryItem(QStringLiteral("transactionId")))
        query.addQueryItem(QStringLiteral("transactionId"), QString::number(transactionId));
    if (!query.hasQueryItem(QStringLiteral("orderId")))
        query.addQueryItem(QStringLiteral("orderId"), orderId);
    url.setQuery(query);
    return url;
}

struct Route
{
    QRegularExpression pattern;
    Method method;
    QString op;
};

const QList<Route> &routes()
{
    static const QList<Route> list = {
        {QRegularExpression(QStringLiteral("^/v3/payments/request$")), Method::Post, QStringLiteral("request")},
        {QRegularExpression(QStringLiteral("^/v3/payments/requests/([0-9]+)/check$")), Method::Get,
         QStringLiteral("check")},
        {QRegularExpression(QStringLiteral("^/v3/payments/([0-9]+)/confirm$")), Method::Post,
         QStringLiteral("confirm")},
        {QRegularExpression(QStringLiteral("^/v3/payments/authorizations/([0-9]+)/capture$")), Method::Post,
         QStringLiteral("capture")},
        {QRegularExpression(QStringLiteral("^/v3/payments/authorizations/([0-9]+)/void$")), Method::Post,
         QStringLiteral("void")},
        {QRegularExpression(QStringLiteral("^/v3/payments/([0-9]+)/refund$")), Method::Post, QStringLiteral("refund")},
        {QRegularExpression(QStringLiteral("^/v3/payments$")), Method::Get, QStringLiteral("details")},
    };
    return list;
}

} // namespace

Channel defaultChannel()
{
    return Channel{QStringLiteral("1234567890"), QByteArrayLiteral("paydesk-sandbox-secret-0123456789ab")};
}

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QAbstractHttpServer(parent),
      m_options(std::move(options)),
      m_ledger(m_options.ledger),
      m_faults(m_options.faults),
      m_network(new QNetworkAccessManager(this))
{}

SandboxServer::~SandboxServer() = default;

QString SandboxServer::start(const QHostAddress &address, quint16 port)
{
    if (!m_options.statePath.isEmpty()) {
        const Status loaded = m_ledger.attachFile(m_options.statePath);
        if (!loaded)
            return loaded.error().message;
    }
    const quint16 bound = listen(address, port);
    if (bound == 0)
        return QStringLiteral("Cannot listen on %1:%2.").arg(address.toString()).arg(port);
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    m_baseUrl = url;
    return {};
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString path = request.url().path();
    if (path.startsWith(u"/control/")) {
        handleControl(request, socket);
        return true;
    }
    if (path == u"/web/payment/wait") {
        handlePage(request, socket);
        return true;
    }
    if (path == u"/web/payment/approve" || path == u"/web/payment/cancel") {
        handleDecision(path.endsWith(u"approve"), request, socket);
        return true;
    }
    for (const Route &route : routes()) {
        const QRegularExpressionMatch match = route.pattern.match(path);
        if (!match.hasMatch())
            continue;
        if (request.method() != route.method) {
            writeJson(socket, envelope(Answer::error(QStringLiteral("2104"), QStringLiteral("Method not allowed."))),
                      405);
            return true;
        }
        const qint64 id = match.lastCapturedIndex() >= 1 ? LinePay::exactId(QJsonValue(match.captured(1))) : 0;
        handleApi(route.op, id, request, socket);
        return true;
    }
    return false;
}

void SandboxServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    writeJson(socket, envelope(Answer::error(QStringLiteral("2104"), QStringLiteral("No such API."))), 404);
}

QString SandboxServer::verify(const QHttpServerRequest &request, Answer *refusal)
{
    const QString channelId = QString::fromUtf8(request.value("X-LINE-ChannelId"));
    const QByteArray nonce = request.value("X-LINE-Authorization-Nonce");
    const QByteArray signature = request.value("X-LINE-Authorization");
    if (channelId.isEmpty() || nonce.isEmpty() || signature.isEmpty()) {
        *refusal = Answer::error(QStringLiteral("1106"), QStringLiteral("Header information error."));
        return {};
    }
    const auto channel = std::find_if(m_options.channels.cbegin(), m_options.channels.cend(),
                                      [&](const Channel &c) { return c.id == channelId; });
    if (channel == m_options.channels.cend()) {
        *refusal = Answer::error(QStringLiteral("1104"), QStringLiteral("Merchant not found."));
        return {};
    }
    // The signature covers the raw bytes received: path, raw query for GET, raw body for POST.
    const QByteArray path = request.url().path(QUrl::FullyEncoded).toUtf8();
    const QByteArray text =
        request.method() == Method::Get ? request.url().query(QUrl::FullyEncoded).toUtf8() : request.body();
    const QByteArray expected = LinePay::signature(channel->secret, path, text, nonce);
    if (!LinePay::signaturesEqual(expected, signature)) {
        *refusal = Answer::error(QStringLiteral("1106"), QStringLiteral("Header information error."));
        return {};
    }
    const QByteArray nonceKey = channelId.toUtf8() + ':' + nonce;
    if (m_seenNonces.contains(nonceKey)) {
        *refusal = Answer::error(QStringLiteral("1106"), QStringLiteral("Header information error (nonce reused)."));
        return {};
    }
    m_seenNonces.insert(nonceKey);
    return channelId;
}

void SandboxServer::handleApi(const QString &op, qint64 transactionId, const QHttpServerRequest &request,
                              QTcpSocket *socket)
{
    m_calls[op] += 1;
    m_log << CallRecord{op, transactionId, QDateTime::currentMSecsSinceEpoch(), {}};
    CallRecord &record = m_log.last();
    qCInfo(lcSandbox) << "API call" << op << transactionId;
    Answer refusal;
    const QString channelId = verify(request, &refusal);
    if (channelId.isEmpty()) {
        record.returnCode = refusal.returnCode;
        writeJson(socket, envelope(refusal));
        return;
    }
    const auto fault =
        std::find_if(m_faults.cbegin(), m_faults.cend(), [&](const Fault &f) { return f.appliesTo(op); });
    if (fault != m_faults.cend() && fault->kind == Fault::Kind::Code) {
        record.returnCode = fault->code;
        writeJson(socket, envelope(Answer::error(fault->code, QStringLiteral("Injected fault."))));
        return;
    }
    if (transactionId != 0 && m_busy.contains(transactionId)) {
        record.returnCode = QStringLiteral("1198");
        writeJson(socket, envelope(Answer::error(QStringLiteral("1198"), QStringLiteral("Duplicated API call."))));
        return;
    }
    const Answer answer = runApi(op, transactionId, channelId, request);
    record.returnCode = answer.returnCode;
    if (fault == m_faults.cend()) {
        writeJson(socket, envelope(answer));
        return;
    }
    switch (fault->kind) {
    case Fault::Kind::Drop:
        qCInfo(lcSandbox) << "fault: dropping the connection after" << op;
        record.returnCode.clear();
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        break;
    case Fault::Kind::Delay: {
        qCInfo(lcSandbox) << "fault: answering" << op << "after" << fault->delayMs << "ms";
        if (transactionId != 0)
            m_busy.insert(transactionId);
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(fault->delayMs, this, [this, guard, transactionId, bytes = envelope(answer)] {
            m_busy.remove(transactionId);
            writeJson(guard.data(), bytes);
        });
        break;
    }
    case Fault::Kind::Garbage:
        writeJson(socket,
                  QByteArrayLiteral("{\"returnCode\":\"0000\",\"returnMessage\":\"Success.\",\"info\":{\"transact"));
        break;
    case Fault::Kind::Code:
        break;
    }
}

Answer SandboxServer::runApi(const QString &op, qint64 id, const QString &channelId, const QHttpServerRequest &request)
{
    const QDateTime now = m_clock.now();
    if (op == u"request")
        return m_ledger.request(channelId, request.body(), m_baseUrl.toString(), now, m_options.autoApprove);
    if (op == u"check")
        return m_ledger.check(channelId, id, now);
    if (op == u"confirm")
        return m_ledger.confirm(channelId, id, request.body(), now);
    if (op == u"capture")
        return m_ledger.capture(channelId, id, request.body(), now);
    if (op == u"void")
        return m_ledger.voidAuthorization(channelId, id, now);
    if (op == u"refund")
        return m_ledger.refund(channelId, id, request.body(), now);
    return m_ledger.details(channelId, request.url().query(QUrl::FullyEncoded).toUtf8(), now);
}

void SandboxServer::handlePage(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const QString token = request.query().queryItemValue(QStringLiteral("transactionReserveId"));
    const Transaction *tx = m_ledger.findByToken(token, m_clock.now());
    if (!tx) {
        writeHtml(socket,
                  messagePage(QStringLiteral("Payment not found"), QStringLiteral("This payment link is not valid.")),
                  404);
        return;
    }
    switch (tx->state) {
    case TxState::Requested:
        writeHtml(socket, waitPage(*tx, m_ledger.settings().merchantName, m_baseUrl.toString()));
        return;
    case TxState::Cancelled:
        writeHtml(socket,
                  messagePage(QStringLiteral("Payment cancelled"), QStringLiteral("This payment was cancelled.")));
        return;
    case TxState::ExpiredRequest:
        writeHtml(
            socket,
            messagePage(QStringLiteral("Payment expired"),
                        QStringLiteral("The time to approve this payment has run out. Ask the shop for a new one.")));
        return;
    default:
        writeHtml(socket, messagePage(QStringLiteral("Payment approved"),
                                      QStringLiteral("You have approved this payment. You can return to the shop.")));
    }
}

void SandboxServer::handleDecision(bool approve, const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (request.method() != Method::Post) {
        writeHtml(socket,
                  messagePage(QStringLiteral("Not allowed"), QStringLiteral("Use the buttons on the payment page.")),
                  405);
        return;
    }
    const QUrlQuery form(QString::fromUtf8(request.body()).replace(u'+', u' '));
    const QString token = form.queryItemValue(QStringLiteral("transactionReserveId"), QUrl::FullyDecoded);
    const QDateTime now = m_clock.now();
    const Status status = approve ? m_ledger.approve(token, now) : m_ledger.cancel(token, now);
    if (!status) {
        writeHtml(socket, messagePage(QStringLiteral("Payment not changed"), status.error().message), 400);
        return;
    }
    const Transaction *tx = m_ledger.findByToken(token, now);
    const LinePay::PaymentRequest &r = tx->request;
    const QString type = r.confirmUrlType.isEmpty() ? QStringLiteral("CLIENT") : r.confirmUrlType;
    const QString target = approve ? r.confirmUrl : r.cancelUrl;
    qCInfo(lcSandbox) << (approve ? "customer approved" : "customer cancelled") << tx->id;
    if (type == u"CLIENT" && !target.isEmpty()) {
        const QUrl url = withParameters(target, tx->id, r.orderId);
        writeResponse(socket, 303, "text/plain", QByteArray(), {{"Location", url.toEncoded()}});
        return;
    }
    if (type == u"SERVER" && approve && !target.isEmpty()) {
        // LINE Pay itself calls the merchant's confirmUrl; the customer sees a done page.
        QNetworkReply *reply = m_network->get(QNetworkRequest(withParameters(target, tx->id, r.orderId)));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    writeHtml(socket,
              approve
                  ? messagePage(QStringLiteral("Payment approved"),
                                QStringLiteral("You have approved this payment. You can return to the shop."))
                  : messagePage(QStringLiteral("Payment cancelled"), QStringLiteral("You cancelled this payment.")));
}

void SandboxServer::handleControl(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (!request.remoteAddress().isLoopback()) {
        writeJson(socket, QByteArrayLiteral("{\"error\":\"the control endpoint only answers this computer\"}"), 403);
        return;
    }
    const QString path = request.url().path();
    const QJsonObject body = QJsonDocument::fromJson(request.body()).object();
    if (path == u"/control/faults" && request.method() == Method::Post) {
        QList<Fault> faults;
        for (const QJsonValue &value : body.value(u"faults").toArray()) {
            Result<Fault> fault = parseFault(value.toString());
            if (!fault) {
                writeJson(
                    socket,
                    QJsonDocument(QJsonObject{{u"error"_s, fault.error().message}}).toJson(QJsonDocument::Compact),
                    400);
                return;
            }
            faults << *fault;
        }
        m_faults = faults;
    } else if (path == u"/control/clock" && request.method() == Method::Post) {
        m_clock.advance(body.value(u"advanceSeconds").toInteger());
    } else if (path == u"/control/reset" && request.method() == Method::Post) {
        resetCallCounts();
    } else if (path == u"/control/ledger" && request.method() == Method::Get) {
        writeJson(socket, m_ledger.toJson(m_clock.now()));
        return;
    } else if (path == u"/control/log" && request.method() == Method::Get) {
        QJsonArray log;
        for (const CallRecord &r : std::as_const(m_log)) {
            log.append(QJsonObject{{u"op"_s, r.op},
                                   {u"transactionId"_s, QString::number(r.transactionId)},
                                   {u"receivedMs"_s, r.receivedMs},
                                   {u"returnCode"_s, r.returnCode}});
        }
        writeJson(socket, QJsonDocument(QJsonObject{{u"calls"_s, log}}).toJson(QJsonDocument::Compact));
        return;
    } else if (path != u"/control/stats") {
        writeJson(socket, QByteArrayLiteral("{\"error\":\"unknown control path\"}"), 404);
        return;
    }
    QJsonObject calls;
    int total = 0;
    for (auto it = m_calls.cbegin(); it != m_calls.cend(); ++it) {
        calls.insert(it.key(), it.value());
        total += it.value();
    }
    calls.insert(u"total"_s, total);
    QJsonArray faults;
    for (const Fault &f : std::as_const(m_faults))
        faults.append(f.toString());
    const QJsonObject stats{{u"calls"_s, calls},
                            {u"faults"_s, faults},
                            {u"clockOffsetSeconds"_s, m_clock.offsetSeconds()},
                            {u"now"_s, m_clock.now().toString(Qt::ISODate)}};
    writeJson(socket, QJsonDocument(stats).toJson(QJsonDocument::Compact));
}

} // namespace PayDesk::Sandbox
