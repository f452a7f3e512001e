#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QPointer>
#include <QSqlQuery>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QImage>
#include <QProcess>
#include <QAbstractButton>
#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QInputDialog>
#include <QStandardPaths>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

#include "app/reports/documents.h"
#include "app/sandbox/fault.h"
#include "app/sandbox/sandboxserver.h"
#include "app/storage/audittrail.h"
#include "app/storage/database.h"
#include "app/storage/orderqueries.h"
#include "app/storage/orderrepository.h"
#include "app/storage/paymentrepository.h"
#include "tests/support/accessibility.h"
#include "tests/support/servicefixture.h"
#include "ui/mainwindow.h"
#include "ui/logindialog.h"
#include "ui/notifier.h"
#include "ui/saleschart.h"
#include "ui/ordersmodel.h"
#include "ui/ordersmodel.h"
#include "ui/settings.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void payRefundPartRefundRestByClicking();
    void authorizeOnlyThenCaptureLower();
    void authorizeOnlyThenVoid();
    void cancelOnTheCustomerPageThenRequestAgain();
    void refundMoreThanRemainsIsRejectedInTheDialog();
    void newOrderDialogExplainsAndBlocksInvalidOrders();
    void everyButtonFollowsTheStateTable_data();
    void everyButtonFollowsTheStateTable();
    void doubleClickOnRefundMakesOneCall();
    void sandboxErrorIsShownAsASentence();
    void changesByAnotherProgramShowUp();
    void orderBusyInAnotherPayDeskShowsAndDisablesItsActions();
    void paymentLinkCanBeCopiedAndIsShownWhenNoBrowserOpens();
    void tableFitsWithoutAHorizontalScrollbar();
    void messageSpeaksOfTheOrderUntilItMovesOn();
    void filtersBySearchAndState();
    void filtersAndGeometryAreRemembered();
    void autoConfirmConfirmsWhenTheCustomerApproves();
    void screenshotOptionWritesAPng();
    void measureOptionPrintsTheFirstFrameStallAndMemory();
    void dataAndSettingsMoveToOneFolderNamedPaydesk();
    void tamperedAuditTrailAndReadableDatabaseAreShown();
    void backupTakenWhileTheWindowWritesRestoresWhole();
    void todayStripEqualsSqlSumsAndFilters();
    void waitingPanelCountsDownOnTheServiceClock();
    void customerViewShowsTheAmountAndGoesWhenPaid();
    void aWholePaymentWithTheKeyboardAlone();
    void everyControlHasAnAccessibleName();
    void reconcileFollowsARefundMadeInTheMerchantCenter();
    void exportWritesTheOrdersTheFilterShows();
    void dayCloseNumbersFreezesAndSavesThePdf();
    void receiptShowsTheTransactionAndSavesAPdf();
    void notificationsTellOfApprovalAndOpenTheOrder();
    void notificationsTellOfDoubtAndOfAuthorizationsAboutToExpire();
    void aClerksLargeRefundNeedsTheOwnersPinOnTheSpot();
    void theFirstStaffListAsksWhoIsAtTheCounter();
    void theWindowLocksWhenIdleUntilSomeoneSignsIn();

private:
    // Types `pin` into the next PIN question (a QInputDialog) once it is open.
    void answerPin(const QString &pin);
    // Signs `name` in on the open login dialog.
    void signIn(const QString &name, const QString &pin);
    QAbstractButton *button(const char *name) const;
    // Stores one TWD order of 60 per item name, through the service (no payment yet).
    void createOrders(const QStringList &items);
    // Starts the paydesk executable offscreen on this test's database and folders.
    void startPaydesk(QProcess &paydesk, const QStringList &arguments) const;
    Payment payment() const { return *PaymentRepository(*m_f->db).currentForOrder(m_window->selectedOrderId()); }
    // Runs `fill` on the next modal dialog once it is open.
    void onDialog(std::function<void(QWidget *)> fill);
    void createOrderByClicking(const QString &price, bool authorizeOnly);
    void click(const char *name) { QTest::mouseClick(button(name), Qt::LeftButton); }
    void refundByClicking(const QString &amount);
    // The customer approves; the window notices by itself; the owner clicks Confirm.
    void approveAndConfirmByClicking();

    std::unique_ptr<ServiceFixture> m_f;
    std::unique_ptr<Ui::Settings> m_settings;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QUrl> m_opened;
    bool m_browserWorks = true;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::init()
{
    m_f = std::make_unique<ServiceFixture>();
    Ui::MainWindowOptions options;
    options.pollIntervalMs = 1000;
    options.openUrl = [this](const QUrl &url) {
        m_opened << url;
        return m_browserWorks;
    };
    m_browserWorks = true;
    m_opened.clear();
    m_settings = std::make_unique<Ui::Settings>(m_f->dir.filePath(u"settings.ini"_s), nullptr);
    options.settings = m_settings.get();
    m_window = std::make_unique<Ui::MainWindow>(*m_f->service, *m_f->db, options);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_window->ordersModel(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    // A test that failed with a dialog open leaves it to the window, which closes it first.
    if (QWidget *modal = QApplication::activeModalWidget())
        modal->close();
    m_tester.reset();
    m_window.reset();
    m_settings.reset();
    m_f.reset();
}

void TestMainWindow::createOrders(const QStringList &items)
{
    for (const QString &name : items) {
        Order order;
        order.currency = u"TWD"_s;
        order.items = {{name, 1, Money(60, u"TWD"_s)}};
        QVERIFY(m_f->service->createOrder(order).ok());
    }
}

void TestMainWindow::startPaydesk(QProcess &paydesk, const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, m_f->dir.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, m_f->dir.filePath(u"data"_s));
    paydesk.setProcessEnvironment(env);
    paydesk.start(QStringLiteral(PAYDESK_BIN_DIR "/paydesk"), QStringList{u"--db"_s, m_f->db->path()} + arguments);
}

QAbstractButton *TestMainWindow::button(const char *name) const
{
    auto *b = m_window->findChild<QAbstractButton *>(QString::fromLatin1(name));
    if (!b)
        qFatal("no button %s", name);
    return b;
}

void TestMainWindow::onDialog(std::function<void(QWidget *)> fill)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, fill] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            fill(dialog);
            // A check that failed inside the handler fails the test now, not at CTest's timeout.
            if (QTest::currentTestFailed()) {
                if (auto *d = qobject_cast<QDialog *>(dialog); d && d->isVisible())
                    d->reject();
            }
        }
    });
    timer->start(20);
}

void TestMainWindow::createOrderByClicking(const QString &price, bool authorizeOnly)
{
    onDialog([&](QWidget *dialog) {
        auto *items = dialog->findChild<QTableWidget *>(u"itemsTable"_s);
        items->item(0, 0)->setText(u"Latte"_s);
        items->item(0, 1)->setText(u"2"_s);
        items->item(0, 2)->setText(price);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"customerEdit"_s), u"Lin Mei"_s);
        if (authorizeOnly)
            QTest::mouseClick(dialog->findChild<QWidget *>(u"authorizeOnlyBox"_s), Qt::LeftButton, {}, QPoint(5, 5));
        QCOMPARE(dialog->findChild<QLabel *>(u"totalLabel"_s)->text(), u"Total: TWD %1"_s.arg(price.toInt() * 2));
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"requestButton"_s), Qt::LeftButton);
    });
    const qint64 before = m_window->selectedOrderId();
    click("newOrderButton");
    // The new order, not the one selected before.
    QTRY_VERIFY(m_window->selectedOrderId() != 0 && m_window->selectedOrderId() != before);
    QTRY_COMPARE(payment().state, PaymentState::Requested);
    QCOMPARE(OrderRepository(*m_f->db).find(m_window->selectedOrderId())->customerName, u"Lin Mei"_s);
}

