#include "ui/secretstore.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QFileInfo>
#include <QSaveFile>

#include <qt6keychain/keychain.h>

namespace PayDesk::Ui {

namespace {

const QString kService = QStringLiteral("PayDesk");
const QString kKey = QStringLiteral("linepay-channel-secret");

} // namespace

SecretStore::SecretStore(QString fallbackFile, bool useKeychain, QObject *parent)
    : QObject(parent), m_file(std::move(fallbackFile)), m_useKeychain(useKeychain), m_usesFallback(!useKeychain)
{}

QByteArray SecretStore::readFile() const
{
    QFile file(m_file);
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray();
}

bool SecretStore::writeFile(const QByteArray &secret)
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(secret);
    return file.commit() && QFile::setPermissions(m_file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void SecretStore::read(const QObject *context, std::function<void(const QByteArray &)> then)
{
    const QPointer<const QObject> guard(context);
    const auto done = [guard, then](const QByteArray &secret) {
        if (guard)
            then(secret);
    };
    if (!m_useKeychain) {
        done(readFile());
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(kKey);
    connect(job, &QKeychain::Job::finished, this, [this, job, done] {
        if (job->error() == QKeychain::NoError) {
            m_usesFallback = false;
            done(job->binaryData());
        } else {
            m_usesFallback = job->error() != QKeychain::EntryNotFound || QFile::exists(m_file);
            done(readFile());
        }
    });
    job->start();
}

void SecretStore::write(const QByteArray &secret, const QObject *context, std::function<void(bool)> then)
{
    const QPointer<const QObject> guard(context);
    const auto done = [guard, then](bool ok) {
        if (guard)
            then(ok);
    };
    if (!m_useKeychain) {
        m_usesFallback = true;
        done(writeFile(secret));
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(kKey);
    job->setBinaryData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, secret, done] {
        if (job->error() == QKeychain::NoError) {
            m_usesFallback = false;
            QFile::remove(m_file);
            done(true);
        } else {
            m_usesFallback = true;
            done(writeFile(secret));
        }
    });
    job->start();
}

} // namespace PayDesk::Ui
