#include "ui/saleschart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include "app/reports/localeformat.h"
#include "ui/palette.h"

namespace PayDesk::Ui {

namespace {

const QColor kNet(0x1b, 0x7f, 0x3b);    // green, 5.2:1 on white
const QColor kRefund(0xb4, 0x23, 0x18); // red, 6.4:1 on white

QString dayText(const Storage::DayClose::DaySums &day, const QString &currency)
{
    return SalesChart::tr("%1: net %2, refunded %3")
        .arg(formatDate(day.day), formatMoney(Money(day.capturedMinor - day.refundedMinor, currency)),
             formatMoney(Money(day.refundedMinor, currency)));
}

} // namespace

SalesChart::SalesChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("salesChart"));
    setAccessibleName(tr("Net sales and refunds of the last 30 days"));
    setMouseTracking(true);
}

void SalesChart::setDays(const QString &currency, const QList<Storage::DayClose::DaySums> &days)
{
    m_currency = currency;
    m_days = days;
    QStringList lines;
    for (const Storage::DayClose::DaySums &day : days)
        lines << dayText(day, currency);
    setAccessibleDescription(lines.join(u'\n'));
    update();
}

QRectF SalesChart::plotArea() const
{
    const QFontMetrics metrics(font());
    const qreal left = metrics.horizontalAdvance(formatMoney(Money(99999999, QStringLiteral("TWD")))) + 8;
    return QRectF(left, 2 * metrics.height() + 4, width() - left - 8, height() - 3 * metrics.height() - 12);
}

int SalesChart::dayAt(const QPoint &position) const
{
    const QRectF area = plotArea();
    if (m_days.isEmpty() || !area.contains(position))
        return -1;
    return qBound(0, int((position.x() - area.left()) / (area.width() / m_days.size())), int(m_days.size() - 1));
}

bool SalesChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = dayAt(help->pos());
        if (index >= 0)
            QToolTip::showText(help->globalPos(), dayText(m_days.at(index), m_currency), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SalesChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QRectF area = plotArea();
    const QFontMetrics metrics(font());
    painter.setPen(pal.text().color());
    painter.drawText(QRectF(0, 0, width(), metrics.height() + 2), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Net sales (green) and refunds (red), %1").arg(m_currency));
    if (m_days.isEmpty())
        return;

    qint64 top = 1;
    qint64 bottom = 0;
    for (const Storage::DayClose::DaySums &day : m_days) {
        top = qMax(top, day.capturedMinor - day.refundedMinor);
        bottom = qMax(bottom, day.refundedMinor);
    }
    const qreal span = qreal(top + bottom);
    const qreal zeroY = area.top() + area.height() * (qreal(top) / span);
    const qreal slot = area.width() / m_days.size();
    const qreal barWidth = qMax<qreal>(1, slot * 0.7);
    for (int i = 0; i < m_days.size(); ++i) {
        const Storage::DayClose::DaySums &day = m_days.at(i);
        const qreal x = area.left() + i * slot + (slot - barWidth) / 2;
        const qint64 net = day.capturedMinor - day.refundedMinor;
        if (net > 0)
            painter.fillRect(QRectF(x, zeroY - area.height() * net / span, barWidth, area.height() * net / span), kNet);
        else if (net < 0)
            painter.fillRect(QRectF(x, zeroY, barWidth, area.height() * -net / span), kNet.lighter(150));
        if (day.refundedMinor > 0)
            painter.fillRect(QRectF(x, zeroY, barWidth, area.height() * day.refundedMinor / span), kRefund);
        if (i % 5 == 0 || i == m_days.size() - 1) {
            painter.setPen(pal.text().color());
            painter.drawText(QRectF(area.left() + i * slot - 30, area.bottom() + 4, slot + 60, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, QLocale().toString(day.day, QStringLiteral("M/d")));
        }
    }
    painter.setPen(pal.mid().color());
    painter.drawLine(QPointF(area.left(), zeroY), QPointF(area.right(), zeroY));
    painter.setPen(pal.text().color());
    painter.drawText(QRectF(0, area.top() - metrics.height() / 2, area.left() - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, formatMoney(Money(top, m_currency)));
    painter.drawText(QRectF(0, zeroY - metrics.height() / 2, area.left() - 6, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, formatMoney(Money(0, m_currency)));
    if (bottom > 0)
        painter.drawText(QRectF(0, area.bottom() - metrics.height() / 2, area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, formatMoney(Money(-bottom, m_currency)));
}

} // namespace PayDesk::Ui
