#include "app/storage/csv.h"

namespace PayDesk::Storage {

QString csvCell(const QString &value)
{
    QString cell = value;
    bool quote = false;
    if (!cell.isEmpty()) {
        const QChar first = cell.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r') {
            cell.prepend(u'\'');
            quote = true;
        }
    }
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r'))
        quote = true;
    if (!quote)
        return cell;
    return u'"' + cell.replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QByteArray csvRecord(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &cell : cells)
        out << csvCell(cell);
    return out.join(u',').toUtf8() + "\r\n";
}

} // namespace PayDesk::Storage