void TestMainWindow::approveAndConfirmByClicking()
{
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    QTRY_VERIFY(button("confirmButton")->isEnabled());
    click("confirmButton");
}

void TestMainWindow::refundByClicking(const QString &amount)
{
    onDialog([amount](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(u"amountEdit"_s);
        if (!amount.isEmpty()) {
            edit->clear();
            QTest::keyClicks(edit, amount);
        }
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    });
    click("refundButton");
}

void TestMainWindow::payRefundPartRefundRestByClicking()
{
    createOrderByClicking(u"150"_s, false);
    QVERIFY(button("openPageButton")->isEnabled());
    QVERIFY(m_window->findChild<QLabel *>(u"qrLabel"_s)->isVisible());
    QVERIFY(!m_window->findChild<QLabel *>(u"qrLabel"_s)->pixmap().isNull());
    click("openPageButton");
    QCOMPARE(m_opened.size(), 1);
    QCOMPARE(m_opened.first().toString(), payment().paymentUrl);
    QCOMPARE(m_f->sandbox.approve(m_opened.first().toString()).status, 200);
    // The window notices the approval by itself.
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    QTRY_VERIFY(button("confirmButton")->isEnabled());
    click("confirmButton");
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    QTRY_VERIFY(button("refundButton")->isEnabled());
    refundByClicking(u"100"_s);
    QTRY_COMPARE(payment().state, PaymentState::PartiallyRefunded);
    QCOMPARE(payment().refundable(), Money(200, u"TWD"_s));
    // The summary counts what came in: captured less refunded, not the order amounts.
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"orderSummary"_s)->text(), u"1 order(s) · net paid TWD 200"_s);
    QTRY_VERIFY(button("refundButton")->isEnabled());
    refundByClicking({}); // prefilled with what remains
    QTRY_COMPARE(payment().state, PaymentState::Refunded);
    QVERIFY(!button("refundButton")->isEnabled());
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 2);
}

void TestMainWindow::authorizeOnlyThenCaptureLower()
{
    createOrderByClicking(u"100"_s, true);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Authorized);
    QTRY_VERIFY(button("captureButton")->isEnabled());
    onDialog([](QWidget *dialog) {
        QVERIFY(dialog->findChild<QLabel *>(u"contextLabel"_s)->text().contains(u"expires"_s));
        auto *edit = dialog->findChild<QLineEdit *>(u"amountEdit"_s);
        QCOMPARE(edit->text(), u"200"_s);
        edit->clear();
        QTest::keyClicks(edit, u"150"_s);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);
    });
    click("captureButton");
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    QCOMPARE(payment().captured, Money(150, u"TWD"_s));
}

void TestMainWindow::authorizeOnlyThenVoid()
{
    createOrderByClicking(u"100"_s, true);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Authorized);
    QTRY_VERIFY(button("voidButton")->isEnabled());
    click("voidButton");
    QTRY_COMPARE(payment().state, PaymentState::Voided);
}

void TestMainWindow::cancelOnTheCustomerPageThenRequestAgain()
{
    createOrderByClicking(u"100"_s, false);
    m_f->sandbox.cancel(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Cancelled, 10000);
    QTRY_VERIFY(button("requestButton")->isEnabled());
    click("requestButton");
    QTRY_COMPARE(payment().attempt, 2);
    QTRY_COMPARE(payment().state, PaymentState::Requested);
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
}

void TestMainWindow::refundMoreThanRemainsIsRejectedInTheDialog()
{
    createOrderByClicking(u"100"_s, false);
    approveAndConfirmByClicking();
    QTRY_VERIFY(button("refundButton")->isEnabled());
    bool checked = false;
    onDialog([&checked](QWidget *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(u"amountEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, u"201"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(u"errorLabel"_s)->text().contains(u"TWD 200"_s));
        edit->clear();
        QTest::keyClicks(edit, u"20.5"_s);
        QVERIFY(!dialog->findChild<QPushButton *>(u"okButton"_s)->isEnabled());
        checked = true;
        qobject_cast<QDialog *>(dialog)->reject();
    });
    click("refundButton");
    QTRY_VERIFY(checked || QTest::currentTestFailed()); // a failed check in the dialog ends the wait
    QVERIFY(checked);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 0);
}

void TestMainWindow::newOrderDialogExplainsAndBlocksInvalidOrders()
{
    bool checked = false;
    onDialog([&checked](QWidget *dialog) {
        auto *request = dialog->findChild<QPushButton *>(u"requestButton"_s);
        auto *error = dialog->findChild<QLabel *>(u"errorLabel"_s);
        auto *items = dialog->findChild<QTableWidget *>(u"itemsTable"_s);
        QVERIFY(!request->isEnabled()); // no items yet
        items->item(0, 0)->setText(u"Tea"_s);
        items->item(0, 2)->setText(u"12.5"_s);
        QVERIFY(!request->isEnabled());
        QVERIFY(error->text().contains(u"decimals"_s));
        items->item(0, 2)->setText(u"12"_s);
        QVERIFY(request->isEnabled());
        items->item(0, 1)->setText(u"0"_s);
        QVERIFY(!request->isEnabled());
        QVERIFY(error->text().contains(u"quantity"_s));
        checked = true;
        qobject_cast<QDialog *>(dialog)->reject();
    });
    click("newOrderButton");
    QTRY_VERIFY(checked || QTest::currentTestFailed()); // a failed check in the dialog ends the wait
    QVERIFY(checked);
    QCOMPARE(m_window->ordersModel()->rowCount(), 0); // nothing half-written
}

void TestMainWindow::everyButtonFollowsTheStateTable_data()
{
    QTest::addColumn<PaymentState>("state");
    for (PaymentState state : allPaymentStates())
        QTest::newRow(stateName(state).toLatin1().constData()) << state;
}

void TestMainWindow::everyButtonFollowsTheStateTable()
{
    QFETCH(PaymentState, state);
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"Tea"_s, 1, Money(100, u"TWD"_s)}};
    const Order created = *m_f->service->createOrder(order);
    if (state != PaymentState::Draft) {
        Payment p;
        p.orderId = created.id;
        p.lineOrderId = created.number + u"-1"_s;
        p.state = state;
        p.transactionId = 4700000000000000001;
        p.paymentUrl = u"http://127.0.0.1:1/web/payment/wait?transactionReserveId=x"_s;
        p.amount = p.captured = Money(100, u"TWD"_s);
        p.refunded = Money(0, u"TWD"_s);
        p.created = p.updated = QDateTime::currentDateTimeUtc().addSecs(-3600); // too old to poll
        QVERIFY(PaymentRepository(*m_f->db).insert(p).ok());
    }
    m_window->ordersModel()->refresh();
    m_window->selectOrder(created.id);
    QCOMPARE(m_window->selectedOrderId(), created.id);
    // The expected buttons, written out here rather than asked of the state table.
    using S = PaymentState;
    static const QHash<S, QStringList> enabled = {
        {S::Draft, {u"requestButton"_s}},
        {S::Requested, {u"openPageButton"_s, u"copyLinkButton"_s, u"confirmButton"_s, u"checkButton"_s}},
        {S::Authenticated, {u"confirmButton"_s, u"checkButton"_s}},
        {S::Authorized, {u"captureButton"_s, u"voidButton"_s, u"refreshButton"_s}},
        {S::Captured, {u"refundButton"_s, u"refreshButton"_s}},
        {S::PartiallyRefunded, {u"refundButton"_s, u"refreshButton"_s}},
        {S::Refunded, {u"refreshButton"_s}},
        {S::Voided, {u"requestButton"_s, u"refreshButton"_s}},
        {S::Cancelled, {u"requestButton"_s}},
        {S::Failed, {u"requestButton"_s}},
        {S::Expired, {u"requestButton"_s, u"refreshButton"_s}},
        {S::InDoubt, {u"refreshButton"_s}},
    };
    QVERIFY(enabled.contains(state));
    for (const char *name : {"requestButton", "openPageButton", "copyLinkButton", "confirmButton", "captureButton",
                             "voidButton", "refundButton", "checkButton", "refreshButton"}) {
        QVERIFY2(button(name)->isEnabled() == enabled.value(state).contains(QLatin1StringView(name)), name);
    }
    QCOMPARE(m_window->findChild<QAction *>(u"qrAction"_s)->isEnabled(), state == S::Requested);
    QVERIFY(button("newOrderButton")->isEnabled());
}

