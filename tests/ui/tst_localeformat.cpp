#include <limits>

#include <QRegularExpression>
#include <QTest>

#include "app/reports/localeformat.h"

using namespace PayDesk;
using namespace Qt::StringLiterals;

// Every date and time the window prints, in each language PayDesk speaks, on Qt 6.4.
class TestLocaleFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { setThaiBuddhistEra(true); }
    void everyFormatRendersWithoutStrayPatternLetters_data();
    void everyFormatRendersWithoutStrayPatternLetters();
    void shortDatesAsEachLanguageWritesThem_data();
    void shortDatesAsEachLanguageWritesThem();
    void thaiBuddhistEraCanBeSwitchedOff();
    void amountsAreGroupedWithoutADouble();
};

namespace {

const QDateTime kEvening(QDate(2026, 11, 29), QTime(19, 29)); // local time

} // namespace

void TestLocaleFormat::everyFormatRendersWithoutStrayPatternLetters_data()
{
    QTest::addColumn<QString>("locale");
    for (const char *name : {"zh_TW", "th_TH", "ja_JP"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

void TestLocaleFormat::everyFormatRendersWithoutStrayPatternLetters()
{
    // In these languages no Latin letter belongs in a date or a time: one that appears is a
    // pattern field Qt did not understand (Qt 6.4 prints the "B" of zh_TW as a literal B).
    QFETCH(QString, locale);
    const QLocale l(locale);
    const QStringList rendered = {
        formatDateTime(kEvening, DateStyle::Short, l),
        formatDateTime(kEvening, DateStyle::Long, l),
    };
    static const QRegularExpression latin(u"[A-Za-z]"_s);
    for (const QString &text : rendered)
        QVERIFY2(!text.contains(latin) && !text.isEmpty(), qPrintable(text));
}

void TestLocaleFormat::shortDatesAsEachLanguageWritesThem_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en_US"_s << u"11/29/26 7:29 PM"_s;
    QTest::newRow("zh_TW") << u"zh_TW"_s << u"2026/11/29 下午7:29"_s;
    QTest::newRow("th: Buddhist Era") << u"th_TH"_s << u"29/11/2569 19:29"_s;
    QTest::newRow("ja") << u"ja_JP"_s << u"2026/11/29 19:29"_s;
}

void TestLocaleFormat::shortDatesAsEachLanguageWritesThem()
{
    QFETCH(QString, locale);
    QFETCH(QString, expected);
    QCOMPARE(formatDateTime(kEvening, DateStyle::Short, QLocale(locale)), expected);
}

void TestLocaleFormat::thaiBuddhistEraCanBeSwitchedOff()
{
    const QLocale thai(u"th_TH"_s);
    QVERIFY(formatDateTime(kEvening, DateStyle::Long, thai).contains(u"2569"_s));
    setThaiBuddhistEra(false);
    QCOMPARE(formatDateTime(kEvening, DateStyle::Short, thai), u"29/11/26 19:29"_s);
    QVERIFY(formatDateTime(kEvening, DateStyle::Long, thai).contains(u"2026"_s));
}

void TestLocaleFormat::amountsAreGroupedWithoutADouble()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QCOMPARE(formatMoney(Money(1234567, u"TWD"_s), english), u"TWD 1,234,567"_s);
    QCOMPARE(formatMoney(Money(123450, u"THB"_s), english), u"THB 1,234.50"_s);
    QCOMPARE(formatMoney(Money(-5, u"USD"_s), english), u"USD -0.05"_s);
    QCOMPARE(formatAmount(Money(0, u"THB"_s), english), u"0.00"_s);
    // The largest amount a qint64 holds, digit for digit (a double would round it).
    QCOMPARE(formatAmount(Money(std::numeric_limits<qint64>::max(), u"TWD"_s), english),
             u"9,223,372,036,854,775,807"_s);
    QCOMPARE(formatAmount(Money(std::numeric_limits<qint64>::min(), u"TWD"_s), english),
             u"-9,223,372,036,854,775,808"_s);
    QCOMPARE(formatMoney(Money(1234567, u"TWD"_s), QLocale(u"zh_TW"_s)), u"TWD 1,234,567"_s);
    QCOMPARE(formatMoney(Money(123450, u"THB"_s), QLocale(u"th"_s)), u"THB 1,234.50"_s);
    QCOMPARE(formatMoney(Money(123450, u"USD"_s), QLocale(QLocale::German)), u"USD 1.234,50"_s);
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
