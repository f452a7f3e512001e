#include <QTest>

#include "app/linepay/returncodes.h"

using namespace PayDesk::LinePay;
using namespace Qt::StringLiterals;

class TestReturnCodes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDocumentedCodeHasASentence_data();
    void everyDocumentedCodeHasASentence();
    void retrySafetyFollowsTheDocumentation();
    void unknownCodesAreQuoted();
};

void TestReturnCodes::everyDocumentedCodeHasASentence_data()
{
    QTest::addColumn<QString>("code");
    // API.md §15, every documented code.
    const QStringList documented = {
        u"0000"_s, u"0110"_s, u"0121"_s, u"0122"_s, u"0123"_s, u"1101"_s, u"1102"_s, u"1104"_s, u"1105"_s, u"1106"_s,
        u"1110"_s, u"1124"_s, u"1133"_s, u"1141"_s, u"1142"_s, u"1145"_s, u"1150"_s, u"1152"_s, u"1153"_s, u"1154"_s,
        u"1155"_s, u"1159"_s, u"1163"_s, u"1164"_s, u"1165"_s, u"1169"_s, u"1170"_s, u"1172"_s, u"1177"_s, u"1178"_s,
        u"1179"_s, u"1180"_s, u"1183"_s, u"1184"_s, u"1190"_s, u"1193"_s, u"1194"_s, u"1197"_s, u"1198"_s, u"1199"_s,
        u"1264"_s, u"1280"_s, u"1281"_s, u"1282"_s, u"1283"_s, u"1284"_s, u"1285"_s, u"1286"_s, u"1287"_s, u"1288"_s,
        u"1289"_s, u"1290"_s, u"1291"_s, u"1292"_s, u"1293"_s, u"1294"_s, u"1295"_s, u"1296"_s, u"1298"_s, u"1900"_s,
        u"1901"_s, u"1902"_s, u"1903"_s, u"1999"_s, u"2020"_s, u"2021"_s, u"2022"_s, u"2023"_s, u"2024"_s, u"2042"_s,
        u"2101"_s, u"2102"_s, u"2103"_s, u"2104"_s, u"9000"_s};
    QCOMPARE(knownReturnCodes().size(), documented.size());
    for (const QString &code : documented)
        QTest::newRow(code.toLatin1().constData()) << code;
}

void TestReturnCodes::everyDocumentedCodeHasASentence()
{
    QFETCH(QString, code);
    const ReturnCodeInfo info = describeReturnCode(code);
    QVERIFY(info.isKnown);
    QVERIFY(info.sentence.endsWith(u'.'));
    QVERIFY(info.nextStep.endsWith(u'.'));
    QVERIFY(!info.sentence.contains(code)); // a sentence, not a code dump
}

void TestReturnCodes::retrySafetyFollowsTheDocumentation()
{
    // API.md §13: void and refund may be retried after 1900/1902/1999; 1198, 1172, 9000 need
    // the details first.
    QVERIFY(describeReturnCode(u"1900"_s).retrySafe);
    QVERIFY(describeReturnCode(u"1902"_s).retrySafe);
    QVERIFY(describeReturnCode(u"1999"_s).retrySafe);
    QVERIFY(describeReturnCode(u"1164"_s).retrySafe);
    QVERIFY(!describeReturnCode(u"1198"_s).retrySafe);
    QVERIFY(!describeReturnCode(u"1172"_s).retrySafe);
    QVERIFY(!describeReturnCode(u"9000"_s).retrySafe);
    QVERIFY(!describeReturnCode(u"1199"_s).retrySafe);
}

void TestReturnCodes::unknownCodesAreQuoted()
{
    const ReturnCodeInfo info = describeReturnCode(u"2106"_s);
    QVERIFY(!info.isKnown);
    QVERIFY(info.sentence.contains(u"2106"_s));
    QVERIFY(!info.retrySafe);
}

QTEST_GUILESS_MAIN(TestReturnCodes)
#include "tst_returncodes.moc"
