#include "ui/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ui/secretstore.h"
#include "ui/settings.h"
#include "app/payments/paymentservice.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

SettingsDialog::SettingsDialog(Settings &settings, SecretStore &secrets, QNetworkAccessManager *network,
                               QHash<QString, LinePayChannel> environments, QWidget *parent)
    : QDialog(parent),
      m_settings(settings),
      m_secrets(secrets),
      m_network(network),
      m_environments(std::move(environments)),
      m_environment(new QComboBox(this)),
      m_channelId(new QLineEdit(this)),
      m_secret(new QLineEdit(this)),
      m_autoConfirm(new QCheckBox(tr("Confirm automatically when the customer has approved"), this)),
      m_language(new QComboBox(this)),
      m_buddhistEra(new QCheckBox(tr("Thai dates with the Buddhist Era year (2569)"), this)),
      m_result(new QLabel(this)),
      m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    m_environment->setObjectName(QStringLiteral("environmentBox"));
    m_environment->addItem(tr("Embedded sandbox (no real money)"), QStringLiteral("embedded-sandbox"));
    m_environment->addItem(tr("LINE Pay sandbox"), QStringLiteral("linepay-sandbox"));
    m_environment->addItem(tr("LINE Pay production"), QStringLiteral("linepay-production"));
    m_environment->setCurrentIndex(qMax(0, m_environment->findData(settings.environment())));
    m_channelId->setObjectName(QStringLiteral("channelIdEdit"));
    m_channelId->setText(settings.value(Settings::Key::ChannelId).toString());
    m_secret->setObjectName(QStringLiteral("channelSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("unchanged"));
    m_autoConfirm->setObjectName(QStringLiteral("autoConfirmBox"));
    m_autoConfirm->setChecked(settings.value(Settings::Key::AutoConfirm).toBool());
    m_language->setObjectName(QStringLiteral("languageBox"));
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->addItem(QStringLiteral("ไทย"), QStringLiteral("th"));
    m_language->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings.value(Settings::Key::Language))));
    m_buddhistEra->setObjectName(QStringLiteral("buddhistEraBox"));
    m_buddhistEra->setChecked(settings.value(Settings::Key::ThaiBuddhistEra).toBool());
    m_result->setObjectName(QStringLiteral("testResultLabel"));
    m_result->setWordWrap(true);
    m_warning->setObjectName(QStringLiteral("secretWarningLabel"));
    m_warning->setWordWrap(true);
    useErrorColor(m_warning, true);
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnectionButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Environment"), m_environment);
    form->addRow(tr("Channel ID"), m_channelId);
    form->addRow(tr("Channel secret"), m_secret);
    form->addRow(QString(), m_autoConfirm);
    form->addRow(tr("Language"), m_language);
    form->addRow(QString(), m_buddhistEra);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warning);
    layout->addWidget(m_test);
    layout->addWidget(m_result);
    layout->addWidget(new QLabel(tr("A new environment or language takes effect at the next start."), this));
    layout->addWidget(buttons);
    connect(m_environment, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateFields);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateFields();
}

void SettingsDialog::updateFields()
{
    const bool embedded = m_environment->currentData().toString() == u"embedded-sandbox";
    m_channelId->setEnabled(!embedded);
    m_secret->setEnabled(!embedded);
    m_warning->setText(m_secrets.usesFallback() && !embedded
                           ? tr("No system keychain answered: the channel secret is kept in a file only you can read.")
                           : QString());
}

void SettingsDialog::testConnection()
{
    const QString environment = m_environment->currentData().toString();
    LinePayChannel channel = m_environments.value(environment);
    if (environment != u"embedded-sandbox") {
        channel.id = m_channelId->text().trimmed();
        channel.secret = m_secret->text().toUtf8();
    }
    m_test->setEnabled(false);
    m_result->setText(tr("Asking LINE Pay…"));
    connect(ConnectionTest::start(m_network, channel, this), &ConnectionTest::finished, this,
            [this](const ConnectionTestResult &result) {
                m_test->setEnabled(true);
                m_result->setText(result.verdict == ConnectionTestResult::Verdict::Refused
                                      ? result.sentence + QStringLiteral(" (%1)").arg(result.returnCode)
                                      : result.sentence);
            });
}

