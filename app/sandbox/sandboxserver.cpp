#include "app/sandbox/sandboxserver.h"

#include <optional>
#include <variant>

#include <QDateTime>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInterface>
#include <QNetworkReply>
#include <QPointer>
#include <QRegularExpression>
#include <QTcpServer>
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

// {"error":"…"}: how the control endpoint and the HTTP layer refuse, apart from LINE Pay's envelopes.
void writeError(QTcpSocket *socket, int status, const QString &sentence,
                const QList<std::pair<QByteArray, QByteArray>> &headers = {})
{
    writeResponse(socket, status, "application/json;charset=UTF-8",
                  QJsonDocument(QJsonObject{{u"error"_s, sentence}}).toJson(QJsonDocument::Compact), headers);
}

void writeBadRequest(QTcpSocket *socket)
{
    writeError(socket, 400, u"The request is not well-formed HTTP/1.1."_s, {{"Connection", "close"}});
}

// QHttpServer 6.4 closes the connection without a word when its parser refuses a request
// (QAbstractHttpServerPrivate::handleReadyRead() calls disconnectFromHost()), so its sockets are
// of this type, which answers 400 first. A request counts as answered once anything was written
// after its bytes arrived.
class AnsweringSocket final : public QTcpSocket
{
public:
    explicit AnsweringSocket(QObject *parent) : QTcpSocket(parent)
    {
        // Connected before QAbstractHttpServer's own handler, so it runs first for every chunk.
        connect(this, &QIODevice::readyRead, this, [this] { m_answered = false; });
    }

    void disconnectFromHost() override
    {
        // Only while the server reads a request (its transaction is open) on a whole connection:
        // not after abort() or close(), nor when the peer closed it.
        if (!m_answered && isOpen() && isTransactionStarted() && state() == ConnectedState &&
            error() != RemoteHostClosedError)
            writeBadRequest(this);
        QTcpSocket::disconnectFromHost();
    }

protected:
    qint64 writeData(const char *data, qint64 size) override
    {
        m_answered = true;
        return QTcpSocket::writeData(data, size);
    }

private:
    bool m_answered = false;
};

class AnsweringTcpServer final : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new AnsweringSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        addPendingConnection(socket);
    }
};

bool isWildcard(const QHostAddress &address)
{
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    if (isIpv4)
        return ipv4 == 0;
    return address == QHostAddress(QHostAddress::AnyIPv6) || address == QHostAddress(QHostAddress::Any);
}

bool isLoopbackPeer(const QHostAddress &address)
{
    // A dual-stack socket sees 127.0.0.1 as ::ffff:127.0.0.1.
    bool isIpv4 = false;
    const quint32 ipv4 = address.toIPv4Address(&isIpv4);
    return isIpv4 ? QHostAddress(ipv4).isLoopback() : address.isLoopback();
}

// A Host header's name (an [IPv6] keeps its brackets) and port, -1 when it names none.
struct HostHeader
{
    QString name;
    int port = -1;

    QHostAddress address() const { return QHostAddress(name.startsWith(u'[') ? name.mid(1, name.size() - 2) : name); }
};

std::optional<HostHeader> parseHostHeader(const QByteArray &value)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?)(?::([0-9]{1,5}))?$"));
    const QRegularExpressionMatch match = pattern.match(QString::fromLatin1(value));
    if (!match.hasMatch())
        return std::nullopt;
    HostHeader host{match.captured(1), match.hasCaptured(2) ? match.captured(2).toInt() : -1};
    if (host.port > 65535 || (host.name.startsWith(u'[') && host.address().isNull()))
        return std::nullopt;
    return host;
}

// The Host names a page of this computer can be asked for; a rebound DNS name is none of them.
bool isLoopbackHost(const QByteArray &value)
{
    const std::optional<HostHeader> host = parseHostHeader(value);
    return host && (host->name == u"127.0.0.1" || host->name == u"[::1]" ||
                    host->name.compare(u"localhost", Qt::CaseInsensitive) == 0);
}

bool isJsonContentType(const QByteArray &value)
{
    return value.split(';').constFirst().trimmed().toLower() == "application/json";
}

