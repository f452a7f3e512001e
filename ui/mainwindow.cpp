#include "ui/mainwindow.h"

#ifdef Q_OS_LINUX
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QFileDialog>
#include <QProgressDialog>
#include <QSaveFile>
#include <QSystemTrayIcon>
#include <QFrame>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMutex>
#include <QScopeGuard>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include "app/payments/paymentpoller.h"
#include "app/payments/paymentservice.h"
#include "app/storage/audittrail.h"
#include "app/storage/backup.h"
#include "app/storage/database.h"
#include "app/storage/orderdetails.h"
#include "app/storage/orderexport.h"
#include "app/storage/orderqueries.h"
#include "app/storage/takings.h"
#include "ui/amountdialog.h"
#include "app/reports/localeformat.h"
#include "ui/neworderdialog.h"
#include "ui/ordersmodel.h"
#include "ui/palette.h"
#include "ui/dayclosedialog.h"
#include "ui/logindialog.h"
#include "ui/staffdialog.h"
#include "ui/notifier.h"
#include "ui/receiptdialog.h"
#include "ui/reconciledialog.h"
#include "ui/waitingpanel.h"
#include "ui/settings.h"

namespace PayDesk::Ui {

using namespace PayDesk::Storage;
using namespace Qt::StringLiterals;

namespace {

// The state column as a coloured badge with its text.
class StateBadgeDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, QModelIndex());
        const QString text = index.data().toString();
        const QColor color = index.data(OrdersModel::BusyElsewhereRole).toBool()
                                 ? busyElsewhereBadgeColor()
                                 : stateBadgeColor(PaymentState(index.data(OrdersModel::StateRole).toInt()));
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const QFontMetrics metrics(option.font);
        QRect badge = option.rect.adjusted(4, 3, -4, -3);
        badge.setWidth(qMin(badge.width(), metrics.horizontalAdvance(text) + 16));
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(badge, 8, 8);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, text);
        painter->restore();
    }
};

} // namespace

