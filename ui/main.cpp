#include <cstdio>

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QLocale>

#include "app/linepay/client.h"
#include "app/payments/paymentservice.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/database.h"
#include "app/storage/datafolder.h"
#include "app/reports/localeformat.h"
#include "ui/logindialog.h"
#include "ui/mainwindow.h"
#include "ui/secretstore.h"
#include "ui/settings.h"
#include "ui/settingsdialog.h"
#include "ui/startupmeter.h"

using namespace PayDesk;

// The composition root: settings, database, network, client, sandbox, service and window.
int main(int argc, char *argv[])
{
    QElapsedTimer started;
    started.start();
    QApplication app(argc, argv);
    // Settings in ~/.config/paydesk/paydesk.conf, data in ~/.local/share/paydesk.
    QApplication::setOrganizationName(QStringLiteral("paydesk"));
    QApplication::setApplicationName(QStringLiteral("paydesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PayDesk"));
    // The installed desktop entry and icons (packaging/): how the desktop names this window.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paydesk.PayDesk"));
    QApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("PayDesk — a back office for LINE Pay online payments."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The shop database."), QStringLiteral("FILE"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Profile name (default embedded-sandbox)."), QStringLiteral("NAME"),
                                     QStringLiteral("embedded-sandbox"));
    const QCommandLineOption apiBase(QStringLiteral("api-base"),
                                     QStringLiteral("LINE Pay API base instead of the embedded sandbox."),
                                     QStringLiteral("URL"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language code."), QStringLiteral("CODE"));
    const QCommandLineOption autoConfirm(
        QStringLiteral("auto-confirm"),
        QStringLiteral("Confirm every payment as soon as the customer approved it (as the setting does)."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Render the main window to a PNG after loading, then quit."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption screenshotView(
        QStringLiteral("screenshot-view"),
        QStringLiteral("What --screenshot renders: window (default), new-order, customer-view (the large QR code "
                       "of the order given with --order), reconcile, day-close, receipt (of the order given with "
                       "--order), settings, staff or login (the sign-in "
                       "asked for once the shop has a staff list)."),
        QStringLiteral("VIEW"), QStringLiteral("window"));
    const QCommandLineOption order(QStringLiteral("order"), QStringLiteral("Open this order (e.g. PD-000012)."),
                                   QStringLiteral("NUMBER"));
    const QCommandLineOption measure(
        QStringLiteral("measure"),
        QStringLiteral("Print, as JSON, how long the window took to its first frame and the longest the window "
                       "stalled over SECONDS, then scroll the orders end to end and print the peak memory; quit."),
        QStringLiteral("SECONDS"));
    parser.addOptions({db, profile, apiBase, lang, autoConfirm, order, screenshot, screenshotView, measure});
    parser.process(app);

    Ui::Settings settings;
    // Qt's own strings (standard buttons, dialogs) follow the chosen language; PayDesk's own
    // translations load from the resources when present.
    const QString language =
        parser.isSet(lang) ? parser.value(lang) : settings.value(Ui::Settings::Key::Language).toString();
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    useLanguage(locale);
    PayDesk::setThaiBuddhistEra(settings.value(Ui::Settings::Key::ThaiBuddhistEra).toBool());
    const QString dataDir = Storage::dataFolder();
    Ui::SecretStore secrets(dataDir + QStringLiteral("/channel-secret"), true);
    // Each environment has its own database, unless --profile names another one.
    const QString environment = parser.isSet(apiBase) ? QStringLiteral("custom") : settings.environment();
    const QString profileName = parser.isSet(profile)                ? parser.value(profile)
                                : environment == u"embedded-sandbox" ? QStringLiteral("embedded-sandbox")
                                                                     : environment;
    const QString profileDir = dataDir + QStringLiteral("/profiles/") + profileName;
    QDir().mkpath(profileDir);
    const QString dbPath = parser.isSet(db) ? parser.value(db) : profileDir + QStringLiteral("/shop.db");

    Result<std::unique_ptr<Storage::Database>> database = Storage::Database::open(dbPath);
    if (!database) {
        QMessageBox::critical(nullptr, QObject::tr("PayDesk"), database.error().message);
        return 4;
    }

    LinePay::ClientConfig config;
    std::unique_ptr<Sandbox::SandboxServer> sandbox;
    const bool embedded = !parser.isSet(apiBase) && environment == u"embedded-sandbox";
    if (embedded) {
        // The embedded sandbox keeps its own state beside the shop database.
        Sandbox::SandboxOptions options;
        options.statePath = QFileInfo(dbPath).absolutePath() + QStringLiteral("/sandbox.json");
        sandbox = std::make_unique<Sandbox::SandboxServer>(options);
        const QString problem = sandbox->start(QHostAddress::LocalHost, 0);
        if (!problem.isEmpty()) {
            QMessageBox::critical(nullptr, QObject::tr("PayDesk"), problem);
            return 1;
        }
        config.baseUrl = sandbox->baseUrl();
        config.channelId = Sandbox::defaultChannel().id;
        config.channelSecret = Sandbox::defaultChannel().secret;
    } else if (parser.isSet(apiBase)) {
        config.baseUrl = QUrl(parser.value(apiBase));
        config.channelId = qEnvironmentVariable("PAYDESK_CHANNEL_ID");
        config.channelSecret = qgetenv("PAYDESK_CHANNEL_SECRET");
    } else {
        config.baseUrl = QUrl(Ui::Settings::apiBase(environment));
        config.channelId = settings.value(Ui::Settings::Key::ChannelId).toString();
    }

    QNetworkAccessManager network;
    LinePay::Client client(&network, config);
    SystemClock clock;
    PaymentService service(**database, &client, clock, QStringLiteral("owner"));
    PaymentService::Options serviceOptions;
    serviceOptions.program = QStringLiteral("paydesk");
    service.setOptions(serviceOptions);
    if (!embedded && !parser.isSet(apiBase)) {
        secrets.read(&client, [&client](const QByteArray &secret) {
            LinePay::ClientConfig withSecret = client.config();
            withSecret.channelSecret = secret;
            client.setConfig(withSecret);
        });
    }

    Ui::MainWindowOptions windowOptions;
    windowOptions.sandbox =
        embedded || config.baseUrl.host().startsWith(u"sandbox") || config.baseUrl.host() == u"127.0.0.1";
    windowOptions.settings = &settings;
    windowOptions.autoConfirm = parser.isSet(autoConfirm) || settings.value(Ui::Settings::Key::AutoConfirm).toBool();
    // Test connection in Settings: the embedded sandbox with its own channel, the others with
    // the channel the owner types.
    const QHash<QString, LinePayChannel> environments = {
        {QStringLiteral("embedded-sandbox"),
         {sandbox ? sandbox->baseUrl() : QUrl(), Sandbox::defaultChannel().id, Sandbox::defaultChannel().secret}},
        {QStringLiteral("linepay-sandbox"), {QUrl(Ui::Settings::apiBase(QStringLiteral("linepay-sandbox"))), {}, {}}},
        {QStringLiteral("linepay-production"),
         {QUrl(Ui::Settings::apiBase(QStringLiteral("linepay-production"))), {}, {}}}};
    windowOptions.openSettings = [&settings, &secrets, &network, &service, environments](QWidget *parent) {
        auto *dialog = new Ui::SettingsDialog(settings, secrets, &network, environments, parent);
        dialog->setShop(service);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    };
    // Once the shop has a staff list, someone on it signs in before the window shows.
    if (const Result<QList<Storage::StaffMember>> people = service.staff(); people && !people->isEmpty()) {
        Ui::LoginDialog login(service, Ui::LoginDialog::Mode::Start);
        if (parser.isSet(screenshot) && parser.value(screenshotView) == u"login") {
            login.show();
            QTimer::singleShot(500, &login, [&login, file = parser.value(screenshot)] {
                const bool saved = login.grab().save(file, "PNG");
                if (!saved)
                    std::fprintf(stderr, "paydesk: cannot write %s\n", qPrintable(file));
                QApplication::exit(saved ? 0 : 1);
            });
            return app.exec();
        }
        if (login.exec() != QDialog::Accepted)
            return 0;
    }
    Ui::MainWindow window(service, **database, windowOptions);
    QObject::connect(&settings, &Ui::Settings::changed, &window, [&window, &settings](Ui::Settings::Key key) {
        if (key == Ui::Settings::Key::AutoConfirm)
            window.setAutoConfirm(settings.value(key).toBool());
    });
    if (parser.isSet(measure)) {
        bool isNumber = false;
        const int seconds = parser.value(measure).toInt(&isNumber);
        if (!isNumber || seconds < 0) {
            std::fprintf(stderr, "paydesk: --measure takes a whole number of seconds\n");
            return 2;
        }
        new Ui::StartupMeter(&window, window.findChild<QTableView *>(), started, seconds, &window);
    }
    window.show();
    service.recover(); // settle what a previous run left in doubt
    if (parser.isSet(order) && !window.showOrder(parser.value(order)))
        std::fprintf(stderr, "paydesk: there is no order %s\n", qPrintable(parser.value(order)));

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString view = parser.value(screenshotView);
        const QHash<QString, QString> actions = {{QStringLiteral("new-order"), QStringLiteral("newOrderAction")},
                                                 {QStringLiteral("customer-view"), QStringLiteral("qrAction")},
                                                 {QStringLiteral("reconcile"), QStringLiteral("reconcileAction")},
                                                 {QStringLiteral("day-close"), QStringLiteral("dayCloseAction")},
                                                 {QStringLiteral("receipt"), QStringLiteral("receiptAction")},
                                                 {QStringLiteral("settings"), QStringLiteral("settingsAction")},
                                                 {QStringLiteral("staff"), QStringLiteral("staffAction")}};
        if (view == u"login") {
            std::fprintf(stderr, "paydesk: the shop has no staff list, so no one signs in\n");
            return 2;
        }
        if (view != u"window" && !actions.contains(view)) {
            std::fprintf(
                stderr,
                "paydesk: --screenshot-view is window, new-order, customer-view, reconcile, day-close, receipt, "
                "settings, staff or login\n");
            return 2;
        }
        if (actions.contains(view)) {
            QTimer::singleShot(300, &window, [&window, name = actions.value(view)] {
                if (auto *action = window.findChild<QAction *>(name))
                    action->trigger();
            });
        }
        QTimer::singleShot(800, &window, [&window, file, view] {
            // The dialog the view opened, else the window.
            QWidget *shown = &window;
            if (view != u"window") {
                const QList<QDialog *> dialogs = window.findChildren<QDialog *>();
                for (QDialog *dialog : dialogs)
                    if (dialog->isVisible())
                        shown = dialog;
            }
            const bool saved = shown != &window || view == u"window" ? shown->grab().save(file, "PNG") : false;
            if (!saved)
                std::fprintf(stderr, "paydesk: cannot write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
