#include "ui/settings.h"

#include <QFileInfo>
#include <QSettings>

namespace PayDesk::Ui {

namespace {

struct Row
{
    Settings::Key key;
    const char *name;
    QVariant defaultValue;
};

const QList<Row> &table()
{
    static const QList<Row> rows = {
        {Settings::Key::Environment, "linepay/environment", QStringLiteral("embedded-sandbox")},
        {Settings::Key::ChannelId, "linepay/channelId", QString()},
        {Settings::Key::AutoConfirm, "payments/autoConfirm", false},
        {Settings::Key::Language, "ui/language", QString()},
        {Settings::Key::ThaiBuddhistEra, "ui/thaiBuddhistEra", true},
        {Settings::Key::WindowGeometry, "window/geometry", QByteArray()},
        {Settings::Key::WindowColumns, "window/columns", QByteArray()},
        {Settings::Key::WindowSplitter, "window/splitter", QByteArray()},
        {Settings::Key::StateFilter, "window/stateFilter", QStringLiteral("all")},
        {Settings::Key::Search, "window/search", QString()},
    };
    return rows;
}

const Row &row(Settings::Key key)
{
    return table().at(int(key));
}

} // namespace

Settings::Settings(QObject *parent) : QObject(parent), m_settings(std::make_unique<QSettings>())
{
    // Earlier versions kept their settings in PayDesk/PayDesk.conf; they carry over once.
    if (m_settings->allKeys().isEmpty()) {
        const QString folder = QFileInfo(m_settings->fileName()).absolutePath();
        const QSettings earlier(folder + QStringLiteral("/../PayDesk/PayDesk.conf"), QSettings::IniFormat);
        const QStringList keys = earlier.allKeys();
        for (const QString &key : keys)
            m_settings->setValue(key, earlier.value(key));
        m_settings->sync();
    }
}

Settings::Settings(const QString &file, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(file, QSettings::IniFormat))
{}

Settings::~Settings() = default;

QVariant Settings::value(Key key) const
{
    return m_settings->value(QString::fromLatin1(row(key).name), row(key).defaultValue);
}

bool Settings::contains(Key key) const
{
    return m_settings->contains(QString::fromLatin1(row(key).name));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (this->value(key) == value)
        return;
    m_settings->setValue(QString::fromLatin1(row(key).name), value);
    m_settings->sync();
    Q_EMIT changed(key);
}

QString Settings::apiBase(const QString &environment)
{
    if (environment == u"linepay-sandbox")
        return QStringLiteral("https://sandbox-api-pay.line.me");
    if (environment == u"linepay-production")
        return QStringLiteral("https://api-pay.line.me");
    return {};
}

} // namespace PayDesk::Ui
