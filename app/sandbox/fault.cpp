#include "app/sandbox/fault.h"

#include <QStringList>

namespace PayDesk::Sandbox {

namespace {

const QStringList kOperations = {QStringLiteral("request"), QStringLiteral("check"), QStringLiteral("confirm"),
                                 QStringLiteral("capture"), QStringLiteral("void"),  QStringLiteral("refund"),
                                 QStringLiteral("details"), QStringLiteral("any")};

} // namespace

QString Fault::toString() const
{
    switch (kind) {
    case Kind::Drop:
        return operation + QStringLiteral(":drop");
    case Kind::Delay:
        return operation + QStringLiteral(":delay=") + QString::number(delayMs);
    case Kind::Code:
        return operation + QStringLiteral(":code=") + code;
    case Kind::Garbage:
        return operation + QStringLiteral(":garbage");
    }
    return {};
}

Result<Fault> parseFault(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    const QString usage =
        QStringLiteral("a fault is OP:KIND with OP one of %1 and KIND drop, delay=MS, code=NNNN or garbage, not \"%2\"")
            .arg(kOperations.join(u", "), text);
    if (colon <= 0)
        return badInput(usage);
    Fault fault;
    fault.operation = text.left(colon).trimmed().toLower();
    const QString kind = text.mid(colon + 1).trimmed();
    if (!kOperations.contains(fault.operation))
        return badInput(usage);
    if (kind == u"drop") {
        fault.kind = Fault::Kind::Drop;
    } else if (kind == u"garbage") {
        fault.kind = Fault::Kind::Garbage;
    } else if (kind.startsWith(u"delay=")) {
        bool ok = false;
        fault.kind = Fault::Kind::Delay;
        fault.delayMs = kind.mid(6).toInt(&ok);
        if (!ok || fault.delayMs < 0 || fault.delayMs > 600000)
            return badInput(usage);
    } else if (kind.startsWith(u"code=")) {
        fault.kind = Fault::Kind::Code;
        fault.code = kind.mid(5);
        bool ok = false;
        (void)fault.code.toInt(&ok);
        if (fault.code.size() != 4 || !ok)
            return badInput(usage);
    } else {
        return badInput(usage);
    }
    return fault;
}

} // namespace PayDesk::Sandbox