void TestMainWindow::doubleClickOnRefundMakesOneCall()
{
    createOrderByClicking(u"100"_s, false);
    approveAndConfirmByClicking();
    QTRY_VERIFY(button("refundButton")->isEnabled());
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:delay=800"_s)});
    refundByClicking(u"50"_s);
    QTRY_VERIFY(!button("refundButton")->isEnabled()); // busy: a second click does nothing
    QTest::mouseClick(button("refundButton"), Qt::LeftButton);
    QTest::mouseDClick(button("refundButton"), Qt::LeftButton);
    QVERIFY(!QApplication::activeModalWidget());
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::PartiallyRefunded, 10000);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
}

void TestMainWindow::sandboxErrorIsShownAsASentence()
{
    createOrderByClicking(u"100"_s, false);
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    QTRY_VERIFY(button("confirmButton")->isEnabled());
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"confirm:code=1180"_s)});
    click("confirmButton");
    QTRY_VERIFY(m_window->message().contains(u"The time to complete this payment has passed."_s));
    QVERIFY(m_window->message().contains(u"Request the payment again."_s));
    QVERIFY(m_window->findChild<QLabel *>(u"messageArea"_s)->isVisible());
    QVERIFY(!QApplication::activeModalWidget()); // not a blocking dialog
}

void TestMainWindow::changesByAnotherProgramShowUp()
{
    QCOMPARE(m_window->ordersModel()->rowCount(), 0);
    Result<std::unique_ptr<Database>> other = Database::open(m_f->db->path());
    QVERIFY(other.ok());
    Order order;
    order.currency = u"TWD"_s;
    order.items = {{u"Cake"_s, 1, Money(60, u"TWD"_s)}};
    QVERIFY(OrderRepository(**other).create(order, QDateTime::currentDateTimeUtc()).ok());
    QTRY_COMPARE_WITH_TIMEOUT(m_window->ordersModel()->rowCount(), 1, 5000);
}

void TestMainWindow::orderBusyInAnotherPayDeskShowsAndDisablesItsActions()
{
    createOrderByClicking(u"150"_s, false);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    QTRY_VERIFY(button("refundButton")->isEnabled());
    const qint64 orderId = m_window->selectedOrderId();

    // Another PayDesk on the same file refunds, and LINE Pay takes its time to answer.
    m_f->sandbox.server().setFaults({*Sandbox::parseFault(u"refund:delay=3000"_s)});
    std::unique_ptr<Database> otherDb = std::move(Database::open(m_f->db->path())).value();
    PaymentService other(*otherDb, m_f->client.get(), m_f->clock, u"clerk"_s);
    PaymentService::Options options;
    options.program = u"paydesk-cli"_s;
    other.setOptions(options);
    bool finished = false;
    connect(other.refund(orderId, Money(100, u"TWD"_s), u"other desk"_s), &PendingOperation::finished, this,
            [&finished](const OperationOutcome &) { finished = true; });
    Ui::OrdersModel *model = m_window->ordersModel();
    const QModelIndex state = model->index(model->rowOfOrder(orderId), Ui::OrdersModel::State);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(state).toString(), u"In progress elsewhere"_s, 5000);
    QVERIFY(model->data(state, Ui::OrdersModel::BusyElsewhereRole).toBool());
    QVERIFY(!button("refundButton")->isEnabled());
    QVERIFY(!button("refreshButton")->isEnabled());
    QVERIFY(m_window->findChild<QTextBrowser *>(u"detailView"_s)->toPlainText().contains(u"paydesk-cli"_s));
    QTest::mouseClick(button("refundButton"), Qt::LeftButton); // a disabled button does nothing

    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(model->data(model->index(model->rowOfOrder(orderId), Ui::OrdersModel::State)).toString(),
                              stateDisplayName(PaymentState::PartiallyRefunded), 5000);
    QTRY_VERIFY(button("refundButton")->isEnabled());
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), 1);
}

void TestMainWindow::paymentLinkCanBeCopiedAndIsShownWhenNoBrowserOpens()
{
    createOrderByClicking(u"150"_s, false);
    const QString url = payment().paymentUrl;
    QVERIFY(button("copyLinkButton")->isEnabled());
    click("copyLinkButton");
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    // The same from the keyboard: Ctrl+Shift+C.
    QGuiApplication::clipboard()->clear();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), url);
    // No browser: the owner gets the link in a sentence instead of nothing.
    m_browserWorks = false;
    click("openPageButton");
    QVERIFY2(m_window->message().contains(url), qPrintable(m_window->message()));
}

void TestMainWindow::tableFitsWithoutAHorizontalScrollbar()
{
    for (const QString &customer : {u"林小姐"_s, u"คุณสมชาย ใจดี"_s, u"A customer with a rather long name"_s}) {
        Order order;
        order.currency = u"THB"_s;
        order.customerName = customer;
        order.items = {{u"Green tea latte with extra oat milk"_s, 12, Money(99950, u"THB"_s)}};
        QVERIFY(m_f->service->createOrder(order).ok());
    }
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), 3);
    QCOMPARE(m_window->size(), QSize(1280, 720)); // the size of a first start
    auto *view = m_window->findChild<QTableView *>(u"ordersView"_s);
    QTRY_VERIFY(view->isVisible());
    QVERIFY(!view->horizontalScrollBar()->isVisible());
    // Long text is elided, and whole in the tooltip.
    const QModelIndex items = m_window->ordersModel()->index(0, Ui::OrdersModel::Items);
    QCOMPARE(items.data(Qt::ToolTipRole).toString(), items.data().toString());
}

void TestMainWindow::messageSpeaksOfTheOrderUntilItMovesOn()
{
    createOrderByClicking(u"150"_s, false);
    const QString number = OrderRepository(*m_f->db).find(m_window->selectedOrderId())->number;
    QTRY_COMPARE(m_window->message(), u"Order %1 is now Waiting for customer."_s.arg(number));
    // The timeline names each step in words, not in the audit trail's fixed keys.
    const QString timeline = m_window->findChild<QTextBrowser *>(u"detailView"_s)->toPlainText();
    QVERIFY2(timeline.contains(u"Order created"_s) && timeline.contains(u"Payment request"_s), qPrintable(timeline));
    // The customer approves: the window notices, and the message no longer fits the order.
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    QTRY_COMPARE(m_window->message(), QString());
}

