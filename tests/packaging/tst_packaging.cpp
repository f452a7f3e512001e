// What a package installs: the three executables, a desktop entry and AppStream metainfo under
// one reverse-DNS id that both validators accept, and the hicolor icons the entry names.
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPackaging final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void desktopEntryIsValid();
    void metainfoIsValid();
    void installPutsEverythingUnderOneId();

private:
    static QString source(const QString &path) { return QStringLiteral(PAYDESK_SOURCE_DIR "/") + path; }
    // Runs `program` with `arguments`; skips the test, saying why, when it is not installed.
    static QProcess *run(const QString &program, const QStringList &arguments);

    const QString m_id = u"org.paydesk.PayDesk"_s;
    QTemporaryDir m_prefix;
};

void TestPackaging::initTestCase()
{
    QVERIFY(m_prefix.isValid());
    QProcess install;
    install.start(QStringLiteral(PAYDESK_CMAKE),
                  {u"--install"_s, QStringLiteral(PAYDESK_BINARY_DIR), u"--prefix"_s, m_prefix.path()});
    QVERIFY(install.waitForFinished(60000));
    QVERIFY2(install.exitCode() == 0, install.readAllStandardError().constData());
}

QProcess *TestPackaging::run(const QString &program, const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(program, arguments);
    process->waitForFinished(30000);
    return process;
}

void TestPackaging::desktopEntryIsValid()
{
    if (QStandardPaths::findExecutable(u"desktop-file-validate"_s).isEmpty())
        QSKIP(
            "desktop-file-validate is not installed (Debian package desktop-file-utils; script/bootstrap installs it)");
    const std::unique_ptr<QProcess> check(
        run(u"desktop-file-validate"_s, {source(u"packaging/%1.desktop"_s.arg(m_id))}));
    const QByteArray said = check->readAll();
    QVERIFY2(check->exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
}

void TestPackaging::metainfoIsValid()
{
    if (QStandardPaths::findExecutable(u"appstreamcli"_s).isEmpty())
        QSKIP("appstreamcli is not installed (Debian package appstream; script/bootstrap installs it)");
    const std::unique_ptr<QProcess> check(
        run(u"appstreamcli"_s, {u"validate"_s, u"--no-net"_s, source(u"packaging/%1.metainfo.xml"_s.arg(m_id))}));
    QVERIFY2(check->exitCode() == 0, check->readAll().constData());
}

void TestPackaging::installPutsEverythingUnderOneId()
{
    const QDir prefix(m_prefix.path());
    for (const char *program : {"paydesk", "paydesk-cli", "linepay-sandbox"})
        QVERIFY2(QFileInfo(prefix.filePath(u"bin/"_s + QLatin1StringView(program))).isExecutable(), program);
    const QString desktop = prefix.filePath(u"share/applications/%1.desktop"_s.arg(m_id));
    QVERIFY(QFileInfo::exists(desktop));
    QVERIFY(QFileInfo::exists(prefix.filePath(u"share/metainfo/%1.metainfo.xml"_s.arg(m_id))));
    // The entry starts an installed program and names the installed icon.
    QSettings entry(desktop, QSettings::IniFormat);
    entry.beginGroup(u"Desktop Entry"_s);
    QVERIFY(QFileInfo(prefix.filePath(u"bin/"_s + entry.value(u"Exec"_s).toString())).isExecutable());
    QCOMPARE(entry.value(u"Icon"_s).toString(), m_id);
    QVERIFY(QFileInfo::exists(prefix.filePath(u"share/icons/hicolor/scalable/apps/%1.svg"_s.arg(m_id))));
    for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
        const QImage icon(prefix.filePath(u"share/icons/hicolor/%1x%1/apps/%2.png"_s.arg(size).arg(m_id)));
        QVERIFY2(!icon.isNull(), qPrintable(QString::number(size)));
        QCOMPARE(icon.size(), QSize(size, size));
    }
}

QTEST_GUILESS_MAIN(TestPackaging)
#include "tst_packaging.moc"
