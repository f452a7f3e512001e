#include "app/payments/owner.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/types.h>

namespace PayDesk {

namespace {

// Field 22 of /proc/PID/stat: when the process started, in clock ticks since boot. Empty where
// /proc is not available.
QString processStartOf(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    if (close < 0)
        return {};
    // After "pid (comm)" come fields 3, 4, ...: the start time is the 20th of them.
    const QList<QByteArray> fields = text.mid(close + 2).split(' ');
    return fields.size() > 19 ? QString::fromLatin1(fields.at(19)) : QString();
}

} // namespace

Storage::OperationOwner currentProcess(const QString &token, const QString &program)
{
    const qint64 pid = QCoreApplication::applicationPid();
    return Storage::OperationOwner{QSysInfo::machineHostName(), pid, processStartOf(pid), token, program};
}

bool isProcessAlive(qint64 pid, const QString &processStart)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
#endif
    const QString started = processStartOf(pid);
    return processStart.isEmpty() || started.isEmpty() || started == processStart;
}

bool ownerMayStillAnswer(const Storage::OperationOwner &owner, const QDateTime &deadline, const QDateTime &now)
{
    if (!deadline.isValid() || owner.token.isEmpty() || deadline <= now)
        return false;
    if (owner.host == QSysInfo::machineHostName())
        return isProcessAlive(owner.pid, owner.processStart);
    return true; // another machine: only the deadline can tell
}

} // namespace PayDesk