void TestMainWindow::filtersBySearchAndState()
{
    createOrders({u"Green tea"_s, u"Cake"_s, u"Cheesecake"_s});
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), 3);
    // Nothing is paid yet: the summary counts the orders and names no amount.
    QTRY_COMPARE(m_window->findChild<QLabel *>(u"orderSummary"_s)->text(), u"3 order(s)"_s);
    // Typing runs one search after a pause, not one per key.
    QSignalSpy searches(m_window->ordersModel(), &QAbstractItemModel::modelReset);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"searchBox"_s), u"cake"_s);
    QCOMPARE(searches.size(), 0);
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), 2);
    QCOMPARE(searches.size(), 1);
    auto *state = m_window->findChild<QComboBox *>(u"stateFilter"_s);
    state->setCurrentIndex(state->findData(u"CAPTURED"_s));
    QCOMPARE(m_window->ordersModel()->rowCount(), 0);
    state->setCurrentIndex(state->findData(u"DRAFT"_s));
    QCOMPARE(m_window->ordersModel()->rowCount(), 2);
    auto *dates = m_window->findChild<QCheckBox *>(u"dateFilterBox"_s);
    auto *from = m_window->findChild<QDateEdit *>(u"fromDate"_s);
    auto *to = m_window->findChild<QDateEdit *>(u"toDate"_s);
    QTest::mouseClick(dates, Qt::LeftButton, {}, QPoint(5, 5));
    QVERIFY(dates->isChecked());
    QCOMPARE(m_window->ordersModel()->rowCount(), 2); // created today
    from->setDate(QDate::currentDate().addDays(1));
    to->setDate(QDate::currentDate().addDays(2));
    QCOMPARE(m_window->ordersModel()->rowCount(), 0);
}

void TestMainWindow::filtersAndGeometryAreRemembered()
{
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"searchBox"_s), u"latte"_s);
    auto *state = m_window->findChild<QComboBox *>(u"stateFilter"_s);
    state->setCurrentIndex(state->findData(u"needs-action"_s));
    m_window->resize(1300, 760);
    m_window->close();
    Ui::MainWindowOptions options;
    options.settings = m_settings.get();
    Ui::MainWindow again(*m_f->service, *m_f->db, options);
    QCOMPARE(again.findChild<QLineEdit *>(u"searchBox"_s)->text(), u"latte"_s);
    QCOMPARE(again.findChild<QComboBox *>(u"stateFilter"_s)->currentData().toString(), u"needs-action"_s);
    QCOMPARE(again.size(), QSize(1300, 760));
}

void TestMainWindow::autoConfirmConfirmsWhenTheCustomerApproves()
{
    m_window->setAutoConfirm(true);
    createOrderByClicking(u"100"_s, false);
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Captured, 10000);
    QCOMPARE(m_f->sandbox.calls(u"confirm"_s), 1);
}

void TestMainWindow::screenshotOptionWritesAPng()
{
    createOrderByClicking(u"100"_s, false);
    const QString file = m_f->dir.filePath(u"window.png"_s);
    QProcess paydesk;
    startPaydesk(paydesk, {u"--screenshot"_s, file});
    QVERIFY(paydesk.waitForFinished(30000));
    QCOMPARE(paydesk.exitCode(), 0);
    const QImage image(file);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // The SANDBOX banner's yellow is in the picture, below the menu bar and the toolbar.
    bool yellow = false;
    for (int y = 0; y < 200 && !yellow; ++y)
        yellow = image.pixelColor(image.width() / 2, y) == QColor(0xff, 0xd5, 0x4f);
    QVERIFY(yellow);
}

void TestMainWindow::measureOptionPrintsTheFirstFrameStallAndMemory()
{
    createOrderByClicking(u"100"_s, false);
    QProcess paydesk;
    startPaydesk(paydesk, {u"--measure"_s, u"1"_s});
    QVERIFY(paydesk.waitForFinished(30000));
    QCOMPARE(paydesk.exitCode(), 0);
    const QJsonObject figures = QJsonDocument::fromJson(paydesk.readAllStandardOutput().trimmed()).object();
    QVERIFY2(figures.value(u"firstFrameMs"_s).toInt(-1) > 0, QJsonDocument(figures).toJson().constData());
    QVERIFY(figures.value(u"longestStallMs"_s).toDouble(-1) >= 0);
    QCOMPARE(figures.value(u"rows"_s).toInt(), 1);
    QVERIFY(figures.value(u"peakMemoryMB"_s).toDouble() > 1);
}

void TestMainWindow::todayStripEqualsSqlSumsAndFilters()
{
    auto *takings = m_window->findChild<QPushButton *>(u"todayTakingsButton"_s);
    auto *needsAction = m_window->findChild<QPushButton *>(u"needsActionButton"_s);
    QCOMPARE(takings->text(), u"nothing captured or refunded yet"_s);
    QCOMPARE(needsAction->text(), u"Needs action: 0"_s);
    // Paid 2 × 200, refunded 150; a second order approved, not confirmed; a third only waiting.
    createOrderByClicking(u"200"_s, false);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    refundByClicking(u"150"_s);
    QTRY_COMPARE(payment().state, PaymentState::PartiallyRefunded);
    createOrderByClicking(u"50"_s, false);
    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    createOrderByClicking(u"70"_s, false);

    const auto sum = [this](const QString &sql) {
        Result<QSqlQuery> q = m_f->db->exec(sql);
        return q && q->next() ? Money(q->value(0).toLongLong(), u"TWD"_s).toDisplayString() : QString();
    };
    const QString captured = sum(u"SELECT SUM(captured_minor) FROM payments WHERE captured_at IS NOT NULL"_s);
    const QString refunded = sum(u"SELECT SUM(amount_minor) FROM refunds"_s);
    const QString net = sum(u"SELECT SUM(captured_minor) - (SELECT SUM(amount_minor) FROM refunds) FROM payments"_s);
    QCOMPARE(captured, u"TWD 400"_s);
    QCOMPARE(net, u"TWD 250"_s);
    QTRY_COMPARE(takings->text(), u"captured %1, refunded %2, net %3"_s.arg(captured, refunded, net));
    QTRY_COMPARE(needsAction->text(), u"Needs action: 1"_s);

    QTest::mouseClick(needsAction, Qt::LeftButton);
    QCOMPARE(m_window->findChild<QComboBox *>(u"stateFilter"_s)->currentData().toString(), u"needs-action"_s);
    QCOMPARE(m_window->ordersModel()->rowCount(), 1);
    QCOMPARE(m_window->ordersModel()->index(0, Ui::OrdersModel::Amount).data().toString(), u"100"_s);
    QTest::mouseClick(takings, Qt::LeftButton);
    QCOMPARE(m_window->findChild<QComboBox *>(u"stateFilter"_s)->currentData().toString(), u"all"_s);
    QVERIFY(m_window->findChild<QCheckBox *>(u"dateFilterBox"_s)->isChecked());
    const QDate today = m_f->clock.now().toLocalTime().date();
    QCOMPARE(m_window->findChild<QDateEdit *>(u"fromDate"_s)->date(), today);
    QCOMPARE(m_window->findChild<QDateEdit *>(u"toDate"_s)->date(), today);
    QCOMPARE(m_window->ordersModel()->rowCount(), 3);
}

void TestMainWindow::waitingPanelCountsDownOnTheServiceClock()
{
    createOrderByClicking(u"120"_s, false);
    auto *panel = m_window->findChild<QWidget *>(u"waitingPanel"_s);
    auto *countdown = m_window->findChild<QLabel *>(u"countdownLabel"_s);
    QTRY_VERIFY(panel->isVisible());
    QCOMPARE(m_window->findChild<QLabel *>(u"waitingAmount"_s)->text(), u"TWD 240"_s);
    QVERIFY2(countdown->text() == u"20:00 left to pay"_s || countdown->text() == u"19:59 left to pay"_s,
             qPrintable(countdown->text()));
    m_f->clock.advance(19 * 60 + 30);
    QTRY_VERIFY2(countdown->text().startsWith(u"0:"_s), qPrintable(countdown->text()));
    QVERIFY(m_window->findChild<QLabel *>(u"qrLabel"_s)->isVisible());
    m_f->clock.advance(60);
    QTRY_COMPARE(countdown->text(),
                 u"The 20 minutes to pay are over. Request the payment again if the customer still wants to pay."_s);
    QVERIFY(!m_window->findChild<QLabel *>(u"qrLabel"_s)->isVisible());
}

