#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "app/linepay/json.h"

using namespace PayDesk::LinePay;
using namespace Qt::StringLiterals;

class TestJson final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNineteenDigitIdsExact_data();
    void keepsNineteenDigitIdsExact();
    void leavesDigitsInsideStringsAlone();
    void refusesMalformedJson_data();
    void refusesMalformedJson();
    void refusesIdsOutsideSixtyFourBits();
    void writerEmitsCompactExactJson();
    void qtKeepsSixtyFourBitIntegers();
};

void TestJson::keepsNineteenDigitIdsExact_data()
{
    QTest::addColumn<qint64>("id");
    QTest::newRow("typical") << qint64(2023042201206549310);
    QTest::newRow("above 2^62") << (qint64(1) << 62) + 12345;
    QTest::newRow("largest") << std::numeric_limits<qint64>::max();
    QTest::newRow("just above 2^53") << (qint64(1) << 53) + 1;
}

void TestJson::keepsNineteenDigitIdsExact()
{
    QFETCH(qint64, id);
    const QByteArray json =
        "{\"info\":{\"transactionId\":" + QByteArray::number(id) + ",\"list\":[" + QByteArray::number(id) + "]}}";
    const QJsonDocument doc = parseExact(json);
    QVERIFY(doc.isObject());
    const QJsonObject info = doc.object().value(u"info").toObject();
    QCOMPARE(exactId(info.value(u"transactionId")), id);
    QCOMPARE(exactId(info.value(u"list").toArray().at(0)), id);
}

void TestJson::leavesDigitsInsideStringsAlone()
{
    const QJsonDocument doc =
        parseExact("{\"returnMessage\":\"error: 123, \\\"quoted\\\": 45\",\"n\":-20.5,\"ok\":true,\"none\":null}");
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(u"returnMessage").toString(), u"error: 123, \"quoted\": 45"_s);
    QCOMPARE(doc.object().value(u"n").toString(), u"-20.5"_s);
    QCOMPARE(doc.object().value(u"ok").toBool(), true);
    QVERIFY(doc.object().value(u"none").isNull());
}

void TestJson::refusesMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray("{\"returnCode\":\"0000\",\"info\":{");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("unterminated string") << QByteArray("{\"a\":\"b");
    QTest::newRow("two numbers") << QByteArray("{\"a\":1 2}");
}

void TestJson::refusesMalformedJson()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(parseExact(json, &error).isNull());
}

void TestJson::refusesIdsOutsideSixtyFourBits()
{
    const QJsonDocument doc = parseExact("{\"a\":9223372036854775808,\"b\":12.5,\"c\":-5,\"d\":\"123\"}");
    QCOMPARE(exactId(doc.object().value(u"a")), qint64(0));
    QCOMPARE(exactId(doc.object().value(u"b")), qint64(0));
    QCOMPARE(exactId(doc.object().value(u"c")), qint64(0));
    QCOMPARE(exactId(doc.object().value(u"d")), qint64(123));
}

void TestJson::writerEmitsCompactExactJson()
{
    JsonWriter w;
    w.beginObject()
        .key(u"id")
        .integer(std::numeric_limits<qint64>::max())
        .key(u"amount")
        .number(u"12.5")
        .key(u"name")
        .string(u"咖啡 \"x\"\n")
        .key(u"list")
        .beginArray()
        .integer(1)
        .boolean(false)
        .null()
        .beginObject()
        .endObject()
        .endArray()
        .endObject();
    QCOMPARE(w.data(), QByteArray("{\"id\":9223372036854775807,\"amount\":12.5,\"name\":\"") +
                           QString(u"咖啡"_s).toUtf8() + QByteArray(" \\\"x\\\"\\n\",\"list\":[1,false,null,{}]}"));
}

void TestJson::qtKeepsSixtyFourBitIntegers()
{
    // API.md §6: Qt 6 keeps 64-bit integers; parseExact does not depend on it, but the day a Qt
    // version changes this, the test says so.
    const QJsonDocument doc = QJsonDocument::fromJson("{\"id\":2023042201206549310}");
    QCOMPARE(doc.object().value(u"id").toInteger(), qint64(2023042201206549310));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
