#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

// The icons in resources/: every SVG draws, and the application icon's PNG sizes are renderings
// of the SVG as it is now. With PAYDESK_WRITE_ICONS=1 the test writes the PNGs instead
// (script/render-icons).
class TestIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySvgDraws();
    void applicationIconPngsMatchTheSvg_data();
    void applicationIconPngsMatchTheSvg();
};

namespace {

const QString kIcons = QStringLiteral(PAYDESK_SOURCE_DIR "/resources/icons");

QImage render(const QString &svg, int size)
{
    QSvgRenderer renderer(svg);
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    painter.end();
    return image.convertToFormat(QImage::Format_ARGB32);
}

} // namespace

void TestIcons::everySvgDraws()
{
    const QStringList svgs = QDir(kIcons).entryList({u"*.svg"_s});
    QVERIFY(svgs.size() >= 15);
    for (const QString &name : svgs) {
        QSvgRenderer renderer(kIcons + u'/' + name);
        QVERIFY2(renderer.isValid(), qPrintable(name));
        const QImage image = render(kIcons + u'/' + name, 24);
        int drawn = 0;
        for (int y = 0; y < 24; ++y)
            for (int x = 0; x < 24; ++x)
                drawn += qAlpha(image.pixel(x, y)) > 0;
        QVERIFY2(drawn > 20, qPrintable(name));
    }
}

void TestIcons::applicationIconPngsMatchTheSvg_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512})
        QTest::addRow("%d", size) << size;
}

void TestIcons::applicationIconPngsMatchTheSvg()
{
    QFETCH(int, size);
    const QImage expected = render(kIcons + u"/paydesk.svg"_s, size);
    const QString png = kIcons + u"/app/paydesk-%1.png"_s.arg(size);
    if (qEnvironmentVariableIntValue("PAYDESK_WRITE_ICONS") == 1) {
        QVERIFY(QDir().mkpath(kIcons + u"/app"_s));
        QVERIFY(expected.save(png, "PNG"));
    }
    const QImage image = QImage(png).convertToFormat(QImage::Format_ARGB32);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(size, size));
    qint64 difference = 0;
    for (int y = 0; y < size; ++y) {
        for (int x = 0; x < size; ++x) {
            const QRgb a = image.pixel(x, y);
            const QRgb b = expected.pixel(x, y);
            difference += qAbs(qRed(a) - qRed(b)) + qAbs(qGreen(a) - qGreen(b)) + qAbs(qBlue(a) - qBlue(b)) +
                          qAbs(qAlpha(a) - qAlpha(b));
        }
    }
    // Anti-aliasing may differ by a step here and there; a changed drawing differs everywhere.
    QVERIFY2(difference <= qint64(size) * size, qPrintable(u"differs by %1"_s.arg(difference)));
}

QTEST_MAIN(TestIcons)
#include "tst_icons.moc"
