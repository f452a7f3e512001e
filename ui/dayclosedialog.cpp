#include "ui/dayclosedialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include "app/payments/paymentservice.h"
#include "app/reports/documents.h"
#include "app/reports/localeformat.h"
#include "ui/documentactions.h"
#include "ui/palette.h"
#include "ui/saleschart.h"

namespace PayDesk::Ui {

namespace {

constexpr int kChartDays = 30;

} // namespace

DayCloseDialog::DayCloseDialog(PaymentService &service, const Storage::Database &database, QWidget *parent)
    : QDialog(parent),
      m_service(service),
      m_db(database),
      m_zone(QTimeZone::systemTimeZone()),
      m_day(new QDateEdit(this)),
      m_status(new QLabel(this)),
      m_preview(new QTextBrowser(this)),
      m_currency(new QComboBox(this)),
      m_chart(new SalesChart(this)),
      m_message(new QLabel(this)),
      m_close(new QPushButton(tr("Close the day…"), this)),
      m_pdf(new QPushButton(tr("Save PDF…"), this)),
      m_print(new QPushButton(tr("Print…"), this)),
      m_csv(new QPushButton(tr("Save CSV…"), this))
{
    setWindowTitle(tr("Day close"));
    setObjectName(QStringLiteral("dayCloseDialog"));
    resize(760, 720);
    m_day->setObjectName(QStringLiteral("dayCloseDay"));
    m_day->setCalendarPopup(true);
    m_day->setAccessibleName(tr("Day"));
    m_day->setDate(m_service.clock().now().toTimeZone(m_zone).date());
    m_status->setObjectName(QStringLiteral("dayCloseStatus"));
    m_status->setWordWrap(true);
    m_preview->setObjectName(QStringLiteral("dayClosePreview"));
    m_preview->setAccessibleName(tr("Settlement report"));
    m_currency->setObjectName(QStringLiteral("dayCloseCurrency"));
    m_currency->setAccessibleName(tr("Currency of the chart"));
    m_message->setObjectName(QStringLiteral("dayCloseMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_close->setObjectName(QStringLiteral("dayCloseButton"));
    m_pdf->setObjectName(QStringLiteral("dayClosePdf"));
    m_print->setObjectName(QStringLiteral("dayClosePrint"));
    m_csv->setObjectName(QStringLiteral("dayCloseCsv"));

    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("&Day"), this);
    label->setBuddy(m_day);
    top->addWidget(label);
    top->addWidget(m_day);
    top->addWidget(m_status, 1);
    top->addWidget(m_close);
    auto *chartRow = new QHBoxLayout;
    auto *currencyLabel = new QLabel(tr("C&urrency"), this);
    currencyLabel->setBuddy(m_currency);
    chartRow->addWidget(currencyLabel);
    chartRow->addWidget(m_currency);
    chartRow->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    for (QPushButton *b : {m_pdf, m_print, m_csv})
        buttons->addButton(b, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_preview, 3);
    layout->addLayout(chartRow);
    layout->addWidget(m_chart, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_day, &QDateEdit::dateChanged, this, &DayCloseDialog::reload);
    connect(m_currency, &QComboBox::currentIndexChanged, this, &DayCloseDialog::updateChart);
    connect(m_close, &QPushButton::clicked, this, &DayCloseDialog::closeDay);
    connect(m_pdf, &QPushButton::clicked, this, &DayCloseDialog::savePdf);
    connect(m_print, &QPushButton::clicked, this, &DayCloseDialog::print);
    connect(m_csv, &QPushButton::clicked, this, &DayCloseDialog::saveCsv);
    reload();
}

void DayCloseDialog::showDay(QDate day)
{
    m_day->setDate(day);
    reload();
}

QString DayCloseDialog::message() const
{
    return noticeText(m_message);
}

void DayCloseDialog::showMessage(const QString &text, bool error)
{
    showNotice(m_message, text, error);
}

QString DayCloseDialog::html() const
{
    const Result<Storage::ShopInfo> shop = m_service.shopInfo();
    return Reports::dayReportHtml(m_report, shop ? *shop : Storage::ShopInfo{});
}

void DayCloseDialog::reload()
{
    const QDate day = m_day->date();
    const Storage::DayReports reports(m_db, m_zone);
    const Result<Storage::DayReport> report = reports.report(day);
    if (!report) {
        showMessage(report.error().message, true);
        m_report = Storage::DayReport{};
        m_preview->clear();
    } else {
        m_report = *report;
        m_preview->setHtml(html());
    }
    const bool begun = day.startOfDay(m_zone) <= m_service.clock().now();
    m_status->setText(m_report.isClosed()
                          ? tr("Closed as %1 on %2 by %3. Its report can be printed again, never changed.")
                                .arg(m_report.numberText(), formatDateTime(m_report.closedAt), m_report.closedBy)
                      : begun ? tr("Not closed yet.")
                              : tr("This day has not begun."));
    const bool owner = m_service.operatorIsOwner();
    m_close->setEnabled(report && !m_report.isClosed() && begun && owner);
    m_close->setToolTip(owner ? QString() : tr("Only the owner closes the day."));

    // The chart's currencies: those money moved in over the 30 days, the day's first.
    const QString current = m_currency->currentText();
    const Result<QStringList> currencies = reports.currencies(day.addDays(1 - kChartDays), day);
    QSignalBlocker blocker(m_currency);
    m_currency->clear();
    m_currency->addItems(currencies && !currencies->isEmpty() ? *currencies : QStringList{QStringLiteral("TWD")});
    const int index = m_currency->findText(current);
    m_currency->setCurrentIndex(index >= 0 ? index : 0);
    updateChart();
}

void DayCloseDialog::updateChart()
{
    const QDate day = m_day->date();
    const Result<QList<Storage::DayReports::DaySums>> sums =
        Storage::DayReports(m_db, m_zone).dailySums(day.addDays(1 - kChartDays), day, m_currency->currentText());
    m_chart->setDays(m_currency->currentText(), sums ? *sums : QList<Storage::DayReports::DaySums>());
}

void DayCloseDialog::closeDay()
{
    const QDate day = m_day->date();
    const auto answer = QMessageBox::question(
        this, tr("Close the day"),
        tr("Close %1? Its report gets the next number and is frozen: what is recorded later lands on the next "
           "day.")
            .arg(formatDate(day, DateStyle::Long)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const Result<Storage::DayReport> closed = m_service.closeDay(day, m_zone);
    if (!closed) {
        showMessage(closed.error().message, true);
        reload();
        return;
    }
    reload();
    // The PDF is kept beside the database, where paydesk-cli close-day puts it too.
    const QString folder = QFileInfo(m_db.path()).absolutePath() + QStringLiteral("/reports");
    QDir().mkpath(folder);
    const QString file =
        folder + QStringLiteral("/%1-%2.pdf").arg(closed->numberText(), closed->day.toString(Qt::ISODate));
    const Status written = Reports::writePdf(html(), file, Reports::Paper::A4, closed->numberText());
    showMessage(
        written
            ? tr("Closed as %1. The report is saved as %2.").arg(closed->numberText(), file)
            : tr("Closed as %1, but its PDF could not be saved: %2").arg(closed->numberText(), written.error().message),
        !written);
    Q_EMIT dayClosed(*closed);
}

void DayCloseDialog::savePdf()
{
    const QString name = m_report.isClosed() ? m_report.numberText() + u'-' + m_report.day.toString(Qt::ISODate)
                                             : m_report.day.toString(Qt::ISODate);
    const DocumentOutcome outcome =
        saveDocumentAsPdf(this, html(), Reports::Paper::A4, name, name + QStringLiteral(".pdf"));
    if (!outcome.message.isEmpty())
        showMessage(outcome.message, outcome.error);
}

void DayCloseDialog::print()
{
    const DocumentOutcome outcome = printDocument(
        this, html(), Reports::Paper::A4, m_report.isClosed() ? m_report.numberText() : m_report.day.toString());
    if (!outcome.message.isEmpty())
        showMessage(outcome.message, outcome.error);
}

void DayCloseDialog::saveCsv()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save as CSV"), m_report.day.toString(Qt::ISODate) + QStringLiteral(".csv"), tr("CSV (*.csv)"));
    if (file.isEmpty())
        return;
    const Status written = Reports::writeOwnerOnlyFile(file, Reports::dayReportCsv(m_report));
    showMessage(written ? tr("Saved %1.").arg(file) : written.error().message, !written);
}

} // namespace PayDesk::Ui
