#pragma once

#include <QDateTime>
#include <QWidget>

#include "app/domain/money.h"

class QLabel;

namespace PayDesk::Ui {

// What the customer is shown while a payment waits for them: the amount, a large QR code of the
// LINE Pay payment page and the time left of LINE Pay's 20-minute request window.
class WaitingPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WaitingPanel)

public:
    // `qrPixels` is about how wide the code is drawn, in device-independent pixels.
    explicit WaitingPanel(int qrPixels, QWidget *parent = nullptr);

    // Shows `url` to pay `amount`; the window closes 20 minutes after `requested`.
    void setPayment(const Money &amount, const QString &url, const QDateTime &requested);
    QString paymentUrl() const { return m_url; }
    // Moves the countdown to `now`; past the window the code goes and a sentence says why.
    void tick(const QDateTime &now);

private:
    int m_qrPixels;
    QString m_url;
    QDateTime m_deadline;
    QLabel *m_amount;
    QLabel *m_qr;
    QLabel *m_hint;
    QLabel *m_countdown;
};

} // namespace PayDesk::Ui