void TestMainWindow::customerViewShowsTheAmountAndGoesWhenPaid()
{
    createOrderByClicking(u"80"_s, false);
    QTRY_VERIFY(m_window->findChild<QAction *>(u"qrAction"_s)->isEnabled());
    m_window->findChild<QAction *>(u"qrAction"_s)->trigger();
    QPointer<QDialog> view = m_window->findChild<QDialog *>(u"customerView"_s);
    QVERIFY(view && view->isVisible());
    QCOMPARE(view->findChild<QLabel *>(u"waitingAmount"_s)->text(), u"TWD 160"_s);
    const QPixmap code = view->findChild<QLabel *>(u"qrLabel"_s)->pixmap();
    QVERIFY(code.width() / code.devicePixelRatio() >= 400);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    QTRY_VERIFY(!view);
}

void TestMainWindow::aWholePaymentWithTheKeyboardAlone()
{
    // New order, items, request, confirm and a partial refund by keys only, as they land on
    // whatever has the focus.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const auto type = [](const QString &text) {
        for (const QChar c : text)
            QTest::keyClick(QApplication::focusWidget(), c.toLatin1());
    };
    const auto key = [](Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget *target = QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
        QTest::keyClick(target, k, modifiers);
    };
    key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
    QDialog *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    QCOMPARE(dialog->objectName(), u"newOrderDialog"_s);
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    type(u"Tea"_s);
    key(Qt::Key_Tab);
    type(u"3"_s);
    key(Qt::Key_Tab);
    type(u"90"_s);
    key(Qt::Key_Tab); // out of the table: Add item
    QCOMPARE(QApplication::focusWidget()->objectName(), u"addItemButton"_s);
    key(Qt::Key_Tab); // Remove item
    key(Qt::Key_Tab); // currency
    key(Qt::Key_Tab); // customer
    type(u"Kim"_s);
    QCOMPARE(dialog->findChild<QLabel *>(u"totalLabel"_s)->text(), u"Total: TWD 270"_s);
    QCOMPARE(dialog->findChild<QLineEdit *>(u"customerEdit"_s)->text(), u"Kim"_s);
    key(Qt::Key_Return);
    QTRY_VERIFY(m_window->selectedOrderId() != 0);
    QTRY_COMPARE(payment().state, PaymentState::Requested);
    QCOMPARE(payment().amount, Money(270, u"TWD"_s));

    m_f->sandbox.approve(payment().paymentUrl);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::Authenticated, 10000);
    QTRY_VERIFY(m_window->findChild<QAction *>(u"confirmAction"_s)->isEnabled());
    m_window->activateWindow();
    QTRY_VERIFY(QApplication::activeWindow() == m_window.get());
    key(Qt::Key_Return, Qt::ControlModifier);
    QTRY_COMPARE(payment().state, PaymentState::Captured);

    QTRY_VERIFY(m_window->findChild<QAction *>(u"refundAction"_s)->isEnabled());
    key(Qt::Key_R, Qt::ControlModifier);
    QTRY_VERIFY(qobject_cast<QDialog *>(QApplication::activeModalWidget()));
    dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
    QCOMPARE(dialog->objectName(), u"refundDialog"_s);
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"amountEdit"_s));
    key(Qt::Key_A, Qt::ControlModifier);
    type(u"70"_s);
    key(Qt::Key_Tab);
    type(u"Too sweet"_s);
    key(Qt::Key_Return);
    QTRY_COMPARE(payment().state, PaymentState::PartiallyRefunded);
    QCOMPARE(payment().refunded, Money(70, u"TWD"_s));
    QTRY_VERIFY(m_window->findChild<QTextBrowser *>(u"detailView"_s)->toPlainText().contains(u"Too sweet"_s));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    // What a screen reader says for each control: its own name, its text or its label's.
    createOrderByClicking(u"60"_s, false);
    QTRY_VERIFY(m_window->findChild<QAction *>(u"qrAction"_s)->isEnabled());
    m_window->findChild<QAction *>(u"qrAction"_s)->trigger();
    QStringList unnamed = unnamedControls(m_window.get());
    for (const char *action : {"newOrderAction", "reconcileAction", "refundAction"}) {
        if (qstrcmp(action, "refundAction") == 0) {
            approveAndConfirmByClicking();
            QTRY_COMPARE(payment().state, PaymentState::Captured);
        }
        QTRY_VERIFY(m_window->findChild<QAction *>(QString::fromLatin1(action))->isEnabled());
        m_window->findChild<QAction *>(QString::fromLatin1(action))->trigger();
        QTRY_VERIFY(QApplication::activeModalWidget());
        QWidget *dialog = QApplication::activeModalWidget();
        unnamed << unnamedControls(dialog);
        qobject_cast<QDialog *>(dialog)->reject();
        QTRY_VERIFY(!QApplication::activeModalWidget());
    }
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
}

void TestMainWindow::reconcileFollowsARefundMadeInTheMerchantCenter()
{
    createOrderByClicking(u"300"_s, false);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    const Payment paid = payment();
    // Refunded in the LINE Pay merchant center, not in PayDesk.
    const std::unique_ptr<LinePay::Client> merchantCenter = m_f->newClient();
    QCOMPARE(waitFor(merchantCenter->refund(paid.transactionId, Money(120, u"TWD"_s))).envelope.returnCode, u"0000"_s);
    m_window->findChild<QAction *>(u"reconcileAction"_s)->trigger();
    QTRY_VERIFY(QApplication::activeModalWidget());
    QWidget *dialog = QApplication::activeModalWidget();
    QCOMPARE(dialog->objectName(), u"reconcileDialog"_s);
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"reconcileStart"_s), Qt::LeftButton);
    auto *table = dialog->findChild<QTableWidget *>(u"reconcileTable"_s);
    QTRY_COMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), m_window->ordersModel()->index(0, Ui::OrdersModel::Number).data().toString());
    QCOMPARE(table->item(0, 1)->text(), QString::number(paid.transactionId));
    QVERIFY(dialog->findChild<QPushButton *>(u"reconcileSave"_s)->isEnabled());
    QVERIFY2(dialog->findChild<QLabel *>(u"reconcileSummary"_s)->text().contains(u"Compared 1 payment(s)"_s),
             qPrintable(dialog->findChild<QLabel *>(u"reconcileSummary"_s)->text()));
    // The window shows the order as LINE Pay has it.
    QTRY_COMPARE(payment().state, PaymentState::PartiallyRefunded);
    QCOMPARE(payment().refunded, Money(120, u"TWD"_s));
    QTRY_COMPARE(m_window->ordersModel()->index(0, Ui::OrdersModel::Refunded).data().toString(), u"120"_s);
    qobject_cast<QDialog *>(dialog)->reject();
}