MainWindow::MainWindow(PaymentService &service, const Database &database, MainWindowOptions options, QWidget *parent)
    : QMainWindow(parent),
      m_service(service),
      m_db(database),
      m_options(std::move(options)),
      m_model(new OrdersModel(database, this)),
      m_view(new QTableView(this)),
      m_stateFilter(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_dateFilter(new QCheckBox(tr("From"), this)),
      m_from(new QDateEdit(this)),
      m_to(new QDateEdit(this)),
      m_message(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_details(new QTextBrowser(this)),
      m_waiting(new WaitingPanel(200, this)),
      m_busy(new QProgressBar(this)),
      m_liveTimer(new QTimer(this)),
      m_poller(new PaymentPoller(service, database, m_options.pollIntervalMs, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("PayDesk"));
    if (!m_options.openUrl)
        m_options.openUrl = [](const QUrl &url) {
            return QDesktopServices::openUrl(url);
        };

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    if (m_options.sandbox) {
        auto *banner = new QLabel(tr("SANDBOX — payments here are tests; no real money moves."), this);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#ffd54f;color:#000;font-weight:bold;padding:4px;border-radius:4px"));
        layout->addWidget(banner);
    }
    m_auditNotice = new QLabel(this);
    m_auditNotice->setObjectName(QStringLiteral("auditNotice"));
    m_auditNotice->setWordWrap(true);
    m_auditNotice->hide();
    layout->addWidget(m_auditNotice);
    layout->addWidget(createTodayStrip());
    m_message->setObjectName(QStringLiteral("messageArea"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    auto *filters = new QHBoxLayout;
    m_stateFilter->setObjectName(QStringLiteral("stateFilter"));
    m_stateFilter->addItem(tr("All orders"), QStringLiteral("all"));
    m_stateFilter->addItem(tr("Needs action"), QStringLiteral("needs-action"));
    for (PaymentState state : allPaymentStates())
        m_stateFilter->addItem(stateDisplayName(state), stateName(state));
    m_search->setObjectName(QStringLiteral("searchBox"));
    m_summary->setObjectName(QStringLiteral("orderSummary"));
    m_search->setPlaceholderText(tr("Search order, LINE Pay id, customer, item"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search orders"));
    m_stateFilter->setAccessibleName(tr("Show"));
    m_from->setAccessibleName(tr("Created from"));
    m_to->setAccessibleName(tr("Created up to"));
    m_dateFilter->setAccessibleName(tr("Filter by the day created"));
    filters->addWidget(m_stateFilter);
    m_dateFilter->setObjectName(QStringLiteral("dateFilterBox"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDate(today());
        edit->setEnabled(false);
    }
    m_from->setDate(today().addDays(-30));
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_summary);
    layout->addLayout(filters);
    createActions();

    m_view->setObjectName(QStringLiteral("ordersView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(OrdersModel::Created, Qt::DescendingOrder);
    m_view->setItemDelegateForColumn(OrdersModel::State, new StateBadgeDelegate(m_view));
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight); // the full text is in the tooltip
    sizeColumns();
    m_details->setObjectName(QStringLiteral("detailView"));
    m_details->setAccessibleName(tr("Order details"));
    m_view->setAccessibleName(tr("Orders"));
    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_waiting);
    detailLayout->addWidget(m_details, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("splitter"));
    splitter->addWidget(m_view);
    splitter->addWidget(detailPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    // Search waits for a pause in typing: one query per pause, not one per key.
    m_searchPause = new QTimer(this);
    m_searchPause->setSingleShot(true);
    m_searchPause->setInterval(250);
    connect(m_searchPause, &QTimer::timeout, this, &MainWindow::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchPause, qOverload<>(&QTimer::start));
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &MainWindow::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateActions();
        updateDetails();
    });
    connect(m_model, &OrdersModel::totalsChanged, this, [this] {
        // Counts and sums come from SQL over the whole filter, not from the rows loaded.
        if (m_model->totalCount() < 0) {
            m_summary->setText(tr("Counting…"));
            return;
        }
        QStringList parts{tr("%Ln order(s)", nullptr, int(m_model->totalCount()))};
        QStringList amounts;
        for (const Money &amount : m_model->netPaid())
            amounts << formatMoney(amount);
        if (!amounts.isEmpty())
            parts << tr("net paid %1").arg(amounts.join(QStringLiteral(", ")));
        m_summary->setText(parts.join(QStringLiteral(" · ")));
    });
    connect(m_model, &OrdersModel::loadFailed, this, [this](const QString &message) { showMessage(message, true); });
    // A payment call changes one order: its row is read again, not the whole view.
    connect(&m_service, &PaymentService::orderChanged, this, &MainWindow::refreshOrder);
    // The tray tells of approvals, payments in doubt and authorizations about to expire; a click
    // on the message opens the order.
    m_notifier = new Notifier(m_service, m_db, this);
    m_tray = new QSystemTrayIcon(windowIcon().isNull() ? QIcon(u":/icons/paydesk.svg"_s) : windowIcon(), this);
    m_tray->setObjectName(u"trayIcon"_s);
    m_tray->setToolTip(tr("PayDesk"));
    if (QSystemTrayIcon::isSystemTrayAvailable())
        m_tray->show();
    connect(m_notifier, &Notifier::notify, this, [this](const Notification &n) {
        m_notifiedOrder = n.orderId;
        m_tray->showMessage(n.title, n.text, QSystemTrayIcon::Information, 15000);
        QApplication::alert(this);
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_notifiedOrder == 0)
            return;
        showNormal();
        raise();
        activateWindow();
        const Result<OrderRow> row = OrderQueries(m_db).find(m_notifiedOrder);
        if (row)
            showOrder(row->number);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
    });
    QTimer::singleShot(0, m_notifier, &Notifier::checkExpiring);
    // Who is at the counter, and the lock after idle time when the shop has a staff list.
    m_operatorLabel = new QLabel(this);
    m_operatorLabel->setObjectName(u"operatorLabel"_s);
    statusBar()->addPermanentWidget(m_operatorLabel);
    m_idleTimer = new QTimer(this);
    m_idleTimer->setSingleShot(true);
    connect(m_idleTimer, &QTimer::timeout, this, &MainWindow::lock);
    qApp->installEventFilter(this);
    updateOperator();
    connect(&m_service, &PaymentService::busyChanged, this, &MainWindow::updateActions);
    // Follow the database: changes by paydesk-cli or another PayDesk show up without a restart.
    m_dataVersion = m_db.dataVersion();
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        const qint64 version = m_db.dataVersion();
        if (version != m_dataVersion) {
            m_dataVersion = version;
            refresh();
        } else {
            tickWaiting();
        }
        if (++m_ticks % 30 == 0) {
            updateDetails(); // the authorization countdown shows minutes
            updateToday();   // a new day starts at zero
        }
    });
    m_liveTimer->start(1000);
    // Polling and automatic confirmation follow the rules every PayDesk on this database shares.
    m_poller->setAutoConfirm(m_options.autoConfirm);
    connect(m_poller, &PaymentPoller::confirmed, this, &MainWindow::showOutcome);
    m_model->setBusyElsewhere([this](const OrderRow &row) {
        return m_service.isBusyElsewhere(row.busyOperation, row.busyOwner, row.busyDeadline);
    });
    m_poller->start();

    using Key = Settings::Key;
    Settings *settings = m_options.settings;
    if (settings && settings->contains(Key::WindowGeometry)) {
        restoreGeometry(settings->value(Key::WindowGeometry).toByteArray());
        m_view->horizontalHeader()->restoreState(settings->value(Key::WindowColumns).toByteArray());
        splitter->restoreState(settings->value(Key::WindowSplitter).toByteArray());
    } else {
        resize(1280, 720);
        splitter->setSizes({840, 440});
    }
    if (settings) {
        // The orders are loaded once, below, with what was restored.
        const QSignalBlocker stateBlocker(m_stateFilter);
        const QSignalBlocker searchBlocker(m_search);
        m_stateFilter->setCurrentIndex(qMax(0, m_stateFilter->findData(settings->value(Key::StateFilter))));
        m_search->setText(settings->value(Key::Search).toString());
    }
    applyFilter();
    updateActions();
    updateDetails();
    updateToday();
    if (const QString warning = m_db.readableByOthersWarning(); !warning.isEmpty())
        showMessage(warning, true);
    checkAuditTrail();
}

struct MainWindow::StartupWork
{
    QMutex mutex; // guards db
    std::unique_ptr<Database> db;
    std::atomic<bool> cancelled = false;
};

void MainWindow::checkAuditTrail()
{
    // SQLite's quick check, the whole audit trail and the daily backup, on a connection of its
    // own, off the UI thread.
    const QString path = m_db.path();
    const QDate day = today();
    auto problem = std::make_shared<QString>();
    auto backupProblem = std::make_shared<QString>();
    auto damaged = std::make_shared<bool>(false);
    m_startupWork = std::make_shared<StartupWork>();
    auto work = m_startupWork;
    QThread *thread = QThread::create([path, day, problem, backupProblem, damaged, work] {
#ifdef Q_OS_LINUX
        // Only when nothing else wants a core: the window, its counts and payments come first.
        const sched_param idle{};
        pthread_setschedparam(pthread_self(), SCHED_IDLE, &idle);
        // And the disk when nothing else reads or writes it (class idle, for this thread).
        constexpr int kIoprioWhoProcess = 1;
        constexpr int kIoprioClassIdle = 3;
        syscall(SYS_ioprio_set, kIoprioWhoProcess, int(syscall(SYS_gettid)), kIoprioClassIdle << 13);
#endif
        Result<std::unique_ptr<Database>> opened = Database::open(path);
        if (!opened)
            return;
        {
            const QMutexLocker lock(&work->mutex);
            work->db = std::move(opened).value();
        }
        // The connection is closed in the thread that opened it.
        const auto close = qScopeGuard([work] {
            const QMutexLocker lock(&work->mutex);
            work->db.reset();
        });
        Database *const db = work->db.get();
        if (work->cancelled)
            return;
        const QString verdict = quickCheck(*db);
        if (work->cancelled)
            return;
        if (!verdict.isEmpty()) {
            *damaged = true;
            *problem = tr("The database is damaged (%1). Stop taking payments here and restore the latest backup "
                          "with paydesk-cli restore.")
                           .arg(verdict);
            return;
        }
        const Result<AuditCheck> check = verifyAuditTrail(*db);
        if (work->cancelled)
            return;
        if (check && !check->intact)
            *problem = tr("The audit trail was tampered with. %1 Keep this database for inspection and restore the "
                          "latest backup; paydesk-cli audit verify repeats the check.")
                           .arg(check->problem);
        if (const Result<QString> made = dailyBackup(*db, day, 14, &work->cancelled); !made && !work->cancelled)
            *backupProblem = tr("Today's automatic backup failed: %1").arg(made.error().message);
    });
    connect(thread, &QThread::finished, this, [this, problem, backupProblem, damaged] {
        if (*damaged)
            m_service.refuseWrites(*problem);
        if (!backupProblem->isEmpty())
            showMessage(*backupProblem, true);
        if (problem->isEmpty())
            return;
        m_auditNotice->setText(*problem);
        const MessageColors colors = messageColors(palette(), true);
        m_auditNotice->setStyleSheet(
            QStringLiteral("background:%1;color:%2;padding:6px;border-radius:4px;font-weight:bold")
                .arg(colors.background.name(), colors.text.name()));
        m_auditNotice->show();
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_auditCheck = thread;
    thread->start(QThread::LowPriority);
}

MainWindow::~MainWindow()
{
    // Closing does not wait for the start-up check of a large database: it is stopped.
    if (m_startupWork) {
        m_startupWork->cancelled = true;
        const QMutexLocker lock(&m_startupWork->mutex);
        if (m_startupWork->db)
            m_startupWork->db->interrupt();
    }
    if (m_auditCheck)
        m_auditCheck->wait();
}

QWidget *MainWindow::createTodayStrip()
{
    auto *strip = new QFrame(this);
    strip->setObjectName(QStringLiteral("todayStrip"));
    strip->setFrameShape(QFrame::StyledPanel);
    strip->setAccessibleName(tr("Today"));
    auto *layout = new QHBoxLayout(strip);
    layout->setContentsMargins(8, 2, 8, 2);
    auto *title = new QLabel(QStringLiteral("<b>%1</b>").arg(tr("Today")), strip);
    layout->addWidget(title);
    m_todayTakings = new QPushButton(strip);
    m_todayTakings->setObjectName(QStringLiteral("todayTakingsButton"));
    m_todayTakings->setFlat(true);
    m_todayTakings->setToolTip(tr("Show the orders created today"));
    layout->addWidget(m_todayTakings);
    layout->addStretch(1);
    m_needsAction = new QPushButton(strip);
    m_needsAction->setObjectName(QStringLiteral("needsActionButton"));
    m_needsAction->setFlat(true);
    m_needsAction->setToolTip(
        tr("Approved but not confirmed, authorization expiring within 24 hours, or outcome unknown"));
    layout->addWidget(m_needsAction);
    connect(m_todayTakings, &QPushButton::clicked, this, [this] {
        const QDate day = today();
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(QStringLiteral("all")));
        m_from->setDate(day);
        m_to->setDate(day);
        m_dateFilter->setChecked(true);
        applyFilter();
    });
    connect(m_needsAction, &QPushButton::clicked, this, [this] {
        m_dateFilter->setChecked(false);
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(QStringLiteral("needs-action")));
    });
    return strip;
}

void MainWindow::updateToday()
{
    // Captures and refunds of the shop's local day, whichever day their orders were created on.
    const QDate day = today();
    const Result<QList<CurrencyTakings>> takings =
        Takings(m_db).between(day.startOfDay().toUTC(), day.addDays(1).startOfDay().toUTC());
    QStringList parts;
    for (const CurrencyTakings &t : takings ? *takings : QList<CurrencyTakings>())
        parts << tr("captured %1, refunded %2, net %3")
                     .arg(formatMoney(t.captured), formatMoney(t.refunded), formatMoney(t.net()));
    const QString text = !takings          ? takings.error().message
                         : parts.isEmpty() ? tr("nothing captured or refunded yet")
                                           : parts.join(QStringLiteral(" · "));
    m_todayTakings->setText(text);
    m_todayTakings->setAccessibleName(tr("Today: %1").arg(text));

    OrderFilter filter;
    filter.needsAction = true;
    filter.now = m_service.clock().now();
    const Result<qint64> waiting = OrderQueries(m_db).count(filter);
    const int count = waiting ? int(*waiting) : 0;
    m_needsAction->setText(tr("Needs action: %1").arg(count));
    m_needsAction->setAccessibleName(m_needsAction->text());
    QFont font = m_needsAction->font();
    font.setBold(count > 0);
    m_needsAction->setFont(font);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (Settings *settings = m_options.settings) {
        using Key = Settings::Key;
        settings->setValue(Key::WindowGeometry, saveGeometry());
        settings->setValue(Key::WindowColumns, m_view->horizontalHeader()->saveState());
        if (auto *splitter = findChild<QSplitter *>(QStringLiteral("splitter")))
            settings->setValue(Key::WindowSplitter, splitter->saveState());
        settings->setValue(Key::StateFilter, m_stateFilter->currentData());
        settings->setValue(Key::Search, m_search->text());
    }
    QMainWindow::closeEvent(event);
}

QAction *MainWindow::makeAction(const char *name, const QString &icon, const QString &text,
                                const QKeySequence &shortcut)
{
    auto *action = new QAction(QIcon(u":/icons/"_s + icon + u".svg"_s), text, this);
    action->setObjectName(QString::fromLatin1(name));
    if (!shortcut.isEmpty()) {
        action->setShortcut(shortcut);
        action->setToolTip(tr("%1 (%2)").arg(QString(text).remove(u'…'), shortcut.toString(QKeySequence::NativeText)));
    }
    return action;
}

void MainWindow::createActions()
{
    m_newOrderAction = makeAction("newOrderAction", u"new-order"_s, tr("New order…"), QKeySequence::New);
    m_findAction = makeAction("findAction", u"find"_s, tr("Find"), QKeySequence::Find);
    m_exportAction = makeAction("exportAction", u"export"_s, tr("Export…"), QKeySequence(Qt::CTRL | Qt::Key_E));
    m_settingsAction = makeAction("settingsAction", u"settings"_s, tr("Settings…"), QKeySequence::Preferences);
    m_quitAction = makeAction("quitAction", u"quit"_s, tr("Quit"), QKeySequence::Quit);
    m_requestAction =
        makeAction("requestAction", u"request"_s, tr("Request payment"), QKeySequence(Qt::CTRL | Qt::Key_P));
    m_openPageAction =
        makeAction("openPageAction", u"open-page"_s, tr("Open payment page"), QKeySequence(Qt::CTRL | Qt::Key_O));
    m_copyLinkAction = makeAction("copyLinkAction", u"copy-link"_s, tr("Copy payment link"),
                                  QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_qrAction = makeAction("qrAction", u"qr"_s, tr("Show QR"), QKeySequence(Qt::CTRL | Qt::Key_G));
    m_confirmAction = makeAction("confirmAction", u"confirm"_s, tr("Confirm"), QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_captureAction = makeAction("captureAction", u"capture"_s, tr("Capture…"), QKeySequence(Qt::CTRL | Qt::Key_K));
    m_voidAction = makeAction("voidAction", u"void"_s, tr("Void"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_refundAction = makeAction("refundAction", u"refund"_s, tr("Refund…"), QKeySequence(Qt::CTRL | Qt::Key_R));
    m_checkAction =
        makeAction("checkAction", u"check-status"_s, tr("Check status"), QKeySequence(Qt::CTRL | Qt::Key_T));
    m_refreshAction = makeAction("refreshAction", u"refresh"_s, tr("Refresh from LINE Pay"), QKeySequence::Refresh);
    m_reconcileAction = makeAction("reconcileAction", u"reconcile"_s, tr("Reconcile with LINE Pay…"),
                                   QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_dayCloseAction =
        makeAction("dayCloseAction", u"day-close"_s, tr("Day close…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    m_receiptAction =
        makeAction("receiptAction", u"receipt"_s, tr("Receipt…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_lockAction = makeAction("lockAction", u"settings"_s, tr("Lock"), QKeySequence(Qt::CTRL | Qt::Key_L));
    m_staffAction = makeAction("staffAction", u"settings"_s, tr("Staff…"), QKeySequence());

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newOrderAction);
    file->addAction(m_findAction);
    file->addAction(m_exportAction);
    if (m_options.openSettings) {
        file->addSeparator();
        file->addAction(m_settingsAction);
    }
    file->addAction(m_staffAction);
    file->addAction(m_lockAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *payment = menuBar()->addMenu(tr("&Payment"));
    for (QAction *a : {m_requestAction, m_openPageAction, m_copyLinkAction, m_qrAction})
        payment->addAction(a);
    payment->addSeparator();
    for (QAction *a : {m_confirmAction, m_captureAction, m_voidAction, m_refundAction})
        payment->addAction(a);
    payment->addSeparator();
    payment->addAction(m_checkAction);
    payment->addAction(m_refreshAction);
    payment->addAction(m_receiptAction);
    payment->addSeparator();
    payment->addAction(m_reconcileAction);
    payment->addAction(m_dayCloseAction);

    auto *toolBar = addToolBar(tr("Actions"));
    toolBar->setObjectName(QStringLiteral("actionsToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    toolBar->setIconSize(QSize(20, 20));
    // The toolbar's buttons keep the names the earlier push buttons had.
    const QList<std::pair<QAction *, const char *>> onToolBar = {{m_newOrderAction, "newOrderButton"},
                                                                 {nullptr, nullptr},
                                                                 {m_requestAction, "requestButton"},
                                                                 {m_openPageAction, "openPageButton"},
                                                                 {m_copyLinkAction, "copyLinkButton"},
                                                                 {nullptr, nullptr},
                                                                 {m_confirmAction, "confirmButton"},
                                                                 {m_captureAction, "captureButton"},
                                                                 {m_voidAction, "voidButton"},
                                                                 {m_refundAction, "refundButton"},
                                                                 {nullptr, nullptr},
                                                                 {m_checkAction, "checkButton"},
                                                                 {m_refreshAction, "refreshButton"}};
    for (const auto &[action, buttonName] : onToolBar) {
        if (!action) {
            toolBar->addSeparator();
            continue;
        }
        toolBar->addAction(action);
        toolBar->widgetForAction(action)->setObjectName(QString::fromLatin1(buttonName));
    }
    if (m_options.openSettings) {
        auto *spacer = new QWidget(toolBar);
        spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        toolBar->addWidget(spacer);
        toolBar->addAction(m_settingsAction);
        toolBar->widgetForAction(m_settingsAction)->setObjectName(QStringLiteral("settingsButton"));
    }

    connect(m_newOrderAction, &QAction::triggered, this, &MainWindow::newOrder);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportOrders);
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        if (m_options.openSettings)
            m_options.openSettings(this);
    });
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_requestAction, &QAction::triggered, this, [this] { run(m_service.request(selectedOrderId(), false)); });
    connect(m_openPageAction, &QAction::triggered, this, &MainWindow::openPaymentPage);
    connect(m_copyLinkAction, &QAction::triggered, this, &MainWindow::copyPaymentLink);
    connect(m_qrAction, &QAction::triggered, this, &MainWindow::showQr);
    connect(m_confirmAction, &QAction::triggered, this, [this] { run(m_service.confirm(selectedOrderId())); });
    connect(m_captureAction, &QAction::triggered, this, &MainWindow::capture);
    connect(m_voidAction, &QAction::triggered, this, [this] {
        const qint64 orderId = selectedOrderId();
        withOwnerConsent(orderId, MoneyCallKind::Void, std::nullopt,
                         [this, orderId](const std::optional<PaymentService::OwnerApproval> &approval) {
                             run(m_service.voidAuthorization(orderId, approval));
                         });
    });
    connect(m_refundAction, &QAction::triggered, this, &MainWindow::refund);
    connect(m_reconcileAction, &QAction::triggered, this, [this] {
        auto *dialog = new ReconcileDialog(m_service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_dayCloseAction, &QAction::triggered, this, [this] {
        auto *dialog = new DayCloseDialog(m_service, m_db, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &DayCloseDialog::dayClosed, this, &MainWindow::updateToday);
        dialog->open();
    });
    connect(m_receiptAction, &QAction::triggered, this, &MainWindow::showReceipt);
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_staffAction, &QAction::triggered, this, [this] {
        auto *dialog = new StaffDialog(m_service, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [this] {
            updateOperator();
            // With a new staff list, the one at the counter signs in as one of them.
            const Result<QList<StaffMember>> people = m_service.staff();
            const QString name = m_service.currentOperator().name;
            if (people && !people->isEmpty() &&
                std::none_of(people->cbegin(), people->cend(), [&](const StaffMember &m) { return m.name == name; }))
                lock();
        });
        dialog->open();
    });
    connect(m_checkAction, &QAction::triggered, this, [this] { run(m_service.checkStatus(selectedOrderId())); });
    connect(m_refreshAction, &QAction::triggered, this, [this] { run(m_service.details(selectedOrderId())); });
}

void MainWindow::sizeColumns()
{
    // Fixed columns as wide as what they show in this language; customer and items share the
    // rest, so that the table never needs a horizontal scrollbar.
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics text(m_view->font());
    const QFontMetrics bold(header->font());
    const auto fit = [&](int column, QStringList samples) {
        samples << m_model->headerData(column, Qt::Horizontal).toString();
        int width = 0;
        for (const QString &sample : std::as_const(samples))
            width = qMax(width, qMax(text.horizontalAdvance(sample), bold.horizontalAdvance(sample)));
        header->setSectionResizeMode(column, QHeaderView::Fixed);
        header->resizeSection(column, width + 24);
    };
    const QString when = formatDateTime(QDateTime(QDate(2026, 12, 28), QTime(23, 59)));
    QStringList states;
    for (PaymentState state : allPaymentStates())
        states << stateDisplayName(state) + QStringLiteral("MM"); // the badge's padding
    states << OrdersModel::busyElsewhereText() + QStringLiteral("MM");
    fit(OrdersModel::Number, {QStringLiteral("PD-000000")});
    fit(OrdersModel::Created, {when});
    fit(OrdersModel::Amount, {QStringLiteral("99,999.00")});
    fit(OrdersModel::Currency, {QStringLiteral("TWD")});
    fit(OrdersModel::State, states);
    fit(OrdersModel::Refunded, {QStringLiteral("99,999.00")});
    fit(OrdersModel::Updated, {when});
    // The last change is in the detail pane's timeline; the column is there for sorting by it.
    header->hideSection(OrdersModel::Updated);
    header->setSectionResizeMode(OrdersModel::Customer, QHeaderView::Stretch);
    header->setSectionResizeMode(OrdersModel::Items, QHeaderView::Stretch);
    header->setMinimumSectionSize(40);
}

QDate MainWindow::today() const
{
    return m_service.clock().now().toLocalTime().date();
}

qint64 MainWindow::selectedOrderId() const
{
    return m_model->orderIdAt(m_view->currentIndex().row());
}

void MainWindow::selectOrder(qint64 orderId)
{
    const int row = m_model->rowOfOrder(orderId);
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
}

bool MainWindow::showOrder(const QString &number)
{
    OrderFilter filter;
    filter.search = number.trimmed();
    const Result<QList<OrderRow>> rows = OrderQueries(m_db).list(filter);
    const auto found =
        rows ? std::find_if(rows->cbegin(), rows->cend(), [&](const OrderRow &r) { return r.number == filter.search; })
             : QList<OrderRow>::const_iterator();
    if (!rows || found == rows->cend())
        return false;
    if (m_model->rowOfOrder(found->id) < 0) {
        m_search->setText(found->number);
        m_dateFilter->setChecked(false);
        m_stateFilter->setCurrentIndex(m_stateFilter->findData(QStringLiteral("all")));
    }
    selectOrder(found->id);
    m_view->scrollTo(m_view->currentIndex());
    return selectedOrderId() == found->id;
}

QString MainWindow::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void MainWindow::applyFilter()
{
    m_searchPause->stop();
    OrderFilter filter = m_model->filter();
    const QString state = m_stateFilter->currentData().toString();
    filter.needsAction = state == u"needs-action";
    filter.state = filter.needsAction || state == u"all" ? std::nullopt : stateFromName(state);
    filter.now = m_service.clock().now();
    filter.search = m_search->text();
    // Dates are the shop's local days.
    filter.from = m_dateFilter->isChecked() ? m_from->date().startOfDay().toUTC() : QDateTime();
    filter.to = m_dateFilter->isChecked() ? m_to->date().addDays(1).startOfDay().toUTC() : QDateTime();
    const qint64 selected = selectedOrderId();
    m_model->setFilter(filter);
    selectOrder(selected);
    updateActions();
    updateDetails();
}

void MainWindow::refreshOrder(qint64 orderId)
{
    const qint64 selected = selectedOrderId();
    hideSettledMessage();
    m_model->refreshOrder(orderId);
    selectOrder(selected);
    updateActions();
    updateDetails();
    updateToday();
}

void MainWindow::refresh()
{
    const qint64 selected = selectedOrderId();
    hideSettledMessage();
    m_model->refresh();
    selectOrder(selected);
    updateActions();
    updateDetails();
    updateToday();
}

void MainWindow::hideSettledMessage()
{
    if (m_messageOrder == 0)
        return;
    const Result<OrderRow> row = OrderQueries(m_db).find(m_messageOrder);
    if (row && row->state != m_messageState && row->busyOperation == 0) {
        m_message->hide();
        m_messageOrder = 0;
    }
}

void MainWindow::updateActions()
{
    const qint64 orderId = selectedOrderId();
    const std::optional<Payment> payment = orderId ? currentPayment(orderId) : std::nullopt;
    const Result<OrderRow> row = orderId ? OrderQueries(m_db).find(orderId) : Result<OrderRow>(Error{});
    const bool elsewhere = row && m_service.isBusyElsewhere(row->busyOperation, row->busyOwner, row->busyDeadline);
    const bool busy = orderId != 0 && (m_service.isBusy(orderId) || elsewhere);
    const PaymentState state = payment ? payment->state : PaymentState::Draft;
    const auto allowed = [&](PaymentAction action) {
        return orderId != 0 && !busy && isActionAllowed(state, action);
    };
    const bool waiting = payment && state == PaymentState::Requested && !payment->paymentUrl.isEmpty();
    m_requestAction->setEnabled(allowed(PaymentAction::Request));
    m_openPageAction->setEnabled(!busy && waiting);
    m_copyLinkAction->setEnabled(!busy && waiting);
    m_qrAction->setEnabled(!busy && waiting);
    m_confirmAction->setEnabled(allowed(PaymentAction::Confirm));
    m_captureAction->setEnabled(allowed(PaymentAction::Capture));
    m_voidAction->setEnabled(allowed(PaymentAction::Void));
    m_refundAction->setEnabled(allowed(PaymentAction::Refund));
    m_checkAction->setEnabled(allowed(PaymentAction::CheckStatus));
    m_refreshAction->setEnabled(orderId != 0 && !busy && payment && payment->transactionId != 0 &&
                                (allowed(PaymentAction::Details) || allowed(PaymentAction::Recover)));
    m_receiptAction->setEnabled(payment && !payment->captured.isZero());
    m_busy->setVisible(m_running > 0);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idleTimer && m_idleTimer->isActive())
            m_idleTimer->start();
        break;
    default:
        break;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::restartIdleTimer(bool staff)
{
    if (!staff) {
        m_idleTimer->stop();
        return;
    }
    int ms = m_options.idleLockMs;
    if (ms <= 0) {
        const Result<ShopRules> rules = m_service.shopRules();
        ms = (rules ? rules->idleLockMinutes : 5) * 60 * 1000;
    }
    m_idleTimer->start(ms);
}

void MainWindow::updateOperator()
{
    const Result<QList<StaffMember>> people = m_service.staff();
    const bool staff = people && !people->isEmpty();
    const bool hasOwner = staff && std::any_of(people->cbegin(), people->cend(),
                                               [](const StaffMember &m) { return m.role == Role::Owner; });
    const PaymentService::Operator person = m_service.currentOperator();
    const bool owner = m_service.operatorIsOwner();
    m_settingsAction->setEnabled(owner);
    m_staffAction->setEnabled(owner || !hasOwner);
    m_lockAction->setEnabled(staff);
    m_operatorLabel->setVisible(staff);
    m_operatorLabel->setText(owner ? tr("At the counter: %1 (owner)").arg(person.name)
                                   : tr("At the counter: %1 (clerk)").arg(person.name));
    restartIdleTimer(staff);
}

void MainWindow::lock()
{
    const Result<QList<StaffMember>> people = m_service.staff();
    if (m_locked || !people || people->isEmpty())
        return;
    m_locked = true;
    m_idleTimer->stop();
    // Nothing of the shop shows while it is locked.
    centralWidget()->hide();
    for (QDialog *dialog : findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    auto *login = new LoginDialog(m_service, LoginDialog::Mode::Locked, this);
    login->setAttribute(Qt::WA_DeleteOnClose);
    connect(login, &QDialog::accepted, this, [this] {
        m_locked = false;
        centralWidget()->show();
        updateOperator();
        updateActions();
    });
    login->open();
}

void MainWindow::withOwnerConsent(qint64 orderId, MoneyCallKind kind, const std::optional<Money> &amount,
                                  const std::function<void(const std::optional<PaymentService::OwnerApproval> &)> &go)
{
    const Result<bool> needed = m_service.needsOwnerApproval(orderId, kind, amount);
    if (!needed) {
        showMessage(needed.error().message, true);
        return;
    }
    if (!*needed) {
        go(std::nullopt);
        return;
    }
    bool typed = false;
    const QString pin = QInputDialog::getText(
        this, tr("The owner's PIN"),
        kind == MoneyCallKind::Void ? tr("Voiding this authorization needs the owner. Owner, type your PIN:")
                                    : tr("This refund needs the owner. Owner, type your PIN:"),
        QLineEdit::Password, QString(), &typed);
    if (!typed)
        return;
    showMessage(tr("Checking the owner's PIN…"), false);
    m_busy->setVisible(true);
    m_service.approveAsOwner(
        pin, [this, alive = QPointer<MainWindow>(this), go](const Result<PaymentService::OwnerApproval> &given) {
            if (!alive)
                return;
            m_busy->setVisible(m_running > 0);
            if (!given) {
                showMessage(given.error().message + u' ' + tr("Nothing was sent."), true);
                return;
            }
            showMessage(tr("The owner approved."), false);
            go(*given);
        });
}

void MainWindow::showReceipt()
{
    const Result<OrderDetail> detail = OrderDetails(m_db).find(selectedOrderId());
    if (!detail) {
        showMessage(detail.error().message, true);
        return;
    }
    auto *dialog = new ReceiptDialog(m_service, *detail, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateDetails()
{
    const qint64 orderId = selectedOrderId();
    if (orderId == 0) {
        m_details->setHtml(tr("<p>Select an order, or create one with <b>New order</b>.</p>"));
        m_waiting->hide();
        return;
    }
    const Result<OrderDetail> detail = OrderDetails(m_db).findWithTimeline(orderId);
    if (!detail)
        return;
    const Order &order = detail->order;
    const std::optional<Payment> &payment = detail->payment;
    QString html = QStringLiteral("<h2>%1</h2>").arg(order.number.toHtmlEscaped());
    if (!order.customerName.isEmpty())
        html +=
            QStringLiteral("<p>%1 %2</p>").arg(order.customerName.toHtmlEscaped(), order.customerPhone.toHtmlEscaped());
    html += QStringLiteral("<table width='100%'>");
    for (const LineItem &item : order.items)
        html += QStringLiteral("<tr><td>%1</td><td align='right'>%2 × %3</td></tr>")
                    .arg(item.name.toHtmlEscaped())
                    .arg(item.quantity)
                    .arg(item.unitPrice.toDecimalString());
    html += QStringLiteral("<tr><td><b>%1</b></td><td align='right'><b>%2</b></td></tr></table>")
                .arg(tr("Total"), formatMoney(*order.total()));
    const Result<OrderRow> row = OrderQueries(m_db).find(orderId);
    if (row && m_service.isBusyElsewhere(row->busyOperation, row->busyOwner, row->busyDeadline))
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(tr("Another PayDesk (%1, process %2 on %3) is working on this payment; its actions are "
                            "disabled until it has finished.")
                             .arg(row->busyOwner.program, QString::number(row->busyOwner.pid), row->busyOwner.host)
                             .toHtmlEscaped());
    if (payment) {
        html += QStringLiteral("<p>%1: <b>%2</b><br>").arg(tr("State"), stateDisplayName(payment->state));
        html += tr("LINE Pay orderId: %1").arg(payment->lineOrderId.toHtmlEscaped()) + QStringLiteral("<br>");
        if (payment->transactionId)
            html += tr("Transaction: %1").arg(payment->transactionId) + QStringLiteral("<br>");
        if (payment->captured.minorUnits() > 0)
            html += tr("Paid: %1, refunded: %2, still refundable: %3")
                        .arg(formatMoney(payment->captured), formatMoney(payment->refunded),
                             formatMoney(payment->refundable())) +
                    QStringLiteral("<br>");
        if (payment->state == PaymentState::Authorized && payment->authorizationExpiry.isValid()) {
            const qint64 seconds = m_service.clock().now().secsTo(payment->authorizationExpiry);
            html += seconds > 0 ? tr("Authorization expires in %1 h %2 min (%3)")
                                      .arg(seconds / 3600)
                                      .arg((seconds % 3600) / 60)
                                      .arg(formatDateTime(payment->authorizationExpiry))
                                : tr("The authorization expired on %1; it can no longer be captured.")
                                      .arg(formatDateTime(payment->authorizationExpiry));
        }
        html += QStringLiteral("</p>");
    }
    html += QStringLiteral("<h3>%1</h3><table cellspacing='4'>").arg(tr("Timeline"));
    for (const AuditEntry &e : detail->timeline) {
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td><td>%4</td><td>%5</td></tr>")
                    .arg(formatDateTime(e.at), e.actor.toHtmlEscaped(), timelineAction(e.action).toHtmlEscaped(),
                         e.detail.toHtmlEscaped(),
                         e.returnCode.isEmpty() ? QString()
                                                : QString(e.returnCode + u' ' + e.returnMessage).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    if (html != m_details->property("html").toString()) {
        m_details->setHtml(html);
        m_details->setProperty("html", html);
    }
    const bool waiting = payment && payment->state == PaymentState::Requested && !payment->paymentUrl.isEmpty();
    if (waiting)
        m_waiting->setPayment(payment->amount, payment->paymentUrl, payment->created);
    m_waiting->setVisible(waiting);
    tickWaiting();
}

void MainWindow::tickWaiting()
{
    const QDateTime now = m_service.clock().now();
    if (m_waiting->isVisible())
        m_waiting->tick(now);
    if (m_customerView) {
        // The customer's view goes once the payment no longer waits for them.
        const std::optional<Payment> payment = currentPayment(m_customerViewOrder);
        if (!payment || payment->state != PaymentState::Requested)
            m_customerView->close();
        else
            m_customerView->findChild<WaitingPanel *>()->tick(now);
    }
}

QString MainWindow::timelineAction(const QString &action)
{
    // The audit trail stores what happened as a fixed word; people read it in their language.
    static const QHash<QString, const char *> labels = {
        {QStringLiteral("create"), QT_TR_NOOP("Order created")},
        {QStringLiteral("request"), QT_TR_NOOP("Payment request")},
        {QStringLiteral("request refused"), QT_TR_NOOP("Payment request refused")},
        {QStringLiteral("request not sent"), QT_TR_NOOP("Payment request not sent")},
        {QStringLiteral("request outcome unknown"), QT_TR_NOOP("Payment request, outcome unknown")},
        {QStringLiteral("confirm"), QT_TR_NOOP("Confirmation")},
        {QStringLiteral("confirm refused"), QT_TR_NOOP("Confirmation refused")},
        {QStringLiteral("confirm not sent"), QT_TR_NOOP("Confirmation not sent")},
        {QStringLiteral("confirm outcome unknown"), QT_TR_NOOP("Confirmation, outcome unknown")},
        {QStringLiteral("capture"), QT_TR_NOOP("Capture")},
        {QStringLiteral("capture refused"), QT_TR_NOOP("Capture refused")},
        {QStringLiteral("capture not sent"), QT_TR_NOOP("Capture not sent")},
        {QStringLiteral("capture outcome unknown"), QT_TR_NOOP("Capture, outcome unknown")},
        {QStringLiteral("void"), QT_TR_NOOP("Authorization voided")},
        {QStringLiteral("void refused"), QT_TR_NOOP("Void refused")},
        {QStringLiteral("void not sent"), QT_TR_NOOP("Void not sent")},
        {QStringLiteral("void outcome unknown"), QT_TR_NOOP("Void, outcome unknown")},
        {QStringLiteral("refund"), QT_TR_NOOP("Refund")},
        {QStringLiteral("refund refused"), QT_TR_NOOP("Refund refused")},
        {QStringLiteral("refund not sent"), QT_TR_NOOP("Refund not sent")},
        {QStringLiteral("refund outcome unknown"), QT_TR_NOOP("Refund, outcome unknown")},
        {QStringLiteral("status"), QT_TR_NOOP("Status from LINE Pay")},
        {QStringLiteral("details"), QT_TR_NOOP("Details from LINE Pay")},
        {QStringLiteral("recover"), QT_TR_NOOP("Recovery")},
    };
    const auto label = labels.constFind(action);
    if (label == labels.constEnd())
        return action;
    return tr(*label);
}

void MainWindow::showMessage(const QString &text, bool error)
{
    m_messageOrder = 0;
    m_message->setText(text);
    const MessageColors colors = messageColors(palette(), error);
    m_message->setStyleSheet(QStringLiteral("background:%1;color:%2;padding:6px;border-radius:4px")
                                 .arg(colors.background.name(), colors.text.name()));
    m_message->setVisible(!text.isEmpty());
}

void MainWindow::showOutcome(const OperationOutcome &outcome)
{
    const bool ok = outcome.status == OperationOutcome::Status::Done;
    const Result<OrderRow> row = outcome.orderId ? OrderQueries(m_db).find(outcome.orderId) : Result<OrderRow>(Error{});
    QString text = outcome.message;
    if (ok && row && !outcome.alreadyDone)
        text = tr("Order %1 is now %2.").arg(row->number, stateDisplayName(row->state));
    if (!ok && !outcome.returnCode.isEmpty())
        text += QStringLiteral(" (LINE Pay %1)").arg(outcome.returnCode);
    showMessage(text, !ok);
    // The message is about this order as it is now: it goes once the order moves on.
    m_messageOrder = row ? row->id : 0;
    m_messageState = row ? row->state : PaymentState::Draft;
}

void MainWindow::run(PendingOperation *operation)
{
    ++m_running;
    updateActions();
    connect(operation, &PendingOperation::finished, this, [this](const OperationOutcome &outcome) {
        --m_running;
        showOutcome(outcome);
        refresh();
    });
}

// Dialogs open without a nested event loop (timers, polling and automatic confirmation go on
// while one is open) and delete themselves when closed.
template <typename Dialog> Dialog *opened(Dialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::newOrder()
{
    auto *dialog = new NewOrderDialog(this);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Result<Order> created = m_service.createOrder(dialog->order());
        if (!created) {
            showMessage(created.error().message, true);
            return;
        }
        m_model->refresh();
        selectOrder(created->id);
        run(m_service.request(created->id, dialog->authorizeOnly()));
    });
    opened(dialog);
}

void MainWindow::exportOrders()
{
    const QString forSpreadsheets = tr("CSV for spreadsheet programs (*.csv)");
    const QString csv = tr("CSV (*.csv)");
    const QString json = tr("JSON (*.json)");
    QString chosen = forSpreadsheets;
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export the orders shown"), QStringLiteral("orders.csv"),
                                     QStringList{forSpreadsheets, csv, json}.join(QStringLiteral(";;")), &chosen);
    if (file.isEmpty())
        return;
    QSaveFile out(file);
    // Customers' names and payments: the export is the owner's alone, whatever the umask.
    if (!out.open(QIODevice::WriteOnly) || !out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        showMessage(tr("Cannot write %1: %2").arg(file, out.errorString()), true);
        return;
    }
    // The orders the filter shows, all of them, in the view's order.
    OrderFilter filter = m_model->filter();
    filter.limit = -1;
    filter.offset = 0;
    filter.afterId = 0;
    const qint64 total = m_model->totalCount();
    QProgressDialog progress(tr("Exporting the orders…"), tr("Cancel"), 0,
                             int(qMin<qint64>(qMax<qint64>(total, 0), INT_MAX)), this);
    progress.setObjectName(QStringLiteral("exportProgress"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    // Read on a connection of its own: while the progress bar lets the window go on (polling,
    // payments), the export's statement stays apart from the window's writes.
    Result<std::unique_ptr<Database>> own =
        m_db.path() == u":memory:" ? Result<std::unique_ptr<Database>>(Error{}) : Database::open(m_db.path());
    const Database &reader = own ? **own : m_db;
    const Result<ExportResult> exported =
        Storage::exportOrders(reader, filter, chosen == json ? ExportFormat::Json : ExportFormat::Csv, &out,
                              chosen == forSpreadsheets, [&progress](qint64 written) {
                                  if (written % 500 == 0) {
                                      progress.setValue(int(qMin<qint64>(written, INT_MAX)));
                                      QCoreApplication::processEvents();
                                  }
                                  return !progress.wasCanceled();
                              });
    progress.reset();
    if (!exported || exported->cancelled) {
        out.cancelWriting();
        showMessage(!exported ? exported.error().message : tr("Export cancelled; no file was written."), !exported);
        return;
    }
    if (!out.commit()) {
        showMessage(tr("Cannot write %1: %2").arg(file, out.errorString()), true);
        return;
    }
    showMessage(tr("Exported %Ln order(s) to %1.", nullptr, int(qMin<qint64>(exported->orders, INT_MAX))).arg(file),
                false);
}

void MainWindow::refund()
{
    const qint64 orderId = selectedOrderId();
    const Result<OrderDetail> detail = OrderDetails(m_db).find(orderId);
    if (!detail || !detail->payment)
        return;
    const Payment &payment = *detail->payment;
    QStringList before;
    for (const Refund &r : detail->refunds) {
        const QString when = formatDateTime(r.created);
        before << (r.reason.isEmpty() ? tr("%1 on %2").arg(r.amount.toDisplayString(), when)
                                      : tr("%1 on %2 (%3)").arg(r.amount.toDisplayString(), when, r.reason));
    }
    const QString context = before.isEmpty() ? tr("Nothing has been refunded yet.")
                                             : tr("Refunded before: %1").arg(before.join(QStringLiteral("; ")));
    auto *dialog = new AmountDialog(AmountDialog::Kind::Refund, payment.refundable(), context, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, orderId] {
        const std::optional<Money> amount = dialog->isFull() ? std::nullopt : std::optional<Money>(dialog->amount());
        withOwnerConsent(orderId, MoneyCallKind::Refund, amount,
                         [this, orderId, amount,
                          reason = dialog->reason()](const std::optional<PaymentService::OwnerApproval> &approval) {
                             run(m_service.refund(orderId, amount, reason, approval));
                         });
    });
    opened(dialog);
}

void MainWindow::capture()
{
    const qint64 orderId = selectedOrderId();
    const std::optional<Payment> payment = currentPayment(orderId);
    if (!payment)
        return;
    auto *dialog = new AmountDialog(
        AmountDialog::Kind::Capture, payment->amount,
        tr("The authorization expires on %1.").arg(formatDateTime(payment->authorizationExpiry, DateStyle::Long)),
        this);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, orderId] { run(m_service.capture(orderId, dialog->amount())); });
    opened(dialog);
}

void MainWindow::openPaymentPage()
{
    const std::optional<Payment> payment = currentPayment(selectedOrderId());
    if (payment && !m_options.openUrl(QUrl(payment->paymentUrl)))
        showMessage(tr("No browser could be opened. Let the customer scan the QR code, or open this link: %1")
                        .arg(payment->paymentUrl),
                    true);
}

void MainWindow::copyPaymentLink()
{
    const std::optional<Payment> payment = currentPayment(selectedOrderId());
    if (!payment || payment->paymentUrl.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(payment->paymentUrl);
    statusBar()->showMessage(tr("The payment link of %1 is copied.").arg(payment->lineOrderId), 5000);
}

std::optional<Payment> MainWindow::currentPayment(qint64 orderId) const
{
    const Result<std::optional<Payment>> payment = OrderDetails(m_db).currentPayment(orderId);
    return payment ? *payment : std::nullopt;
}

void MainWindow::setAutoConfirm(bool on)
{
    m_options.autoConfirm = on;
    m_poller->setAutoConfirm(on);
}

void MainWindow::showQr()
{
    // A large view of the code and the amount to turn towards the customer.
    const qint64 orderId = selectedOrderId();
    const std::optional<Payment> payment = currentPayment(orderId);
    if (!payment || payment->state != PaymentState::Requested || payment->paymentUrl.isEmpty())
        return;
    if (m_customerView)
        m_customerView->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("customerView"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const Result<OrderRow> row = OrderQueries(m_db).find(orderId);
    dialog->setWindowTitle(tr("Pay order %1 with LINE Pay").arg(row ? row->number : QString()));
    auto *layout = new QVBoxLayout(dialog);
    auto *panel = new WaitingPanel(480, dialog);
    panel->setPayment(payment->amount, payment->paymentUrl, payment->created);
    panel->tick(m_service.clock().now());
    layout->addWidget(panel);
    auto *close = new QPushButton(tr("Close"), dialog);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(close, &QPushButton::clicked, dialog, &QDialog::close);
    layout->addWidget(close, 0, Qt::AlignRight);
    m_customerView = dialog;
    m_customerViewOrder = orderId;
    dialog->show();
}

} // namespace PayDesk::Ui
