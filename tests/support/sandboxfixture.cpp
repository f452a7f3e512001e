#include "tests/support/sandboxfixture.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace PayDesk::Test {

SandboxFixture::SandboxFixture(Sandbox::SandboxOptions options)
    : m_server(std::make_unique<Sandbox::SandboxServer>(std::move(options)))
{
    const QString problem = m_server->start(QHostAddress::LocalHost, 0);
    if (!problem.isEmpty())
        qFatal("sandbox did not start: %s", qPrintable(problem));
}

SandboxFixture::~SandboxFixture() = default;

LinePay::ClientConfig SandboxFixture::clientConfig() const
{
    const Sandbox::Channel channel = Sandbox::defaultChannel();
    LinePay::ClientConfig config;
    config.baseUrl = baseUrl();
    config.channelId = channel.id;
    config.channelSecret = channel.secret;
    return config;
}

HttpAnswer SandboxFixture::wait(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->rawHeader("Location")};
    reply->deleteLater();
    return answer;
}

HttpAnswer SandboxFixture::get(const QUrl &url)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return wait(m_browser.get(request));
}

HttpAnswer SandboxFixture::postForm(const QUrl &url, const QByteArray &form)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return wait(m_browser.post(request, form));
}

QString reserveToken(const QString &paymentUrl)
{
    return QUrlQuery(QUrl(paymentUrl)).queryItemValue(QStringLiteral("transactionReserveId"));
}

HttpAnswer SandboxFixture::approve(const QString &paymentUrl)
{
    const HttpAnswer page = get(QUrl(paymentUrl));
    if (page.status != 200 || !page.body.contains("id=\"approve\""))
        return page;
    return postForm(baseUrl().resolved(QUrl(QStringLiteral("/web/payment/approve"))),
                    "transactionReserveId=" + QUrl::toPercentEncoding(reserveToken(paymentUrl)));
}

HttpAnswer SandboxFixture::cancel(const QString &paymentUrl)
{
    const HttpAnswer page = get(QUrl(paymentUrl));
    if (page.status != 200 || !page.body.contains("id=\"cancel\""))
        return page;
    return postForm(baseUrl().resolved(QUrl(QStringLiteral("/web/payment/cancel"))),
                    "transactionReserveId=" + QUrl::toPercentEncoding(reserveToken(paymentUrl)));
}

namespace {

// Runs the event loop until `sender` emits `signal`, and returns what it carried.
template <typename Sender, typename Value> Value waitForSignal(Sender *sender, void (Sender::*signal)(const Value &))
{
    Value result;
    bool finished = false;
    QEventLoop loop;
    QObject::connect(sender, signal, &loop, [&](const Value &value) {
        result = value;
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(90000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!finished)
        qFatal("no answer within 90 s");
    return result;
}

} // namespace

LinePay::CallResult waitFor(LinePay::Call *call)
{
    return waitForSignal(call, &LinePay::Call::finished);
}

OperationOutcome waitFor(PendingOperation *operation)
{
    return waitForSignal(operation, &PendingOperation::finished);
}

} // namespace PayDesk::Test