void TestMainWindow::exportWritesTheOrdersTheFilterShows()
{
    createOrders({u"Green tea"_s, u"Cake, large"_s, u"Cheesecake"_s});
    QTest::keyClicks(m_window->findChild<QLineEdit *>(u"searchBox"_s), u"cake"_s);
    QTRY_COMPARE(m_window->ordersModel()->rowCount(), 2);
    const QString file = m_f->dir.filePath(u"shown.csv"_s);
    onDialog([file](QWidget *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        QVERIFY(files);
        files->selectNameFilter(u"CSV for spreadsheet programs (*.csv)"_s);
        // What a person types in the name field.
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(file);
        static_cast<QDialog *>(files)->accept();
    });
    m_window->findChild<QAction *>(u"exportAction"_s)->trigger();
    QTRY_VERIFY(QFileInfo::exists(file));
    QTRY_VERIFY(m_window->message().contains(u"Exported 2 order(s)"_s));
    QCOMPARE(QFileInfo(file).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile csv(file);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray data = csv.readAll();
    QVERIFY(data.startsWith("\xEF\xBB\xBF"
                            "order,created,customer,items"));
    // The same orders as the view, in its order; a cell with a comma is quoted.
    const QList<QByteArray> lines = data.mid(3).split('\n');
    QCOMPARE(lines.size(), 4); // header, two orders, the final line end
    for (int row = 0; row < 2; ++row)
        QVERIFY2(lines.at(row + 1).startsWith(QByteArray(
                     m_window->ordersModel()->index(row, Ui::OrdersModel::Number).data().toString().toUtf8() + ',')),
                 lines.at(row + 1).constData());
    QVERIFY(data.contains("\"Cake, large\""));
    QVERIFY(!data.contains("Green tea"));
}

void TestMainWindow::dayCloseNumbersFreezesAndSavesThePdf()
{
    createOrderByClicking(u"250"_s, false);
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    const QString number = m_window->ordersModel()->index(0, Ui::OrdersModel::Number).data().toString();
    m_window->findChild<QAction *>(u"dayCloseAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"dayCloseDialog"_s)) && dialog->isVisible());
    auto *preview = dialog->findChild<QTextBrowser *>(u"dayClosePreview"_s);
    QVERIFY(preview->toPlainText().contains(number));
    QVERIFY2(preview->toPlainText().contains(u"TWD 500"_s), qPrintable(preview->toPlainText()));
    QCOMPARE(dialog->findChild<Ui::SalesChart *>(u"salesChart"_s)->days().size(), 30);
    QCOMPARE(dialog->findChild<Ui::SalesChart *>(u"salesChart"_s)->days().last().capturedMinor, 500); // two at 250
    auto *close = dialog->findChild<QPushButton *>(u"dayCloseButton"_s);
    QVERIFY(close->isEnabled());
    // The owner confirms the question, and the day is Z-0001.
    onDialog([](QWidget *question) {
        auto *box = qobject_cast<QMessageBox *>(question);
        QVERIFY(box);
        QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QTest::mouseClick(close, Qt::LeftButton);
    auto *status = dialog->findChild<QLabel *>(u"dayCloseStatus"_s);
    QTRY_VERIFY(status->text().contains(u"Z-0001"_s));
    QVERIFY(!close->isEnabled());
    const QString pdf = QFileInfo(m_f->db->path()).absolutePath() + u"/reports/Z-0001-"_s +
                        m_f->clock.now().toLocalTime().date().toString(Qt::ISODate) + u".pdf"_s;
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(pdf));
    QVERIFY(dialog->findChild<QLabel *>(u"dayCloseMessage"_s)->text().contains(pdf));
    QVERIFY(preview->toPlainText().contains(u"Z-0001"_s));
    // A refund after the close leaves the closed report as it was.
    const QString frozen = preview->toPlainText().section(u"Printed"_s, 0, 0);
    dialog->reject();
    QTRY_VERIFY(!m_window->findChild<QDialog *>(u"dayCloseDialog"_s));
    m_f->clock.advance(60);
    refundByClicking(u"50"_s);
    QTRY_COMPARE(payment().refunded, Money(50, u"TWD"_s));
    m_window->findChild<QAction *>(u"dayCloseAction"_s)->trigger();
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"dayCloseDialog"_s)) && dialog->isVisible());
    QCOMPARE(dialog->findChild<QTextBrowser *>(u"dayClosePreview"_s)->toPlainText().section(u"Printed"_s, 0, 0),
             frozen);
    dialog->findChild<QDateEdit *>(u"dayCloseDay"_s)->setDate(m_f->clock.now().toLocalTime().date().addDays(1));
    QVERIFY(dialog->findChild<QTextBrowser *>(u"dayClosePreview"_s)->toPlainText().contains(u"TWD 50"_s));
    QVERIFY(!dialog->findChild<QPushButton *>(u"dayCloseButton"_s)->isEnabled()); // it has not begun
    dialog->reject();
}

void TestMainWindow::receiptShowsTheTransactionAndSavesAPdf()
{
    createOrderByClicking(u"180"_s, false);
    QVERIFY(!m_window->findChild<QAction *>(u"receiptAction"_s)->isEnabled());
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    QTRY_VERIFY(m_window->findChild<QAction *>(u"receiptAction"_s)->isEnabled());
    QVERIFY(m_f->service->saveShopInfo({u"小茶館"_s, u"24536806"_s, QString(), QString()}));
    const QString transaction = QString::number(payment().transactionId);
    m_window->findChild<QAction *>(u"receiptAction"_s)->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"receiptDialog"_s)) && dialog->isVisible());
    const QString text = dialog->findChild<QTextBrowser *>(u"receiptPreview"_s)->toPlainText();
    QVERIFY2(text.contains(transaction) && text.contains(u"小茶館"_s) && text.contains(u"24536806"_s),
             qPrintable(text));
    auto *paper = dialog->findChild<QComboBox *>(u"receiptPaper"_s);
    paper->setCurrentIndex(paper->findData(int(Reports::Paper::Thermal58)));
    const QString file = m_f->dir.filePath(u"receipt.pdf"_s);
    onDialog([file](QWidget *files) {
        auto *name = files->findChild<QLineEdit *>(u"fileNameEdit"_s);
        QVERIFY(name);
        name->setText(file);
        static_cast<QDialog *>(files)->accept();
    });
    QTest::mouseClick(dialog->findChild<QPushButton *>(u"receiptPdf"_s), Qt::LeftButton);
    QTRY_VERIFY(QFileInfo::exists(file));
    QVERIFY(QFileInfo(file).size() > 1000);
    QTRY_VERIFY(dialog->findChild<QLabel *>(u"receiptMessage"_s)->text().contains(file));
    QProcess text2;
    text2.start(u"pdftotext"_s, {file, u"-"_s});
    QVERIFY(text2.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(text2.readAllStandardOutput()).contains(transaction));
    dialog->reject();
}

void TestMainWindow::notificationsTellOfApprovalAndOpenTheOrder()
{
    createOrderByClicking(u"120"_s, false);
    const qint64 approvedOrder = m_window->selectedOrderId();
    createOrderByClicking(u"80"_s, false);
    QVERIFY(m_window->selectedOrderId() != approvedOrder);
    m_f->sandbox.approve(PaymentRepository(*m_f->db).currentForOrder(approvedOrder)->paymentUrl);
    Ui::Notifier *notifier = m_window->notifier();
    QTRY_VERIFY_WITH_TIMEOUT(!notifier->sent().isEmpty(), 10000);
    QCOMPARE(notifier->sent().first().orderId, approvedOrder);
    QVERIFY2(notifier->sent().first().text.contains(u"TWD 240"_s), qPrintable(notifier->sent().first().text));
    // A click on the tray's message opens that order.
    QMetaObject::invokeMethod(m_window->trayIcon(), "messageClicked");
    QTRY_COMPARE(m_window->selectedOrderId(), approvedOrder);
    // Announced once, whatever the poller reads again.
    QTest::qWait(1500);
    QCOMPARE(notifier->sent().size(), 1);
}

