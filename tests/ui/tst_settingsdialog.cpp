#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/accessibility.h"
#include "tests/support/sandboxfixture.h"
#include "ui/secretstore.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"

using namespace PayDesk;
using namespace PayDesk::Test;
using namespace PayDesk::Ui;
using namespace Qt::StringLiterals;

class TestSettingsDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void settingsHaveDefaultsAndSignalChanges();
    void testConnectionExplainsWhatLinePayAnswered_data();
    void testConnectionExplainsWhatLinePayAnswered();
    void savedSecretGoesToAnOwnerOnlyFileWithAWarning();
    void thaiBuddhistEraIsASettingOnByDefault();
    void everyControlHasAnAccessibleName();

private:
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<SecretStore> m_secrets;
    QNetworkAccessManager m_network;
};

void TestSettingsDialog::init()
{
    Sandbox::SandboxOptions options;
    options.channels = {Sandbox::defaultChannel(), {u"2000000001"_s, "shop-secret"}};
    m_sandbox = std::make_unique<SandboxFixture>(options);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s), nullptr);
    m_secrets = std::make_unique<SecretStore>(m_dir->filePath(u"channel-secret"_s), false);
}

void TestSettingsDialog::cleanup()
{
    m_secrets.reset();
    m_settings.reset();
    m_dir.reset();
    m_sandbox.reset();
}

void TestSettingsDialog::settingsHaveDefaultsAndSignalChanges()
{
    QCOMPARE(m_settings->environment(), u"embedded-sandbox"_s);
    QCOMPARE(m_settings->value(Settings::Key::AutoConfirm).toBool(), false);
    QSignalSpy changed(m_settings.get(), &Settings::changed);
    m_settings->setValue(Settings::Key::AutoConfirm, true);
    m_settings->setValue(Settings::Key::AutoConfirm, true); // no change, no signal
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Settings::Key>(), Settings::Key::AutoConfirm);
    QCOMPARE(Settings::apiBase(u"linepay-production"_s), u"https://api-pay.line.me"_s);
}

void TestSettingsDialog::testConnectionExplainsWhatLinePayAnswered_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("channelId");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("expected");
    QTest::newRow("embedded sandbox") << u"embedded-sandbox"_s << QString() << QString() << u"connection works"_s;
    QTest::newRow("right channel") << u"linepay-sandbox"_s << u"2000000001"_s << u"shop-secret"_s
                                   << u"connection works"_s;
    QTest::newRow("unknown channel 1104") << u"linepay-sandbox"_s << u"999"_s << u"shop-secret"_s << u"channel ID"_s;
    QTest::newRow("wrong secret 1106") << u"linepay-sandbox"_s << u"2000000001"_s << u"nope"_s << u"channel secret"_s;
}

void TestSettingsDialog::testConnectionExplainsWhatLinePayAnswered()
{
    QFETCH(QString, environment);
    QFETCH(QString, channelId);
    QFETCH(QString, secret);
    QFETCH(QString, expected);
    const QHash<QString, LinePayChannel> environments = {
        {u"embedded-sandbox"_s, {m_sandbox->baseUrl(), Sandbox::defaultChannel().id, Sandbox::defaultChannel().secret}},
        {u"linepay-sandbox"_s, {m_sandbox->baseUrl(), {}, {}}}};
    SettingsDialog dialog(*m_settings, *m_secrets, &m_network, environments);
    auto *env = dialog.findChild<QComboBox *>(u"environmentBox"_s);
    env->setCurrentIndex(env->findData(environment));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelIdEdit"_s), channelId);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelSecretEdit"_s), secret);
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"testConnectionButton"_s), Qt::LeftButton);
    auto *result = dialog.findChild<QLabel *>(u"testResultLabel"_s);
    QTRY_VERIFY(result->text().contains(expected));
    QCOMPARE(m_sandbox->calls(u"details"_s), 1);
    QVERIFY(secret.isEmpty() || !result->text().contains(secret));
}

void TestSettingsDialog::savedSecretGoesToAnOwnerOnlyFileWithAWarning()
{
    SettingsDialog dialog(*m_settings, *m_secrets, &m_network, {});
    auto *env = dialog.findChild<QComboBox *>(u"environmentBox"_s);
    env->setCurrentIndex(env->findData(u"linepay-production"_s));
    QVERIFY(!dialog.findChild<QLabel *>(u"secretWarningLabel"_s)->text().isEmpty());
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelIdEdit"_s), u"2000000001"_s);
    QTest::keyClicks(dialog.findChild<QLineEdit *>(u"channelSecretEdit"_s), u"shop-secret"_s);
    dialog.findChild<QCheckBox *>(u"autoConfirmBox"_s)->setChecked(true);
    dialog.accept();
    QCOMPARE(m_settings->environment(), u"linepay-production"_s);
    QCOMPARE(m_settings->value(Settings::Key::ChannelId).toString(), u"2000000001"_s);
    QCOMPARE(m_settings->value(Settings::Key::AutoConfirm).toBool(), true);
    QFile file(m_dir->filePath(u"channel-secret"_s));
    QCOMPARE(file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("shop-secret"));
    QFile settingsFile(m_dir->filePath(u"settings.ini"_s));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains("shop-secret")); // the secret is not a setting
    QByteArray read;
    m_secrets->read(this, [&read](const QByteArray &secret) { read = secret; });
    QCOMPARE(read, QByteArray("shop-secret"));
}

void TestSettingsDialog::thaiBuddhistEraIsASettingOnByDefault()
{
    QCOMPARE(m_settings->value(Settings::Key::ThaiBuddhistEra).toBool(), true);
    SettingsDialog dialog(*m_settings, *m_secrets, &m_network, {});
    auto *box = dialog.findChild<QCheckBox *>(u"buddhistEraBox"_s);
    QVERIFY(box->isChecked());
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(5, box->height() / 2));
    QVERIFY(!box->isChecked());
    QTest::mouseClick(dialog.findChild<QPushButton *>(u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(m_settings->value(Settings::Key::ThaiBuddhistEra).toBool(), false);
}

void TestSettingsDialog::everyControlHasAnAccessibleName()
{
    SettingsDialog dialog(*m_settings, *m_secrets, &m_network, {});
    dialog.show();
    const QStringList unnamed = unnamedControls(&dialog);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
