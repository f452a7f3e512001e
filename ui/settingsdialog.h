#pragma once

#include <QDialog>
#include <QHash>

#include "app/payments/connectiontest.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class QSpinBox;

namespace PayDesk {
class PaymentService;
}

namespace PayDesk::Ui {

class SecretStore;
class Settings;

// Environment, channel ID and secret, "Test connection", auto-confirm, language, and the shop.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `environments` maps each environment to the API base that Test connection calls (and, for
    // the embedded sandbox, the channel it knows; the others take the channel typed here).
    SettingsDialog(Settings &settings, SecretStore &secrets, QNetworkAccessManager *network,
                   QHash<QString, LinePayChannel> environments, QWidget *parent = nullptr);

    // Adds the shop's name, tax id, address and phone (what receipts and reports print), kept in
    // the shop's database through `service`.
    void setShop(PaymentService &service);

    void accept() override;

private:
    void updateFields();
    void testConnection();

    Settings &m_settings;
    SecretStore &m_secrets;
    QNetworkAccessManager *m_network;
    QHash<QString, LinePayChannel> m_environments;
    QComboBox *m_environment;
    QLineEdit *m_channelId;
    QLineEdit *m_secret;
    QCheckBox *m_autoConfirm;
    QComboBox *m_language;
    QCheckBox *m_buddhistEra;
    QLabel *m_result;
    QLabel *m_warning;
    QPushButton *m_test;
    PaymentService *m_service = nullptr;
    QLineEdit *m_shopName = nullptr;
    QLineEdit *m_taxId = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QSpinBox *m_idleMinutes = nullptr;
    QHash<QString, QLineEdit *> m_approvalAbove; // per currency
};

} // namespace PayDesk::Ui
