#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace PayDesk::LinePay {

// X-LINE-Authorization of API.md §5: Base64(HMAC-SHA256(secret, secret + apiPath + text + nonce)).
// `text` is the exact request body for POST, the exact query string (no '?') for GET.
QByteArray signature(QByteArrayView channelSecret, QByteArrayView apiPath, QByteArrayView text, QByteArrayView nonce);

// Constant-time comparison of two signatures, for the server side.
bool signaturesEqual(QByteArrayView a, QByteArrayView b);

QByteArray newNonce();

} // namespace PayDesk::LinePay
