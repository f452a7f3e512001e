#include <QApplication>
#include <QLabel>
#include <QTest>

#include "ui/neworderdialog.h"
#include "ui/palette.h"

using namespace PayDesk;
using namespace PayDesk::Ui;
using namespace Qt::StringLiterals;

namespace {

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xee, 0xee, 0xee));
    return dark;
}

QPalette lightPalette()
{
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    light.setColor(QPalette::WindowText, Qt::black);
    return light;
}

} // namespace

class TestPalette final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastFollowsWcag();
    void badgesReadInWhite();
    void textReadsOnLightAndDarkThemes_data();
    void textReadsOnLightAndDarkThemes();
    void dialogErrorsFollowTheTheme();
    void aNoticeAfterAnErrorIsNoLongerRed();
};

void TestPalette::contrastFollowsWcag()
{
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 10), 210);
    QCOMPARE(contrastRatio(QColor(0x77, 0x77, 0x77), QColor(0x77, 0x77, 0x77)), 1.0);
    // #767676 on white is the well-known 4.54:1.
    QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
}

void TestPalette::badgesReadInWhite()
{
    for (PaymentState state : allPaymentStates())
        QVERIFY2(contrastRatio(stateBadgeColor(state), Qt::white) >= 4.5, qPrintable(stateName(state)));
    QVERIFY(contrastRatio(busyElsewhereBadgeColor(), Qt::white) >= 4.5);
}

void TestPalette::textReadsOnLightAndDarkThemes_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << lightPalette() << false;
    QTest::newRow("dark") << darkPalette() << true;
}

void TestPalette::textReadsOnLightAndDarkThemes()
{
    QFETCH(QPalette, palette);
    QFETCH(bool, dark);
    QCOMPARE(isDark(palette), dark);
    const QColor window = palette.color(QPalette::Window);
    QVERIFY(contrastRatio(errorTextColor(palette), window) >= 4.5);
    QVERIFY(contrastRatio(warningTextColor(palette), window) >= 4.5);
    for (bool error : {false, true}) {
        const MessageColors colors = messageColors(palette, error);
        QVERIFY(contrastRatio(colors.text, colors.background) >= 4.5);
    }
}

void TestPalette::dialogErrorsFollowTheTheme()
{
    // A new order starts with a sentence saying what is missing, in a colour of the theme.
    for (const QPalette &palette : {lightPalette(), darkPalette()}) {
        QApplication::setPalette(palette);
        NewOrderDialog dialog;
        auto *error = dialog.findChild<QLabel *>(u"errorLabel"_s);
        QVERIFY(!error->text().isEmpty());
        const QColor text = error->palette().color(QPalette::WindowText);
        QCOMPARE(text, errorTextColor(palette));
        QVERIFY(contrastRatio(text, dialog.palette().color(QPalette::Window)) >= 4.5);
    }
}

void TestPalette::aNoticeAfterAnErrorIsNoLongerRed()
{
    QWidget dialog;
    auto *notice = new QLabel(&dialog);
    const QColor normal = notice->palette().color(QPalette::WindowText);
    showNotice(notice, u"Wrong PIN"_s, true);
    QCOMPARE(noticeText(notice), u"Wrong PIN"_s);
    QCOMPARE(notice->palette().color(QPalette::WindowText), errorTextColor(dialog.palette()));
    showNotice(notice, u"Saved."_s, false);
    QCOMPARE(notice->palette().color(QPalette::WindowText), normal);
    showNotice(notice, QString(), false);
    QCOMPARE(noticeText(notice), QString());
}

QTEST_MAIN(TestPalette)
#include "tst_palette.moc"
