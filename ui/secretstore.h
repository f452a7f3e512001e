#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace PayDesk::Ui {

// Keeps the channel secret in the OS keychain (QtKeychain); where no keychain answers, in a
// file only the owner can read, and says so (usesFallback) so that the window can warn.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    // `fallbackFile` is used when the keychain fails; `useKeychain` false skips it (tests).
    SecretStore(QString fallbackFile, bool useKeychain, QObject *parent = nullptr);

    // `done` runs only while `context` exists: a dialog closed before the keychain answered is
    // not called back.
    void read(const QObject *context, std::function<void(const QByteArray &secret)> done);
    void write(const QByteArray &secret, const QObject *context, std::function<void(bool ok)> done);
    bool usesFallback() const { return m_usesFallback; }

private:
    QByteArray readFile() const;
    bool writeFile(const QByteArray &secret);

    QString m_file;
    bool m_useKeychain;
    bool m_usesFallback = false;
};

} // namespace PayDesk::Ui