QHostAddress firstInterfaceAddress()
{
    const auto wanted = QNetworkInterface::IsUp | QNetworkInterface::IsRunning;
    for (const QNetworkInterface &interface : QNetworkInterface::allInterfaces()) {
        if ((interface.flags() & wanted) != wanted || interface.flags().testFlag(QNetworkInterface::IsLoopBack))
            continue;
        for (const QNetworkAddressEntry &entry : interface.addressEntries()) {
            const QHostAddress ip = entry.ip();
            if (ip.protocol() == QAbstractSocket::IPv4Protocol && !ip.isLoopback() && !ip.isLinkLocal())
                return ip;
        }
    }
    return QHostAddress(QHostAddress::LocalHost);
}

// Ten years, with the three leap days they may hold, either way; further is a typo, not a test.
constexpr qint64 kMaxClockOffsetSeconds = qint64(3653) * 24 * 3600;

// A control request's JSON object, refused when it is not one or has a field the path does not
// take. An empty body is an empty object when emptyIsObject.
std::variant<QJsonObject, QString> controlObject(const QByteArray &body, const QStringList &fields,
                                                 bool emptyIsObject = false)
{
    if (emptyIsObject && body.trimmed().isEmpty())
        return QJsonObject();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return u"The body must be a JSON object."_s;
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!fields.contains(it.key())) {
            return fields.isEmpty()
                       ? u"Unknown field \"%1\": this control path takes no fields."_s.arg(it.key())
                       : u"Unknown field \"%1\": this control path takes only %2."_s.arg(it.key(), fields.join(u", "));
        }
    }
    return object;
}

// advanceSeconds exactly as written: an integer JSON number within ±kMaxClockOffsetSeconds.
std::variant<qint64, QString> readAdvanceSeconds(const QByteArray &body, const QJsonObject &object)
{
    const QString sentence = u"advanceSeconds must be a whole number of seconds (a JSON integer) between -%1 and %1, "
                             u"that is, at most 10 years."_s.arg(kMaxClockOffsetSeconds);
    if (!object.value(u"advanceSeconds").isDouble())
        return sentence;
    // The double QJsonDocument made of it may have rounded; parseExact keeps the text.
    static const QRegularExpression integer(QStringLiteral("^-?[0-9]{1,18}$"));
    const QString text = LinePay::parseExact(body).object().value(u"advanceSeconds").toString();
    if (!integer.match(text).hasMatch())
        return sentence;
    const qint64 seconds = text.toLongLong();
    if (seconds < -kMaxClockOffsetSeconds || seconds > kMaxClockOffsetSeconds)
        return sentence;
    return seconds;
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
    auto *tcpServer = new AnsweringTcpServer(this);
    if (!tcpServer->listen(address, port)) {
        const QString problem = QStringLiteral("Cannot listen on %1:%2: %3")
                                    .arg(address.toString())
                                    .arg(port)
                                    .arg(tcpServer->errorString());
        delete tcpServer;
        return problem;
    }
    const quint16 bound = tcpServer->serverPort();
    bind(tcpServer);
    m_listenAddress = address;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(bound);
    m_baseUrl = url;
    return {};
}