void TestMainWindow::answerPin(const QString &pin)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, pin] {
        auto *question = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!question)
            return;
        timer->stop();
        timer->deleteLater();
        QVERIFY(question->textEchoMode() == QLineEdit::Password);
        auto *edit = question->findChild<QLineEdit *>();
        QTest::keyClicks(edit, pin);
        question->accept();
    });
    timer->start(20);
}

void TestMainWindow::signIn(const QString &name, const QString &pin)
{
    QDialog *login = nullptr;
    QTRY_VERIFY((login = m_window->findChild<QDialog *>(u"loginDialog"_s)) && login->isVisible());
    auto *names = login->findChild<QComboBox *>(u"loginName"_s);
    names->setCurrentIndex(names->findData(name));
    QTest::keyClicks(login->findChild<QLineEdit *>(u"loginPin"_s), pin);
    QTest::mouseClick(login->findChild<QPushButton *>(u"signInButton"_s), Qt::LeftButton);
}

void TestMainWindow::aClerksLargeRefundNeedsTheOwnersPinOnTheSpot()
{
    QVERIFY(m_f->service->addStaff(u"Mei"_s, Role::Owner, u"482916"_s));
    QVERIFY(m_f->service->addStaff(u"Ken"_s, Role::Clerk, u"1357"_s));
    ShopRules rules;
    rules.approvalAbove.insert(u"TWD"_s, Money(100, u"TWD"_s));
    QVERIFY(m_f->service->saveShopRules(rules));
    createOrderByClicking(u"150"_s, false); // TWD 300
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    // Ken takes the counter.
    m_window->lock();
    QVERIFY(m_window->isLocked());
    QVERIFY(!m_window->centralWidget()->isVisible());
    signIn(u"Ken"_s, u"1357"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
    QVERIFY(m_window->findChild<QLabel *>(u"operatorLabel"_s)->text().contains(u"Ken"_s));
    QVERIFY(!m_window->findChild<QAction *>(u"settingsAction"_s)->isEnabled());
    const int before = m_f->sandbox.calls(u"refund"_s);
    // Above the owner's amount: the owner's PIN is asked for; a wrong one sends nothing.
    answerPin(u"111111"_s);
    refundByClicking(u"200"_s);
    QTRY_VERIFY2(m_window->message().contains(u"Wrong PIN"_s), qPrintable(m_window->message()));
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), before);
    answerPin(u"482916"_s);
    refundByClicking(u"200"_s);
    QTRY_COMPARE_WITH_TIMEOUT(payment().refunded, Money(200, u"TWD"_s), 10000);
    QCOMPARE(m_f->sandbox.calls(u"refund"_s), before + 1);
    // The audit trail shows who asked and who approved.
    const Result<QList<AuditEntry>> timeline = AuditReader(*m_f->db).forOrder(m_window->selectedOrderId());
    QStringList actors;
    for (const AuditEntry &e : *timeline)
        if (e.action == u"refund")
            actors << e.actor;
    QVERIFY2(actors.contains(u"Ken (approved by Mei)"_s), qPrintable(actors.join(u'|')));
    // Within the amount no PIN is asked for.
    refundByClicking(u"50"_s);
    QTRY_COMPARE_WITH_TIMEOUT(payment().refunded, Money(250, u"TWD"_s), 10000);
    QVERIFY(!qobject_cast<QInputDialog *>(QApplication::activeModalWidget()));
}

void TestMainWindow::theFirstStaffListAsksWhoIsAtTheCounter()
{
    // The owner adds themselves in File › Staff…; closing it asks them to sign in.
    m_window->findChild<QAction *>(u"staffAction"_s)->trigger();
    QDialog *staff = nullptr;
    QTRY_VERIFY((staff = m_window->findChild<QDialog *>(u"staffDialog"_s)) && staff->isVisible());
    QVERIFY(!staff->findChild<QComboBox *>(u"staffRole"_s)->isEnabled()); // the first is the owner
    staff->findChild<QLineEdit *>(u"staffName"_s)->setText(u"陳美玲"_s);
    QTest::keyClicks(staff->findChild<QLineEdit *>(u"staffPin"_s), u"482916"_s);
    QTest::keyClicks(staff->findChild<QLineEdit *>(u"staffPinAgain"_s), u"482917"_s);
    QTest::mouseClick(staff->findChild<QPushButton *>(u"staffAdd"_s), Qt::LeftButton);
    QVERIFY(staff->findChild<QLabel *>(u"staffProblem"_s)->text().contains(u"differ"_s));
    staff->findChild<QLineEdit *>(u"staffPinAgain"_s)->clear();
    QTest::keyClicks(staff->findChild<QLineEdit *>(u"staffPinAgain"_s), u"482916"_s);
    QTest::mouseClick(staff->findChild<QPushButton *>(u"staffAdd"_s), Qt::LeftButton);
    QCOMPARE(staff->findChild<QListWidget *>(u"staffList"_s)->count(), 1);
    QVERIFY(staff->findChild<QComboBox *>(u"staffRole"_s)->isEnabled());
    staff->reject();
    QTRY_VERIFY(m_window->isLocked());
    signIn(u"陳美玲"_s, u"482916"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
    QVERIFY(m_window->findChild<QLabel *>(u"operatorLabel"_s)->text().contains(u"陳美玲"_s));
    QVERIFY(m_window->findChild<QAction *>(u"settingsAction"_s)->isEnabled());
}

void TestMainWindow::theWindowLocksWhenIdleUntilSomeoneSignsIn()
{
    QVERIFY(m_f->service->addStaff(u"Mei"_s, Role::Owner, u"482916"_s));
    m_window.reset();
    Ui::MainWindowOptions options;
    options.idleLockMs = 300;
    options.openUrl = [](const QUrl &) {
        return true;
    };
    m_window = std::make_unique<Ui::MainWindow>(*m_f->service, *m_f->db, options);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->isLocked(), 5000);
    QVERIFY(!m_window->centralWidget()->isVisible());
    // Escape does not open it; a wrong PIN does not either.
    QDialog *login = m_window->findChild<QDialog *>(u"loginDialog"_s);
    QVERIFY(login);
    QTest::keyClick(login, Qt::Key_Escape);
    QVERIFY(login->isVisible());
    signIn(u"Mei"_s, u"000000"_s);
    // The PIN is checked off the window's thread, which keeps answering meanwhile.
    auto *problem = login->findChild<QLabel *>(u"loginProblem"_s);
    QVERIFY(problem->text().contains(u"Checking"_s));
    QTRY_VERIFY_WITH_TIMEOUT(problem->text().contains(u"Wrong PIN"_s), 10000);
    QVERIFY(m_window->isLocked());
    signIn(u"Mei"_s, u"482916"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->isLocked(), 10000);
    QVERIFY(m_window->centralWidget()->isVisible());
    QVERIFY(m_window->findChild<QLabel *>(u"operatorLabel"_s)->text().contains(u"Mei"_s));
}

