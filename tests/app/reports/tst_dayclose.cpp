// The day close: the settlement report's totals are the sums SQL finds, a closed day's report
// never changes (a late refund lands on the day it was made), numbers follow each other without
// gaps, and the report and receipts come out as PDFs whose text holds what was printed.
#include <time.h>

#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include "app/reports/documents.h"
#include "app/storage/audittrail.h"
#include "app/storage/dayclose.h"
#include "app/storage/orderdetails.h"
#include "app/storage/paymentrepository.h"
#include "app/storage/refundrepository.h"
#include "app/storage/shopsettings.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;
using S = OperationOutcome::Status;

namespace {

const QTimeZone kTaipei("Asia/Taipei");

// The sentence of a failed result, for QVERIFY2 (which reads its message also when all is well).
template <typename T> QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// The text poppler reads out of a PDF: what a person (or a search) finds in it.
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed on %s (is poppler-utils installed?): %s", qPrintable(path),
               p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

// "Page size: 164.409 x 321.26 pts" → the width in millimetres.
double pdfPageWidthMm(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(30000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    const qsizetype at = info.indexOf(u"Page size:"_s);
    if (at < 0)
        return 0;
    return info.mid(at + 10).trimmed().section(u' ', 0, 0).toDouble() / 72.0 * 25.4;
}

} // namespace

class TestDayClose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void totalsEqualTheSumsSqlFinds();
    void aClosedDayNeverChangesAndALateRefundLandsOnItsOwnDay();
    void numbersFollowEachOtherWithoutGaps();
    void reportAndReceiptsAreReadablePdfs();
    void aDamagedOrRefusedInputGetsASentence();

private:
    qint64 paidOrder(const QList<LineItem> &items, bool authorizeOnly = false);
    void run(PendingOperation *operation);
    QDate today() const { return m_f->clock.now().toTimeZone(kTaipei).date(); }
    DayClose dayClose() { return DayClose(*m_f->db, kTaipei); }

    std::unique_ptr<ServiceFixture> m_f;
};

void TestDayClose::init()
{
    m_f = std::make_unique<ServiceFixture>();
    // Every movement at a known hour of the shop's day: 10:00 in Taipei today.
    const QDateTime now = m_f->clock.now();
    const QDateTime ten = QDateTime(now.toTimeZone(kTaipei).date(), QTime(10, 0), kTaipei);
    m_f->clock.advance(now.secsTo(ten));
}

void TestDayClose::cleanup()
{
    m_f.reset();
}

void TestDayClose::run(PendingOperation *operation)
{
    const OperationOutcome outcome = waitFor(operation);
    if (outcome.status != S::Done)
        qFatal("operation failed: %s", qPrintable(outcome.message));
}

qint64 TestDayClose::paidOrder(const QList<LineItem> &items, bool authorizeOnly)
{
    const Order order = m_f->newOrder(items, u"陳小明"_s);
    run(m_f->service->request(order.id, authorizeOnly));
    m_f->sandbox.approve(PaymentRepository(*m_f->db).currentForOrder(order.id)->paymentUrl);
    run(m_f->service->confirm(order.id));
    return order.id;
}