QUrl SandboxServer::customerBaseUrl(const QHttpServerRequest &request) const
{
    if (!isWildcard(m_listenAddress))
        return m_baseUrl;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const std::optional<HostHeader> host = parseHostHeader(request.value("Host"));
    if (host && !isWildcard(host->address())) {
        url.setAuthority(host->name + (host->port < 0 ? QString() : u':' + QString::number(host->port)));
        if (url.isValid())
            return url;
    }
    url.setAuthority(QString());
    url.setHost(firstInterfaceAddress().toString());
    url.setPort(m_baseUrl.port());
    return url;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // What QHttpServer 6.4's parser lets through although it is no HTTP request: an unknown or
    // mangled method, a target that is not a path ("hello world HTTP/1.1").
    if (request.method() == Method::Unknown || !request.url().isValid() || !request.url().path().startsWith(u'/')) {
        writeBadRequest(socket);
        socket->disconnectFromHost();
        return true;
    }
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
        return m_ledger.request(channelId, request.body(), customerBaseUrl(request).toString(), now,
                                m_options.autoApprove);
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
        writeHtml(socket, waitPage(*tx, m_ledger.settings().merchantName, customerBaseUrl(request).toString()));
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
    // A web page in the shop owner's browser reaches 127.0.0.1 too. It can POST text/plain or a
    // form there without asking (a CORS "simple request"), and read answers through a DNS name it
    // rebinds to 127.0.0.1. JSON and a loopback Host are what such a page cannot send.
    if (!isLoopbackPeer(request.remoteAddress())) {
        writeError(socket, 403, u"The control endpoint only answers this computer."_s);
        return;
    }
    if (!isLoopbackHost(request.value("Host"))) {
        writeError(socket, 403, u"The control endpoint only answers requests for 127.0.0.1, [::1] or localhost."_s);
        return;
    }
    static const QHash<QString, Method> methods = {
        {u"/control/stats"_s, Method::Get},   {u"/control/log"_s, Method::Get},    {u"/control/ledger"_s, Method::Get},
        {u"/control/faults"_s, Method::Post}, {u"/control/clock"_s, Method::Post}, {u"/control/reset"_s, Method::Post},
    };
    const QString path = request.url().path();
    const auto method = methods.constFind(path);
    if (method == methods.cend()) {
        writeError(socket, 404, u"Unknown control path."_s);
        return;
    }
    const QByteArray allowed = *method == Method::Get ? "GET" : "POST";
    if (request.method() != *method) {
        writeError(socket, 405, u"%1 takes only %2."_s.arg(path, QString::fromLatin1(allowed)), {{"Allow", allowed}});
        return;
    }
    if (*method == Method::Post && !isJsonContentType(request.value("Content-Type"))) {
        writeError(socket, 403, u"Control requests must be sent with Content-Type: application/json."_s);
        return;
    }
    runControl(path, request, socket);
}

void SandboxServer::runControl(const QString &path, const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (path == u"/control/faults") {
        const auto object = controlObject(request.body(), {u"faults"_s});
        if (const QString *problem = std::get_if<QString>(&object)) {
            writeError(socket, 400, *problem);
            return;
        }
        const QJsonValue list = std::get<QJsonObject>(object).value(u"faults");
        if (!list.isArray()) {
            writeError(socket, 400, u"faults must be a list of OP:KIND strings, e.g. [\"refund:drop\"]."_s);
            return;
        }
        QList<Fault> faults;
        for (const QJsonValue &value : list.toArray()) {
            Result<Fault> fault = value.isString() ? parseFault(value.toString())
                                                   : Result<Fault>(badInput(u"each fault must be a string"_s));
            if (!fault) {
                writeError(socket, 400, fault.error().message);
                return;
            }
            faults << *fault;
        }
        m_faults = faults;
    } else if (path == u"/control/clock") {
        const auto object = controlObject(request.body(), {u"advanceSeconds"_s});
        if (const QString *problem = std::get_if<QString>(&object)) {
            writeError(socket, 400, *problem);
            return;
        }
        const auto seconds = readAdvanceSeconds(request.body(), std::get<QJsonObject>(object));
        if (const QString *problem = std::get_if<QString>(&seconds)) {
            writeError(socket, 400, *problem);
            return;
        }
        qint64 offset = 0;
        if (__builtin_add_overflow(m_clock.offsetSeconds(), std::get<qint64>(seconds), &offset) ||
            offset < -kMaxClockOffsetSeconds || offset > kMaxClockOffsetSeconds) {
            writeError(socket, 400,
                       u"The sandbox clock may be at most %1 seconds (10 years) from the real time; it is %2 seconds "
                       u"off now."_s.arg(kMaxClockOffsetSeconds)
                           .arg(m_clock.offsetSeconds()));
            return;
        }
        m_clock.advance(std::get<qint64>(seconds));
    } else if (path == u"/control/reset") {
        const auto object = controlObject(request.body(), {}, true);
        if (const QString *problem = std::get_if<QString>(&object)) {
            writeError(socket, 400, *problem);
            return;
        }
        resetCallCounts();
    } else if (path == u"/control/ledger") {
        writeJson(socket, m_ledger.toJson(m_clock.now()));
        return;
    } else if (path == u"/control/log") {
        QJsonArray log;
        for (const CallRecord &r : std::as_const(m_log)) {
            log.append(QJsonObject{{u"op"_s, r.op},
                                   {u"transactionId"_s, QString::number(r.transactionId)},
                                   {u"receivedMs"_s, r.receivedMs},
                                   {u"returnCode"_s, r.returnCode}});
        }
        writeJson(socket, QJsonDocument(QJsonObject{{u"calls"_s, log}}).toJson(QJsonDocument::Compact));
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
