#include "app/linepay/signer.h"

#include <QMessageAuthenticationCode>
#include <QUuid>

namespace PayDesk::LinePay {

QByteArray signature(QByteArrayView channelSecret, QByteArrayView apiPath, QByteArrayView text, QByteArrayView nonce)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, channelSecret.toByteArray());
    mac.addData(channelSecret.data(), channelSecret.size());
    mac.addData(apiPath.data(), apiPath.size());
    mac.addData(text.data(), text.size());
    mac.addData(nonce.data(), nonce.size());
    return mac.result().toBase64();
}

bool signaturesEqual(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a[i] ^ b[i]);
    return difference == 0;
}

QByteArray newNonce()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

} // namespace PayDesk::LinePay