void TestDayClose::totalsEqualTheSumsSqlFinds()
{
    const Money tea(150, u"TWD"_s);
    const qint64 a = paidOrder({{u"珍珠奶茶"_s, 2, tea}});
    const qint64 b = paidOrder({{u"Oolong"_s, 1, Money(480, u"TWD"_s)}});
    const qint64 c = paidOrder({{u"Green tea"_s, 3, Money(120, u"TWD"_s)}}, true);
    const qint64 d = paidOrder({{u"Jasmine"_s, 1, Money(500, u"TWD"_s)}}, true);
    const qint64 e = paidOrder({{u"ชาไทย"_s, 2, Money(4550, u"THB"_s)}});
    m_f->clock.advance(600);
    run(m_f->service->capture(c, Money(300, u"TWD"_s)));
    run(m_f->service->voidAuthorization(d));
    run(m_f->service->refund(a, Money(100, u"TWD"_s), u"one cup spilt"_s));
    run(m_f->service->refund(b, std::nullopt, u"returned"_s));
    run(m_f->service->refund(e, Money(1000, u"THB"_s), QString()));

    const Result<DayReport> report = dayClose().report(today());
    QVERIFY2(report, why(report));
    QVERIFY(!report->isClosed());
    QCOMPARE(report->from, today().startOfDay(kTaipei));
    QCOMPARE(report->to, today().addDays(1).startOfDay(kTaipei));
    QCOMPARE(report->currencies.size(), 2);

    // What SQL finds on its own, per currency, in the day's span.
    const QString from = Database::timestamp(report->from);
    const QString to = Database::timestamp(report->to);
    for (const DayCurrencyTotals &t : report->currencies) {
        const auto sum = [&](const QString &sql) {
            Result<QSqlQuery> q = m_f->db->exec(sql, {from, to, t.currency});
            if (!q || !q->next())
                qFatal("query failed");
            return std::pair{q->value(0).toLongLong(), q->value(1).toLongLong()};
        };
        const auto captured = sum(u"SELECT COALESCE(SUM(captured_minor), 0), COUNT(*) FROM payments WHERE captured_at"
                                  " >= ? AND captured_at < ? AND currency = ?"_s);
        const auto refunded =
            sum(u"SELECT COALESCE(SUM(r.amount_minor), 0), COUNT(*) FROM refunds r JOIN payments p ON"
                " p.id = r.payment_id WHERE r.recorded_at >= ? AND r.recorded_at < ? AND p.currency = ?"_s);
        const auto voided = sum(u"SELECT COALESCE(SUM(amount_minor), 0), COUNT(*) FROM payments WHERE state = 'VOIDED'"
                                " AND updated_at >= ? AND updated_at < ? AND currency = ?"_s);
        QCOMPARE(t.captured.minorUnits(), captured.first);
        QCOMPARE(t.captures, captured.second);
        QCOMPARE(t.refunded.minorUnits(), refunded.first);
        QCOMPARE(t.refunds, refunded.second);
        QCOMPARE(t.voided.minorUnits(), voided.first);
        QCOMPARE(t.voids, voided.second);
    }
    // And what the test did: TWD 300 + 480 + 300 captured, 100 + 480 refunded, 500 voided.
    const DayCurrencyTotals &thb = report->currencies.at(0);
    const DayCurrencyTotals &twd = report->currencies.at(1);
    QCOMPARE(twd.currency, u"TWD"_s);
    QCOMPARE(twd.captured, Money(1080, u"TWD"_s));
    QCOMPARE(twd.refunded, Money(580, u"TWD"_s));
    QCOMPARE(twd.voided, Money(500, u"TWD"_s));
    QCOMPARE(twd.net(), Money(500, u"TWD"_s));
    QCOMPARE(thb.captured, Money(9100, u"THB"_s));
    QCOMPARE(thb.net(), Money(8100, u"THB"_s));
    QCOMPARE(report->movements.size(), 3 + 1 + 3 + 1);
    for (const DayMovement &m : report->movements)
        QVERIFY2(m.transactionId > 999999999999999999LL, "a 19-digit LINE Pay transactionId");
    // The movements are in time order.
    for (qsizetype i = 1; i < report->movements.size(); ++i)
        QVERIFY(report->movements.at(i - 1).at <= report->movements.at(i).at);
    // The JSON copy reads back the same.
    const Result<DayReport> again = DayReport::fromJson(report->toJson());
    QVERIFY(again);
    QCOMPARE(QJsonDocument(again->toJson()).toJson(), QJsonDocument(report->toJson()).toJson());
}

