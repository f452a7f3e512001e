#pragma once

#include <memory>

#include <QObject>
#include <QVariant>

class QSettings;

namespace PayDesk::Ui {

// PayDesk's settings: one key enum, one table of defaults, a changed(key) signal. Secrets are
// not here (see SecretStore).
class Settings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Settings)

public:
    enum class Key
    {
        Environment, // "embedded-sandbox", "linepay-sandbox", "linepay-production"
        ChannelId,
        AutoConfirm,
        Language,
        ThaiBuddhistEra, // Thai dates with the Buddhist Era year
        WindowGeometry,
        WindowColumns,
        WindowSplitter,
        StateFilter,
        Search,
    };

    explicit Settings(QObject *parent = nullptr);            // the user's settings
    explicit Settings(const QString &file, QObject *parent); // a file of its own, for tests
    ~Settings() override;

    QVariant value(Key key) const;
    bool contains(Key key) const;
    void setValue(Key key, const QVariant &value);

    QString environment() const { return value(Key::Environment).toString(); }
    // The LINE Pay API base of an environment; empty for the embedded sandbox.
    static QString apiBase(const QString &environment);

Q_SIGNALS:
    void changed(PayDesk::Ui::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace PayDesk::Ui