void SettingsDialog::setShop(PaymentService &service)
{
    m_service = &service;
    const Result<Storage::ShopInfo> shop = service.shopInfo();
    auto *group = new QGroupBox(tr("Shop (printed on receipts and reports)"), this);
    group->setObjectName(QStringLiteral("shopGroup"));
    auto *form = new QFormLayout(group);
    const auto field = [&](QLineEdit *&edit, const char *name, const QString &label, const QString &value, int max) {
        edit = new QLineEdit(value, group);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(max);
        form->addRow(label, edit);
    };
    const Storage::ShopInfo info = shop ? *shop : Storage::ShopInfo{};
    field(m_shopName, "shopNameEdit", tr("Name"), info.name, 80);
    field(m_taxId, "taxIdEdit", tr("Tax id"), info.taxId, 32);
    field(m_address, "addressEdit", tr("Address"), info.address, 200);
    field(m_phone, "phoneEdit", tr("Phone"), info.phone, 40);
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(1, group);
    if (!shop)
        m_result->setText(shop.error().message);

    // The owner's rules for the counter.
    const Result<Storage::ShopRules> rules = service.shopRules();
    const Storage::ShopRules current = rules ? *rules : Storage::ShopRules{};
    auto *rulesGroup = new QGroupBox(tr("Rules for clerks"), this);
    rulesGroup->setObjectName(QStringLiteral("rulesGroup"));
    auto *rulesForm = new QFormLayout(rulesGroup);
    m_idleMinutes = new QSpinBox(rulesGroup);
    m_idleMinutes->setObjectName(QStringLiteral("idleMinutesBox"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleMinutes->setValue(current.idleLockMinutes);
    rulesForm->addRow(tr("Lock after idle"), m_idleMinutes);
    for (const QString currency : {QStringLiteral("TWD"), QStringLiteral("THB"), QStringLiteral("USD")}) {
        auto *edit = new QLineEdit(current.approvalThreshold(currency).toDecimalString(), rulesGroup);
        edit->setObjectName(QStringLiteral("approvalAbove") + currency);
        m_approvalAbove.insert(currency, edit);
        rulesForm->addRow(tr("Owner's PIN for refunds and voids above, %1").arg(currency), edit);
    }
    if (auto *box = qobject_cast<QVBoxLayout *>(layout()))
        box->insertWidget(2, rulesGroup);
}

void SettingsDialog::accept()
{
    if (m_service) {
        const Storage::ShopInfo info{m_shopName->text(), m_taxId->text(), m_address->text(), m_phone->text()};
        const Result<Storage::ShopInfo> stored = m_service->shopInfo();
        if (!stored || !(*stored == info)) {
            if (const Status saved = m_service->saveShopInfo(info); !saved) {
                m_result->setText(saved.error().message);
                return;
            }
        }
        Storage::ShopRules rules;
        rules.idleLockMinutes = m_idleMinutes->value();
        for (auto it = m_approvalAbove.cbegin(); it != m_approvalAbove.cend(); ++it) {
            const Result<Money> amount = Money::parse(it.value()->text().trimmed(), it.key());
            if (!amount || amount->isNegative()) {
                m_result->setText(tr("The owner's amount for %1: %2")
                                      .arg(it.key(), amount ? tr("it cannot be below zero.") : amount.error().message));
                return;
            }
            rules.approvalAbove.insert(it.key(), *amount);
        }
        const Result<Storage::ShopRules> storedRules = m_service->shopRules();
        const bool same = storedRules && storedRules->idleLockMinutes == rules.idleLockMinutes &&
                          storedRules->approvalAbove == rules.approvalAbove;
        if (!same) {
            if (const Status saved = m_service->saveShopRules(rules); !saved) {
                m_result->setText(saved.error().message);
                return;
            }
        }
    }
    m_settings.setValue(Settings::Key::Environment, m_environment->currentData());
    m_settings.setValue(Settings::Key::ChannelId, m_channelId->text().trimmed());
    m_settings.setValue(Settings::Key::AutoConfirm, m_autoConfirm->isChecked());
    m_settings.setValue(Settings::Key::Language, m_language->currentData());
    m_settings.setValue(Settings::Key::ThaiBuddhistEra, m_buddhistEra->isChecked());
    if (m_secret->text().isEmpty()) {
        QDialog::accept();
        return;
    }
    m_secrets.write(m_secret->text().toUtf8(), this, [this](bool ok) {
        if (!ok) {
            m_result->setText(tr("The channel secret could not be saved."));
            return;
        }
        QDialog::accept();
    });
}

} // namespace PayDesk::Ui