void TestDayClose::aClosedDayNeverChangesAndALateRefundLandsOnItsOwnDay()
{
    const qint64 a = paidOrder({{u"Tea"_s, 4, Money(150, u"TWD"_s)}});
    m_f->clock.advance(8 * 3600); // 18:00: the till is closed
    const QDateTime closing = m_f->clock.now();
    const Result<DayReport> closed = dayClose().close(today(), closing, u"owner"_s);
    QVERIFY2(closed, why(closed));
    QCOMPARE(closed->numberText(), u"Z-0001"_s);
    QCOMPARE(closed->to, closing);
    const QByteArray frozen = QJsonDocument(closed->toJson()).toJson();

    // A refund the same evening, after the close, and one two days later.
    m_f->clock.advance(3600);
    run(m_f->service->refund(a, Money(150, u"TWD"_s), u"late"_s));
    const QDate day = today();
    m_f->clock.advance(2 * 86400);
    run(m_f->service->refund(a, Money(300, u"TWD"_s), u"later"_s));

    const Result<DayReport> reread = dayClose().report(day);
    QVERIFY(reread);
    QVERIFY(reread->isClosed());
    QCOMPARE(QJsonDocument(reread->toJson()).toJson(), frozen);
    QCOMPARE(reread->currencies.value(0).refunded, Money(0, u"TWD"_s));

    // The evening's refund opens the next day's report, which starts where the close ended.
    const Result<DayReport> next = dayClose().report(day.addDays(1));
    QVERIFY(next);
    QCOMPARE(next->from, closed->to);
    QCOMPARE(next->movements.size(), 1);
    QCOMPARE(next->movements.first().amount, Money(150, u"TWD"_s));
    QCOMPARE(next->movements.first().actor, u"owner"_s);
    const Result<DayReport> third = dayClose().report(day.addDays(2));
    QVERIFY(third);
    QCOMPARE(third->movements.size(), 1);
    QCOMPARE(third->movements.first().amount, Money(300, u"TWD"_s));

    // Closing again is refused; the stored copy takes no update and no deletion.
    const Result<DayReport> twice = dayClose().close(day, m_f->clock.now(), u"owner"_s);
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, Error::Kind::Conflict);
    QVERIFY(twice.error().message.contains(u"Z-0001"_s));
    QVERIFY(!m_f->db->exec(u"UPDATE day_closes SET report = '{}'"_s));
    QVERIFY(!m_f->db->exec(u"DELETE FROM day_closes"_s));
    QCOMPARE(QJsonDocument(dayClose().report(day)->toJson()).toJson(), frozen);

    // The close is in the audit trail, whose chain stays intact.
    Result<QSqlQuery> audit = m_f->db->exec(u"SELECT actor, detail FROM audit WHERE action = 'close-day'"_s);
    QVERIFY(audit && audit->next());
    QCOMPARE(audit->value(0).toString(), u"owner"_s);
    QVERIFY(audit->value(1).toString().startsWith(u"Z-0001 "_s + day.toString(Qt::ISODate)));
    QVERIFY(verifyAuditTrail(*m_f->db)->intact);
}

void TestDayClose::numbersFollowEachOtherWithoutGaps()
{
    paidOrder({{u"Tea"_s, 1, Money(150, u"TWD"_s)}});
    const QDate day = today();
    // Closed out of order, with refusals in between that must not take a number.
    const QList<QDate> days{day.addDays(-3), day.addDays(-1), day.addDays(-2), day};
    QVERIFY(!dayClose().close(day.addDays(1), m_f->clock.now(), u"owner"_s));
    int expected = 0;
    for (const QDate &d : days) {
        const Result<DayReport> r = dayClose().close(d, m_f->clock.now(), u"owner"_s);
        QVERIFY2(r, why(r));
        QCOMPARE(r->number, ++expected);
        QVERIFY(!dayClose().close(d, m_f->clock.now(), u"owner"_s));
    }
    const Result<QList<DayReport>> list = dayClose().closedDays();
    QVERIFY(list);
    QCOMPARE(list->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(list->at(i).number, 4 - i);
        QCOMPARE(list->at(i).day, days.at(3 - i));
    }
    // Only today's report holds the payment, and the spans meet without a gap.
    QCOMPARE(dayClose().report(day)->movements.size(), 1);
    QCOMPARE(dayClose().report(day.addDays(-1))->movements.size(), 0);
    // Even a program writing SQL of its own cannot leave a gap.
    QVERIFY(!m_f->db->exec(
        u"INSERT INTO day_closes (number, day, time_zone, period_from, period_to, closed_at,"
        " closed_by, report, report_sha256) VALUES (7, '2020-01-01', 'UTC', '', '', '', '', '{}', '')"_s));
}

