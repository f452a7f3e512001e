#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "app/linepay/client.h"
#include "app/payments/paymentservice.h"
#include "app/sandbox/sandboxserver.h"

namespace PayDesk::Test {

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray location;
};

// A real sandbox server on a free loopback port, plus what a customer's browser does with it.
class SandboxFixture
{
public:
    explicit SandboxFixture(Sandbox::SandboxOptions options = {});
    ~SandboxFixture();

    Sandbox::SandboxServer &server() { return *m_server; }
    QUrl baseUrl() const { return m_server->baseUrl(); }
    LinePay::ClientConfig clientConfig() const;

    HttpAnswer get(const QUrl &url);
    HttpAnswer postForm(const QUrl &url, const QByteArray &form);
    // Presses Approve or Cancel on the customer page behind a paymentUrl.web.
    HttpAnswer approve(const QString &paymentUrl);
    HttpAnswer cancel(const QString &paymentUrl);
    int calls(const QString &operation) const { return m_server->callCounts().value(operation); }

private:
    HttpAnswer wait(class QNetworkReply *reply);

    QNetworkAccessManager m_browser;
    std::unique_ptr<Sandbox::SandboxServer> m_server;
};

// Waits for a client call or a service operation to finish.
LinePay::CallResult waitFor(LinePay::Call *call);
OperationOutcome waitFor(PendingOperation *operation);

QString reserveToken(const QString &paymentUrl);

} // namespace PayDesk::Test
