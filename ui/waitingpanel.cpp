#include "ui/waitingpanel.h"

#include <QLabel>
#include <QVBoxLayout>

#include "app/payments/moneycalls.h"
#include "ui/qrcode.h"

namespace PayDesk::Ui {

WaitingPanel::WaitingPanel(int qrPixels, QWidget *parent)
    : QWidget(parent),
      m_qrPixels(qrPixels),
      m_amount(new QLabel(this)),
      m_qr(new QLabel(this)),
      m_hint(new QLabel(tr("Scan with LINE to pay"), this)),
      m_countdown(new QLabel(this))
{
    setObjectName(QStringLiteral("waitingPanel"));
    m_amount->setObjectName(QStringLiteral("waitingAmount"));
    m_qr->setObjectName(QStringLiteral("qrLabel"));
    m_hint->setObjectName(QStringLiteral("waitingHint"));
    m_countdown->setObjectName(QStringLiteral("countdownLabel"));
    QFont big = m_amount->font();
    big.setPointSizeF(big.pointSizeF() * 2);
    big.setBold(true);
    m_amount->setFont(big);
    QFont countdown = m_countdown->font();
    countdown.setPointSizeF(countdown.pointSizeF() * 1.3);
    m_countdown->setFont(countdown);
    m_countdown->setWordWrap(true);
    m_qr->setAccessibleName(tr("QR code of the payment page"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    for (QLabel *label : {m_amount, m_qr, m_hint, m_countdown}) {
        label->setAlignment(Qt::AlignCenter);
        layout->addWidget(label);
    }
}

void WaitingPanel::setPayment(const Money &amount, const QString &url, const QDateTime &requested)
{
    m_amount->setText(amount.toDisplayString());
    m_amount->setAccessibleName(tr("Amount to pay: %1").arg(amount.toDisplayString()));
    m_deadline = requested.addSecs(kRequestWindowSeconds);
    if (url != m_url) {
        m_url = url;
        // Drawn for the screen's pixel density, so that a phone reads it from a High-DPI display.
        const qreal ratio = devicePixelRatioF();
        QImage first = qrCode(url, 1);
        const int modules = qMax(1, first.width());
        QImage image = qrCode(url, qMax(2, int(m_qrPixels * ratio / modules)));
        image.setDevicePixelRatio(ratio);
        m_qr->setPixmap(QPixmap::fromImage(image));
    }
}

void WaitingPanel::tick(const QDateTime &now)
{
    const qint64 left = now.secsTo(m_deadline);
    const bool open = left > 0;
    m_qr->setVisible(open);
    m_hint->setVisible(open);
    if (open)
        m_countdown->setText(
            tr("%1 left to pay").arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0'))));
    else
        m_countdown->setText(tr("The 20 minutes to pay are over. Request the payment again if the customer still "
                                "wants to pay."));
    m_countdown->setAccessibleName(m_countdown->text());
}

} // namespace PayDesk::Ui
