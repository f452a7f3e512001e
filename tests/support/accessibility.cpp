#include "tests/support/accessibility.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QWidget>

namespace PayDesk::Test {

QStringList unnamedControls(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        const bool control = w->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(w);
        // Qt's own parts of a table (the select-all corner) are named by the table.
        if (!control || !w->isVisibleTo(root) || w->objectName().startsWith(QLatin1String("qt_")) ||
            w->inherits("QTableCornerButton"))
            continue;
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        if (!a || a->text(QAccessible::Name).trimmed().isEmpty())
            unnamed << QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName();
    }
    return unnamed;
}

} // namespace PayDesk::Test
