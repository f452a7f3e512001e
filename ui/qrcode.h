#pragma once

#include <QImage>
#include <QString>

namespace PayDesk::Ui {

// A QR code of `text` (libqrencode), `scale` pixels per module, with a quiet zone; null on failure.
QImage qrCode(const QString &text, int scale = 6);

} // namespace PayDesk::Ui
