#pragma once

#include <memory>

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include "app/domain/clock.h"
#include "app/linepay/client.h"
#include "app/payments/paymentservice.h"
#include "app/storage/database.h"
#include "tests/support/sandboxfixture.h"

namespace PayDesk::Test {

// What most suites stand on: a real sandbox on a loopback port, a new SQLite file in a temporary
// folder, a LINE Pay client to the sandbox and a payment service whose time the test moves.
// Members are built in the order they are declared and destroyed in reverse.
class ServiceFixture
{
public:
    explicit ServiceFixture(Sandbox::SandboxOptions options = {});
    ~ServiceFixture();

    // A second client to the same sandbox, for calls made outside PayDesk (LINE Pay Merchant Center).
    std::unique_ptr<LinePay::Client> newClient();
    // A TWD order of two 150 teas (or `items` when given), created through the service.
    Order newOrder(QList<LineItem> items = {}, const QString &customer = QString());

    SandboxFixture sandbox;
    QTemporaryDir dir;
    std::unique_ptr<Storage::Database> db;
    QNetworkAccessManager network;
    std::unique_ptr<LinePay::Client> client;
    // The service's clock: system time plus an offset the test advances (the sandbox has its own).
    OffsetClock clock;
    std::unique_ptr<PaymentService> service;
};

} // namespace PayDesk::Test
