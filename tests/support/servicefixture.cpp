#include "tests/support/servicefixture.h"

namespace PayDesk::Test {

ServiceFixture::ServiceFixture(Sandbox::SandboxOptions options) : sandbox(std::move(options))
{
    if (!dir.isValid())
        qFatal("no temporary folder: %s", qPrintable(dir.errorString()));
    Result<std::unique_ptr<Storage::Database>> opened =
        Storage::Database::open(dir.filePath(QStringLiteral("shop.db")));
    if (!opened)
        qFatal("database: %s", qPrintable(opened.error().message));
    db = std::move(*opened);
    client = newClient();
    service = std::make_unique<PaymentService>(*db, client.get(), clock, QStringLiteral("owner"));
}

ServiceFixture::~ServiceFixture()
{
    service.reset();
    client.reset();
    db.reset();
}

std::unique_ptr<LinePay::Client> ServiceFixture::newClient()
{
    return std::make_unique<LinePay::Client>(&network, sandbox.clientConfig());
}

Order ServiceFixture::newOrder(QList<LineItem> items, const QString &customer)
{
    Order order;
    order.currency = items.isEmpty() ? QStringLiteral("TWD") : items.first().unitPrice.currency();
    order.customerName = customer;
    order.items = items.isEmpty() ? QList<LineItem>{{QStringLiteral("Tea"), 2, Money(150, QStringLiteral("TWD"))}}
                                  : std::move(items);
    Result<Order> created = service->createOrder(order);
    if (!created)
        qFatal("createOrder: %s", qPrintable(created.error().message));
    return *created;
}

} // namespace PayDesk::Test
