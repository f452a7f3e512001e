#include <QTest>

#include "app/domain/money.h"

using namespace PayDesk;
using namespace Qt::StringLiterals;

class TestMoney final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesWhatTheCurrencyHolds_data();
    void parsesWhatTheCurrencyHolds();
    void refusesWhatTheCurrencyCannotHold_data();
    void refusesWhatTheCurrencyCannotHold();
    void formatsWithTheCurrencyDigits_data();
    void formatsWithTheCurrencyDigits();
    void jsonNumbersDropTrailingZeros();
    void arithmeticRefusesMixedCurrenciesAndOverflow();
};

void TestMoney::parsesWhatTheCurrencyHolds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<qint64>("minor");
    QTest::newRow("TWD whole") << u"120"_s << u"TWD"_s << qint64(120);
    QTest::newRow("TWD padded") << u" 300 "_s << u"TWD"_s << qint64(300);
    QTest::newRow("JPY legacy") << u"1000"_s << u"JPY"_s << qint64(1000);
    QTest::newRow("THB two decimals") << u"12.50"_s << u"THB"_s << qint64(1250);
    QTest::newRow("THB one decimal") << u"12.5"_s << u"THB"_s << qint64(1250);
    QTest::newRow("USD whole") << u"7"_s << u"USD"_s << qint64(700);
    QTest::newRow("USD cents") << u"0.01"_s << u"USD"_s << qint64(1);
    QTest::newRow("negative") << u"-20"_s << u"TWD"_s << qint64(-20);
    QTest::newRow("largest TWD") << u"999999999999999999"_s << u"TWD"_s << qint64(999999999999999999);
}

void TestMoney::parsesWhatTheCurrencyHolds()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(qint64, minor);
    const Result<Money> money = Money::parse(text, currency);
    QVERIFY2(money.ok(), qPrintable(money.ok() ? QString() : money.error().message));
    QCOMPARE(money->minorUnits(), minor);
    QCOMPARE(money->currency(), currency);
}

void TestMoney::refusesWhatTheCurrencyCannotHold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::newRow("TWD decimals") << u"12.5"_s << u"TWD"_s;
    QTest::newRow("TWD zero decimals") << u"12.0"_s << u"TWD"_s;
    QTest::newRow("THB three decimals") << u"1.005"_s << u"THB"_s;
    QTest::newRow("empty") << u""_s << u"TWD"_s;
    QTest::newRow("letters") << u"12a"_s << u"TWD"_s;
    QTest::newRow("exponent") << u"1e3"_s << u"TWD"_s;
    QTest::newRow("plus sign") << u"+5"_s << u"TWD"_s;
    QTest::newRow("comma") << u"1,000"_s << u"TWD"_s;
    QTest::newRow("dot only") << u"."_s << u"THB"_s;
    QTest::newRow("trailing dot") << u"5."_s << u"THB"_s;
    QTest::newRow("leading dot") << u".5"_s << u"THB"_s;
    QTest::newRow("too large") << u"9999999999999999999"_s << u"TWD"_s;
    QTest::newRow("too large with cents") << u"99999999999999999"_s << u"USD"_s;
    QTest::newRow("unknown currency") << u"10"_s << u"EUR"_s;
    QTest::newRow("full-width digits") << u"１２"_s << u"TWD"_s;
}

void TestMoney::refusesWhatTheCurrencyCannotHold()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    const Result<Money> money = Money::parse(text, currency);
    QVERIFY(!money.ok());
    QVERIFY(!money.error().message.isEmpty());
}

void TestMoney::formatsWithTheCurrencyDigits_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("text");
    QTest::newRow("TWD") << qint64(300) << u"TWD"_s << u"300"_s;
    QTest::newRow("THB") << qint64(1250) << u"THB"_s << u"12.50"_s;
    QTest::newRow("USD cents") << qint64(5) << u"USD"_s << u"0.05"_s;
    QTest::newRow("negative THB") << qint64(-1250) << u"THB"_s << u"-12.50"_s;
    QTest::newRow("smallest") << std::numeric_limits<qint64>::min() << u"TWD"_s << u"-9223372036854775808"_s;
}

void TestMoney::formatsWithTheCurrencyDigits()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, text);
    QCOMPARE(Money(minor, currency).toDecimalString(), text);
}

void TestMoney::jsonNumbersDropTrailingZeros()
{
    QCOMPARE(Money(1250, u"THB"_s).toJsonNumber(), u"12.5"_s);
    QCOMPARE(Money(1200, u"THB"_s).toJsonNumber(), u"12"_s);
    QCOMPARE(Money(100, u"TWD"_s).toJsonNumber(), u"100"_s);
    QCOMPARE(Money::fromJsonNumber(u"12.5", u"THB"_s)->minorUnits(), qint64(1250));
    QCOMPARE(Money::fromJsonNumber(u"100.00", u"TWD"_s)->minorUnits(), qint64(100));
    QVERIFY(!Money::fromJsonNumber(u"100.5", u"TWD"_s).ok());
    QVERIFY(!Money::fromJsonNumber(u"1.0E2", u"TWD"_s).ok());
}

void TestMoney::arithmeticRefusesMixedCurrenciesAndOverflow()
{
    QCOMPARE(add(Money(1, u"TWD"_s), Money(2, u"TWD"_s))->minorUnits(), qint64(3));
    QVERIFY(!add(Money(1, u"TWD"_s), Money(2, u"THB"_s)).ok());
    QVERIFY(!add(Money(std::numeric_limits<qint64>::max(), u"TWD"_s), Money(1, u"TWD"_s)).ok());
    QVERIFY(!multiply(Money(std::numeric_limits<qint64>::max() / 2, u"TWD"_s), 3).ok());
    QCOMPARE(subtract(Money(10, u"TWD"_s), Money(4, u"TWD"_s))->minorUnits(), qint64(6));
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
