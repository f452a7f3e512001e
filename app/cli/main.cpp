#include <memory>

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QSettings>

#include "app/cli/cli.h"
#include "app/reports/localeformat.h"

namespace {

// Whether the command paints a document (a PDF of a report or a receipt), which needs fonts and
// therefore a QGuiApplication; on the off-screen platform, so that no display is needed.
bool paints(const PayDesk::Cli::Arguments &args)
{
    return args.command == u"close-day" || args.command == u"receipt" ||
           (args.command == u"report" && args.value(QStringLiteral("format")) == u"pdf");
}

// Qt's warning that XDG_RUNTIME_DIR is unset (root shells, cron, CI) says nothing to a person who
// asked for a PDF; everything else goes where Qt sends it.
QtMessageHandler g_qtHandler = nullptr;

void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    g_qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    g_qtHandler = qInstallMessageHandler(quietHandler);
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const PayDesk::Cli::Arguments parsed = PayDesk::Cli::parseArguments(arguments);
    std::unique_ptr<QCoreApplication> app;
    if (paints(parsed)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("paydesk"));
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    // Reports and receipts are printed in the owner's language: --lang, else the window's.
    QString language = parsed.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = QSettings(QStringLiteral("paydesk"), QStringLiteral("paydesk"))
                       .value(QStringLiteral("ui/language"))
                       .toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    PayDesk::useLanguage(locale);
    return PayDesk::Cli::run(arguments);
}
