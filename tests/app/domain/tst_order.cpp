#include <QTest>

#include "app/domain/order.h"

using namespace PayDesk;
using namespace Qt::StringLiterals;

class TestOrder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totalSumsQuantityTimesPrice();
    void validateExplainsWhatIsWrong_data();
    void validateExplainsWhatIsWrong();
    void refundableIsCapturedMinusRefunded();
};

namespace {

Order sampleOrder()
{
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"Coffee"_s, 2, Money(120, u"TWD"_s)}, {u"Cake"_s, 1, Money(60, u"TWD"_s)}};
    return order;
}

} // namespace

void TestOrder::totalSumsQuantityTimesPrice()
{
    const Order order = sampleOrder();
    QCOMPARE(order.total()->minorUnits(), qint64(300));
    QVERIFY(order.validate().ok());
    QCOMPARE(order.itemsSummary(), u"2 × Coffee, Cake"_s);
}

void TestOrder::validateExplainsWhatIsWrong_data()
{
    QTest::addColumn<Order>("order");
    Order noItems = sampleOrder();
    noItems.items.clear();
    QTest::newRow("no items") << noItems;
    Order blankName = sampleOrder();
    blankName.items[0].name = u"  "_s;
    QTest::newRow("blank item name") << blankName;
    Order zeroQuantity = sampleOrder();
    zeroQuantity.items[0].quantity = 0;
    QTest::newRow("zero quantity") << zeroQuantity;
    Order freeItem = sampleOrder();
    freeItem.items[1].unitPrice = Money(0, u"TWD"_s);
    QTest::newRow("zero price") << freeItem;
    Order mixed = sampleOrder();
    mixed.items[1].unitPrice = Money(60, u"THB"_s);
    QTest::newRow("mixed currencies") << mixed;
    Order euro = sampleOrder();
    euro.currency = u"EUR"_s;
    QTest::newRow("unsupported currency") << euro;
    Order huge = sampleOrder();
    huge.items[0].unitPrice = Money(std::numeric_limits<qint64>::max() / 2, u"TWD"_s);
    QTest::newRow("overflowing total") << huge;
}

void TestOrder::validateExplainsWhatIsWrong()
{
    QFETCH(Order, order);
    const Status status = order.validate();
    QVERIFY(!status.ok());
    QVERIFY(!status.error().message.isEmpty());
}

void TestOrder::refundableIsCapturedMinusRefunded()
{
    Payment payment;
    payment.amount = Money(300, u"TWD"_s);
    payment.captured = Money(300, u"TWD"_s);
    payment.refunded = Money(120, u"TWD"_s);
    QCOMPARE(payment.refundable().minorUnits(), qint64(180));
}

QTEST_GUILESS_MAIN(TestOrder)
#include "tst_order.moc"