void TestDayClose::reportAndReceiptsAreReadablePdfs()
{
    const qint64 a = paidOrder({{u"珍珠奶茶"_s, 2, Money(150, u"TWD"_s)}, {u"ชาไทย"_s, 1, Money(80, u"TWD"_s)}});
    run(m_f->service->refund(a, Money(80, u"TWD"_s), u"少一杯"_s));
    const ShopInfo shop{u"小茶館 Little Tea House"_s, u"24536806"_s, u"台北市中山區南京東路 1 號"_s, u"02-2345-6789"_s};
    QVERIFY(ShopSettings(*m_f->db).write(shop, u"owner"_s));
    QCOMPARE(*ShopSettings(*m_f->db).read(), shop);
    m_f->clock.advance(60);
    const Result<OrderDetail> detail = OrderDetails(*m_f->db).find(a);
    QVERIFY(detail);
    const QString transactionId = QString::number(detail->payment->transactionId);
    QCOMPARE(transactionId.size(), 19);

    const Result<DayReport> closed = dayClose().close(today(), m_f->clock.now(), u"owner"_s);
    QVERIFY(closed);
    const QString reportPdf = m_f->dir.filePath(u"z.pdf"_s);
    QVERIFY(Reports::writePdf(Reports::dayReportHtml(*closed, shop), reportPdf, Reports::Paper::A4, u"Z-0001"_s));
    QVERIFY(QFile::permissions(reportPdf).testFlag(QFileDevice::ReadOwner));
    QCOMPARE(QFile::permissions(reportPdf) &
                 (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    const QString reportText = pdfText(reportPdf);
    for (const QString &expected : {u"Z-0001"_s, u"小茶館 Little Tea House"_s, u"24536806"_s, transactionId,
                                    u"TWD 380"_s, u"TWD 80"_s, u"TWD 300"_s, detail->order.number})
        QVERIFY2(reportText.contains(expected), qPrintable(expected + u" not in:\n"_s + reportText));
    QVERIFY2(qAbs(pdfPageWidthMm(reportPdf) - 210) < 1, "an A4 page");

    for (const Reports::Paper paper : {Reports::Paper::Thermal58, Reports::Paper::Thermal80, Reports::Paper::A4}) {
        const QString name = Reports::paperName(paper);
        const Result<QString> receipt = Reports::receiptHtml(*detail, shop);
        QVERIFY(receipt);
        const QString receiptPdf = m_f->dir.filePath(u"receipt-"_s + name + u".pdf"_s);
        QVERIFY(Reports::writePdf(*receipt, receiptPdf, paper, detail->order.number));
        const QString text = pdfText(receiptPdf);
        for (const QString &expected : {transactionId, u"珍珠奶茶"_s, u"ชาไทย"_s, u"24536806"_s, u"TWD 380"_s})
            QVERIFY2(text.contains(expected), qPrintable(name + u": "_s + expected + u" not in:\n"_s + text));
        const double width = pdfPageWidthMm(receiptPdf);
        QVERIFY2(qAbs(width - (paper == Reports::Paper::Thermal58   ? 58
                               : paper == Reports::Paper::Thermal80 ? 80
                                                                    : 210)) < 1,
                 qPrintable(name + u" is "_s + QString::number(width) + u" mm wide"_s));
    }
    const Result<QString> slip = Reports::receiptHtml(*detail, shop, detail->refunds.first().id);
    QVERIFY(slip);
    const QString slipPdf = m_f->dir.filePath(u"slip.pdf"_s);
    QVERIFY(Reports::writePdf(*slip, slipPdf, Reports::Paper::Thermal80, detail->order.number));
    const QString slipText = pdfText(slipPdf);
    for (const QString &expected :
         {u"Refund slip"_s, transactionId, QString::number(detail->refunds.first().refundTransactionId), u"少一杯"_s})
        QVERIFY2(slipText.contains(expected), qPrintable(expected + u" not in:\n"_s + slipText));
}

void TestDayClose::aDamagedOrRefusedInputGetsASentence()
{
    const Order unpaid = m_f->newOrder();
    const Result<OrderDetail> detail = OrderDetails(*m_f->db).find(unpaid.id);
    QVERIFY(detail);
    const Result<QString> receipt = Reports::receiptHtml(*detail, ShopInfo{});
    QVERIFY(!receipt);
    QVERIFY(receipt.error().message.contains(unpaid.number));
    QVERIFY(!ShopSettings(*m_f->db).write(ShopInfo{u"Tea\u202eHouse"_s, {}, {}, {}}, u"owner"_s));
    QVERIFY(!ShopSettings(*m_f->db).write(ShopInfo{QString(81, u'x'), {}, {}, {}}, u"owner"_s));
    QVERIFY(!dayClose().report(QDate()));
    // A report whose stored copy was damaged (beneath the triggers) is refused with a sentence.
    QVERIFY(dayClose().close(today(), m_f->clock.now(), u"owner"_s));
    QVERIFY(m_f->db->exec(u"DROP TRIGGER day_closes_frozen"_s));
    QVERIFY(m_f->db->exec(u"UPDATE day_closes SET report = '{\"day\": 1}'"_s));
    const Result<DayReport> damaged = dayClose().report(today());
    QVERIFY(!damaged);
    QVERIFY(!damaged.error().message.isEmpty());
}

int main(int argc, char *argv[])
{
    // The shop's day is Taipei's, whatever the machine's zone.
    qputenv("TZ", "Asia/Taipei");
    tzset();
    QGuiApplication app(argc, argv);
    TestDayClose test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_dayclose.moc"
