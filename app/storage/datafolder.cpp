#include "app/storage/datafolder.h"

#include <QDir>
#include <QStandardPaths>

namespace PayDesk::Storage {

QString dataFolder()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString folder = base + QStringLiteral("/paydesk");
    const QString earlier = base + QStringLiteral("/PayDesk/PayDesk");
    QDir dir;
    if (!dir.exists(folder) && dir.exists(earlier) && dir.rename(earlier, folder))
        dir.rmdir(base + QStringLiteral("/PayDesk")); // only when nothing else is left in it
    return dir.mkpath(folder) ? folder : QString();
}

} // namespace PayDesk::Storage
