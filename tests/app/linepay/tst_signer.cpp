#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "app/linepay/signer.h"

using namespace PayDesk::LinePay;
using namespace Qt::StringLiterals;

class TestSigner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesEveryPublishedVector_data();
    void matchesEveryPublishedVector();
    void differentBytesGiveDifferentSignatures();
    void comparisonIsExact();
    void noncesAreUnique();
};

void TestSigner::matchesEveryPublishedVector_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("expected");
    QFile file(QStringLiteral(PAYDESK_TEST_DATA_DIR "/signature-vectors.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases = QJsonDocument::fromJson(file.readAll()).object().value(u"cases").toArray();
    QCOMPARE(cases.size(), 12);
    for (const QJsonValue &value : cases) {
        const QJsonObject c = value.toObject();
        const bool isGet = c.value(u"method").toString() == u"GET";
        const QString text = isGet ? c.value(u"queryString").toString() : c.value(u"body").toString();
        const QByteArray textBytes = text.toUtf8();
        if (c.contains(u"bodyUtf8Hex"))
            QCOMPARE(textBytes.toHex(), c.value(u"bodyUtf8Hex").toString().toLatin1());
        QTest::newRow(c.value(u"id").toString().toLatin1().constData())
            << c.value(u"channelSecret").toString().toUtf8() << c.value(u"uriPath").toString().toUtf8() << textBytes
            << c.value(u"nonce").toString().toUtf8() << c.value(u"expectedXLineAuthorization").toString().toLatin1();
    }
}

void TestSigner::matchesEveryPublishedVector()
{
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, expected);
    QCOMPARE(signature(secret, path, text, nonce), expected);
}

void TestSigner::differentBytesGiveDifferentSignatures()
{
    const QByteArray secret = "5f1e3c9a7b2d4e6f8a0b1c2d3e4f5a6b";
    const QByteArray compact = signature(secret, "/v3/payments/1/confirm", R"({"amount":100,"currency":"TWD"})", "n");
    const QByteArray spaced = signature(secret, "/v3/payments/1/confirm", R"({"amount": 100, "currency": "TWD"})", "n");
    QVERIFY(compact != spaced);
    QVERIFY(signature("other", "/v3/payments/1/confirm", R"({"amount":100,"currency":"TWD"})", "n") != compact);
}

void TestSigner::comparisonIsExact()
{
    QVERIFY(signaturesEqual("abc=", "abc="));
    QVERIFY(!signaturesEqual("abc=", "abd="));
    QVERIFY(!signaturesEqual("abc=", "abc"));
}

void TestSigner::noncesAreUnique()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(newNonce());
    QCOMPARE(seen.size(), 1000);
}

QTEST_GUILESS_MAIN(TestSigner)
#include "tst_signer.moc"
