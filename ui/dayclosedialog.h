#pragma once

#include <QDialog>
#include <QTimeZone>

#include "app/storage/dayclose.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace PayDesk {
class PaymentService;
namespace Storage {
class Database;
}
} // namespace PayDesk

namespace PayDesk::Ui {

class SalesChart;

// Payment › Day close: a day's settlement report as it will print, the last 30 days' net sales
// and refunds, and "Close the day", which numbers and freezes the report and saves its PDF.
class DayCloseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayCloseDialog)

public:
    DayCloseDialog(PaymentService &service, const Storage::Database &database, QWidget *parent = nullptr);

    void showDay(QDate day);
    const Storage::DayReport &report() const { return m_report; }
    QString message() const;

Q_SIGNALS:
    void dayClosed(const PayDesk::Storage::DayReport &report);

private:
    void reload();
    void updateChart();
    void closeDay();
    void savePdf();
    void print();
    void saveCsv();
    void showMessage(const QString &text, bool error);
    QString html() const;

    PaymentService &m_service;
    const Storage::Database &m_db;
    QTimeZone m_zone;
    Storage::DayReport m_report;
    QDateEdit *m_day;
    QLabel *m_status;
    QTextBrowser *m_preview;
    QComboBox *m_currency;
    SalesChart *m_chart;
    QLabel *m_message;
    QPushButton *m_close;
    QPushButton *m_pdf;
    QPushButton *m_print;
    QPushButton *m_csv;
};

} // namespace PayDesk::Ui
