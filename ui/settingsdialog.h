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

namespace PayDesk::Ui {

class SecretStore;
class Settings;

// Environment, channel ID and secret, "Test connection", auto-confirm and language.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)

public:
    // `environments` maps each environment to the API base that Test connection calls (and, for
    // the embedded sandbox, the channel it knows; the others take the channel typed here).
    SettingsDialog(Settings &settings, SecretStore &secrets, QNetworkAccessManager *network,
                   QHash<QString, LinePayChannel> environments, QWidget *parent = nullptr);

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
};

} // namespace PayDesk::Ui
