#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include "app/domain/moneycall.h"
#include "app/domain/order.h"
#include "app/payments/paymentservice.h"

class QAction;
class QCheckBox;
class QKeySequence;
class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTextBrowser;
class QSystemTrayIcon;
class QThread;
class QTimer;

namespace PayDesk {
class PaymentPoller;
class PaymentService;
class PendingOperation;
struct OperationOutcome;
namespace Storage {
class Database;
}
} // namespace PayDesk

namespace PayDesk::Ui {

class Notifier;
class OrdersModel;
class WaitingPanel;
class Settings;

struct MainWindowOptions
{
    bool sandbox = true;                         // show the SANDBOX banner
    bool autoConfirm = false;                    // confirm as soon as the customer approved
    int pollIntervalMs = 2000;                   // check-status polling while a payment waits (>= 1000)
    std::function<bool(const QUrl &)> openUrl;   // opens the payment page; QDesktopServices by default
    std::function<void(QWidget *)> openSettings; // shows the settings dialog; no Settings button when empty
    Settings *settings = nullptr;                // where the window keeps its size and filters; none when null
    int idleLockMs = 0;                          // lock after this idle time; 0: the owner's rule (minutes)
};

// The back office: orders, the actions the state table allows, the detail pane and its QR code.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // The window reads through `database` and changes everything through `service`.
    MainWindow(PaymentService &service, const Storage::Database &database, MainWindowOptions options,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    OrdersModel *ordersModel() const { return m_model; }
    qint64 selectedOrderId() const;
    void selectOrder(qint64 orderId);
    // Selects the order with this number (PD-000012), clearing filters that hide it; false when
    // there is no such order.
    bool showOrder(const QString &number);
    QString message() const;
    void setAutoConfirm(bool on);
    Notifier *notifier() const { return m_notifier; }
    // Locks the window until someone on the staff list signs in (nothing happens without one).
    void lock();
    bool isLocked() const { return m_locked; }
    QSystemTrayIcon *trayIcon() const { return m_tray; }

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *makeAction(const char *name, const QString &icon, const QString &text, const QKeySequence &shortcut);
    void createActions();
    QWidget *createTodayStrip();
    void updateToday();
    void sizeColumns();
    QDate today() const; // the shop's local day by the service's clock
    void applyFilter();
    void refresh();
    void refreshOrder(qint64 orderId);
    // File › Export: the orders the filter shows as CSV or JSON (the same code as paydesk-cli
    // export), with a progress bar and Cancel.
    void exportOrders();
    // Hides the message about an order once that order has moved on.
    void hideSettledMessage();
    void updateActions();
    void updateDetails();
    void showOutcome(const OperationOutcome &outcome);
    void showMessage(const QString &text, bool error);
    static QString timelineAction(const QString &action);
    void run(PendingOperation *operation);
    void newOrder();
    void refund();
    void showReceipt();
    // Runs `go` with the owner's consent when a clerk's refund or void needs it (asking for the
    // owner's PIN, checked off the window's thread), or at once when it does not; not at all
    // when the PIN is wrong or the question is cancelled.
    void withOwnerConsent(qint64 orderId, MoneyCallKind kind, const std::optional<Money> &amount,
                          const std::function<void(const std::optional<PaymentService::OwnerApproval> &)> &go);
    // What the person at the counter may do: settings and the staff list for the owner.
    void updateOperator();
    // Starts the idle lock's countdown again when the shop has a staff list, else stops it.
    void restartIdleTimer(bool staff);
    void capture();
    void openPaymentPage();
    void copyPaymentLink();
    void showQr();
    void tickWaiting();
    void checkAuditTrail();
    std::optional<Payment> currentPayment(qint64 orderId) const;

    PaymentService &m_service;
    const Storage::Database &m_db;
    MainWindowOptions m_options;
    OrdersModel *m_model;
    QTableView *m_view;
    QComboBox *m_stateFilter;
    QLineEdit *m_search;
    QCheckBox *m_dateFilter;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_message;
    QLabel *m_summary;
    QTextBrowser *m_details;
    WaitingPanel *m_waiting;
    QLabel *m_auditNotice = nullptr; // red when the audit trail's chain is broken
    QPointer<QThread> m_auditCheck;  // the check of the trail at start-up
    // What the start-up check works on, shared with its thread so that closing can stop it.
    struct StartupWork;
    std::shared_ptr<StartupWork> m_startupWork;
    QPointer<QDialog> m_customerView; // the large QR view turned towards the customer
    qint64 m_customerViewOrder = 0;
    QProgressBar *m_busy;
    QPushButton *m_todayTakings = nullptr; // today's takings; a click shows today's orders
    QPushButton *m_needsAction = nullptr;  // a click shows the orders needing action
    // Menu, toolbar and shortcut from one object each.
    QAction *m_newOrderAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_requestAction = nullptr;
    QAction *m_openPageAction = nullptr;
    QAction *m_copyLinkAction = nullptr;
    QAction *m_qrAction = nullptr;
    QAction *m_confirmAction = nullptr;
    QAction *m_captureAction = nullptr;
    QAction *m_voidAction = nullptr;
    QAction *m_refundAction = nullptr;
    QAction *m_checkAction = nullptr;
    QAction *m_reconcileAction = nullptr;
    QAction *m_dayCloseAction = nullptr;
    Notifier *m_notifier = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    qint64 m_notifiedOrder = 0; // the order the last notification opens
    QAction *m_lockAction = nullptr;
    QAction *m_staffAction = nullptr;
    QLabel *m_operatorLabel = nullptr;
    QTimer *m_idleTimer = nullptr;
    bool m_locked = false;
    QAction *m_receiptAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_liveTimer;
    QTimer *m_searchPause = nullptr; // search runs after a pause in typing
    PaymentPoller *m_poller;
    qint64 m_dataVersion = -1;
    qint64 m_messageOrder = 0; // the order the message strip speaks of, 0 for none
    PaymentState m_messageState = PaymentState::Draft;
    int m_running = 0;
    int m_ticks = 0;
};

} // namespace PayDesk::Ui