void TestMainWindow::notificationsTellOfDoubtAndOfAuthorizationsAboutToExpire()
{
    Ui::Notifier *notifier = m_window->notifier();
    // An authorization that expires within 24 hours is announced once.
    createOrderByClicking(u"90"_s, true);
    const qint64 authorized = m_window->selectedOrderId();
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Authorized);
    const QDateTime expiry = payment().authorizationExpiry;
    QVERIFY(expiry.isValid());
    notifier->checkExpiring();
    const auto expiresSoon = [&](const Ui::Notification &n) {
        return n.orderId == authorized && n.title.contains(u"expires"_s);
    };
    QVERIFY(std::none_of(notifier->sent().cbegin(), notifier->sent().cend(), expiresSoon));
    m_f->clock.advance(m_f->clock.now().secsTo(expiry) - 12 * 3600);
    notifier->checkExpiring();
    notifier->checkExpiring();
    QCOMPARE(std::count_if(notifier->sent().cbegin(), notifier->sent().cend(), expiresSoon), 1);
    // A refund whose answer and every later reading are lost leaves the payment in doubt.
    createOrderByClicking(u"70"_s, false);
    const qint64 doubtful = m_window->selectedOrderId();
    approveAndConfirmByClicking();
    QTRY_COMPARE(payment().state, PaymentState::Captured);
    Sandbox::Fault dropRefund;
    dropRefund.operation = u"refund"_s;
    Sandbox::Fault dropDetails;
    dropDetails.operation = u"details"_s;
    m_f->sandbox.server().setFaults({dropRefund, dropDetails});
    refundByClicking(u"10"_s);
    QTRY_COMPARE_WITH_TIMEOUT(payment().state, PaymentState::InDoubt, 20000);
    QTRY_VERIFY(std::any_of(notifier->sent().cbegin(), notifier->sent().cend(), [&](const Ui::Notification &n) {
        return n.orderId == doubtful && n.title.contains(u"doubt"_s);
    }));
    m_f->sandbox.server().setFaults({});
    // A click on the message opens that order.
    m_window->selectOrder(authorized);
    QMetaObject::invokeMethod(m_window->trayIcon(), "messageClicked");
    QTRY_COMPARE(m_window->selectedOrderId(), doubtful);
}

void TestMainWindow::dataAndSettingsMoveToOneFolderNamedPaydesk()
{
    // What an earlier version left: PayDesk/PayDesk with the sandbox profile's database (one
    // order), and PayDesk/PayDesk.conf with the language.
    const QString data = m_f->dir.filePath(u"data"_s);
    const QString config = m_f->dir.filePath(u"config"_s);
    const QString earlier = data + u"/PayDesk/PayDesk/profiles/embedded-sandbox"_s;
    QVERIFY(QDir().mkpath(earlier));
    {
        std::unique_ptr<Database> old = std::move(Database::open(earlier + u"/shop.db"_s)).value();
        Order order;
        order.currency = u"TWD"_s;
        order.items = {{u"Tea"_s, 1, Money(90, u"TWD"_s)}};
        QVERIFY(OrderRepository(*old).create(order, m_f->clock.now()).ok());
    }
    QVERIFY(QDir().mkpath(config + u"/PayDesk"_s));
    {
        QSettings old(config + u"/PayDesk/PayDesk.conf"_s, QSettings::IniFormat);
        old.setValue(u"ui/thaiBuddhistEra"_s, false);
    }
    QProcess paydesk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, config);
    env.insert(u"XDG_DATA_HOME"_s, data);
    paydesk.setProcessEnvironment(env);
    paydesk.start(QStringLiteral(PAYDESK_BIN_DIR "/paydesk"), {u"--screenshot"_s, m_f->dir.filePath(u"window.png"_s)});
    QVERIFY(paydesk.waitForFinished(30000));
    QCOMPARE(paydesk.exitCode(), 0);
    QVERIFY(!QFileInfo::exists(data + u"/PayDesk"_s));
    const QString moved = data + u"/paydesk/profiles/embedded-sandbox/shop.db"_s;
    QVERIFY(QFileInfo::exists(moved));
    std::unique_ptr<Database> db = std::move(Database::open(moved)).value();
    QCOMPARE(OrderQueries(*db).count({}).value(), qint64(1));
    const QSettings settings(config + u"/paydesk/paydesk.conf"_s, QSettings::IniFormat);
    QCOMPARE(settings.value(u"ui/thaiBuddhistEra"_s).toBool(), false);
}

void TestMainWindow::tamperedAuditTrailAndReadableDatabaseAreShown()
{
    createOrderByClicking(u"90"_s, false);
    QVERIFY(!m_window->findChild<QLabel *>(u"auditNotice"_s)->isVisible());
    QVERIFY(m_f->db->exec(u"UPDATE audit SET actor = 'someone' WHERE id = 1"_s).ok());
    QVERIFY(QFile::setPermissions(m_f->db->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ReadGroup | QFileDevice::ReadOther));
    Ui::MainWindow window(*m_f->service, *m_f->db, {});
    window.show();
    auto *notice = window.findChild<QLabel *>(u"auditNotice"_s);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"Audit entry 1 was changed after it was written."_s), qPrintable(notice->text()));
    QVERIFY2(window.message().contains(u"chmod 600"_s), qPrintable(window.message()));
    // The window made today's backup beside the database.
    const QString backup =
        m_f->dir.filePath(u"backups/shop-%1.db"_s).arg(m_f->clock.now().toLocalTime().date().toString(Qt::ISODate));
    QTRY_VERIFY(QFileInfo::exists(backup));
}

void TestMainWindow::backupTakenWhileTheWindowWritesRestoresWhole()
{
    const auto cli = [](const QStringList &args) {
        auto process = std::make_unique<QProcess>();
        process->start(QStringLiteral(PAYDESK_BIN_DIR "/paydesk-cli"), QStringList{u"--json"_s} + args);
        return process;
    };
    createOrderByClicking(u"40"_s, false);
    // paydesk-cli takes backups again and again while the window creates and requests orders.
    const QString folder = m_f->dir.filePath(u"copies"_s);
    std::vector<std::unique_ptr<QProcess>> backups;
    for (int i = 0; i < 3; ++i) {
        backups.push_back(cli({u"--db"_s, m_f->db->path(), u"backup"_s, u"--out"_s, folder + u"/copy-%1.db"_s.arg(i)}));
        createOrderByClicking(u"%1"_s.arg(50 + i), false);
    }
    for (auto &backup : backups) {
        QVERIFY(backup->state() == QProcess::NotRunning || backup->waitForFinished(60000));
        QCOMPARE(backup->exitCode(), 0);
    }
    for (int i = 0; i < 3; ++i) {
        const QString copy = folder + u"/copy-%1.db"_s.arg(i);
        auto check = cli({u"--db"_s, copy, u"check"_s});
        QVERIFY(check->waitForFinished(60000) || check->state() == QProcess::NotRunning);
        QCOMPARE(check->exitCode(), 0);
        const int orders = QJsonDocument::fromJson(check->readAllStandardOutput()).object().value(u"orders").toInt();
        QVERIFY2(orders >= 1 + i && orders <= 4, qPrintable(QString::number(orders)));
        // Restored into a new database, it reads back whole: the same orders, the audit chain intact.
        const QString restored = m_f->dir.filePath(u"restored-%1.db"_s.arg(i));
        auto restore = cli({u"--db"_s, restored, u"restore"_s, copy});
        QVERIFY(restore->waitForFinished(60000) || restore->state() == QProcess::NotRunning);
        QCOMPARE(restore->exitCode(), 0);
        auto verify = cli({u"--db"_s, restored, u"audit"_s, u"verify"_s});
        QVERIFY(verify->waitForFinished(60000) || verify->state() == QProcess::NotRunning);
        QCOMPARE(verify->exitCode(), 0);
        auto list = cli({u"--db"_s, restored, u"list"_s});
        QVERIFY(list->waitForFinished(60000) || list->state() == QProcess::NotRunning);
        QCOMPARE(QJsonDocument::fromJson(list->readAllStandardOutput()).object().value(u"orders").toArray().size(),
                 orders);
    }
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
