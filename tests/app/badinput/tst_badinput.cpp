#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include "tests/support/clifixture.h"

using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

// Bad input of every kind, each a named case: paydesk-cli must exit with the code given, say in
// a sentence what is wrong (the text given is part of it), and leave the shop's records and
// LINE Pay exactly as they were.
class TestBadInput final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void refused_data();
    void refused();

private:
    // Every order, payment and refund as text, to compare before and after.
    QString dump(const QString &path);
    void prepare(const QString &setup, QStringList &args, QProcessEnvironment &env);

    std::unique_ptr<CliFixture> m_f;
    QTcpServer m_fakeLinePay; // answers what the current case wants
    QByteArray m_fakeAnswer;
};

void TestBadInput::initTestCase()
{
    m_f = std::make_unique<CliFixture>();
    QVERIFY(m_f->startSandbox());
    m_f->paidOrder();       // PD-000001, TWD 300 paid
    m_f->authorizedOrder(); // PD-000002, TWD 300 authorized
    QVERIFY(m_fakeLinePay.listen(QHostAddress::LocalHost, 0));
    connect(&m_fakeLinePay, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_fakeLinePay.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                if (!socket->readAll().isEmpty() && socket->property("answered").isNull()) {
                    socket->setProperty("answered", true);
                    socket->write(m_fakeAnswer);
                    socket->disconnectFromHost();
                }
            });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

void TestBadInput::cleanupTestCase()
{
    m_f.reset();
}

QString TestBadInput::dump(const QString &path)
{
    QString text;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"dump"_s);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            for (const char *table : {"orders", "order_items", "payments", "refunds"}) {
                QSqlQuery q(db);
                if (!q.exec(u"SELECT * FROM %1 ORDER BY id"_s.arg(QLatin1StringView(table))))
                    continue;
                while (q.next()) {
                    QStringList row;
                    for (int i = 0; i < q.record().count(); ++i)
                        row << q.value(i).toString();
                    text += QLatin1StringView(table) + u": "_s + row.join(u'|') + u'\n';
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(u"dump"_s);
    return text;
}

namespace {

QByteArray http(const QByteArray &status, const QByteArray &type, const QByteArray &body)
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace

void TestBadInput::refused_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    const auto row = [](const char *name, const QString &setup, const QStringList &args, int exit,
                        const QString &says) {
        QTest::newRow(name) << setup << args << exit << says;
    };
    const auto amount = [&](const char *name, const QString &currency, const QString &value, const QString &says) {
        row(name, {}, {u"request"_s, u"--currency"_s, currency, u"--amount"_s, value}, 2, says);
    };
    // Amounts
    amount("amount zero", u"TWD"_s, u"0"_s, u"more than zero"_s);
    amount("amount negative", u"TWD"_s, u"-5"_s, u"-5"_s);
    amount("amount decimals in TWD", u"TWD"_s, u"12.5"_s, u"12.5"_s);
    amount("amount three decimals in USD", u"USD"_s, u"1.001"_s, u"1.001"_s);
    amount("amount three decimals in THB", u"THB"_s, u"10.555"_s, u"10.555"_s);
    amount("amount beyond 64 bits", u"TWD"_s, u"99999999999999999999"_s, u"99999999999999999999"_s);
    amount("amount 18 digits", u"TWD"_s, u"123456789012345678"_s, u"at most"_s);
    amount("amount above LINE Pay's maximum", u"TWD"_s, u"100000000"_s, u"at most"_s);
    amount("amount above the maximum in USD", u"USD"_s, u"10000000.00"_s, u"at most"_s);
    amount("amount thousands separator", u"TWD"_s, u"1,000"_s, u"1,000"_s);
    amount("amount space inside", u"TWD"_s, u"1 000"_s, u"1 000"_s);
    amount("amount exponent", u"TWD"_s, u"1e3"_s, u"1e3"_s);
    amount("amount Arabic-Indic digits", u"TWD"_s, u"١٢٣"_s, u"١٢٣"_s);
    amount("amount full-width digits", u"TWD"_s, u"１００"_s, u"１００"_s);
    amount("amount Thai digits", u"THB"_s, u"๑๐๐"_s, u"๑๐๐"_s);
    amount("amount empty", u"TWD"_s, QString(), u"amount"_s);
    amount("amount letters", u"TWD"_s, u"abc"_s, u"abc"_s);
    amount("amount hexadecimal", u"TWD"_s, u"0x10"_s, u"0x10"_s);
    amount("amount NaN", u"USD"_s, u"NaN"_s, u"NaN"_s);
    amount("amount infinity", u"USD"_s, u"Infinity"_s, u"Infinity"_s);
    amount("amount trailing dot", u"USD"_s, u"12."_s, u"12."_s);
    amount("amount two dots", u"USD"_s, u"1.5.5"_s, u"1.5.5"_s);
    amount("amount plus sign", u"TWD"_s, u"+100"_s, u"+100"_s);
    // Currencies
    const auto currency = [&](const char *name, const QString &value, const QString &says) {
        row(name, {}, {u"request"_s, u"--currency"_s, value, u"--amount"_s, u"100"_s}, 2, says);
    };
    currency("currency JPY (LINE Pay Japan closed)", u"JPY"_s, u"JPY"_s);
    currency("currency EUR", u"EUR"_s, u"EUR"_s);
    currency("currency lower case", u"twd"_s, u"twd"_s);
    currency("currency empty", QString(), u"currency"_s);
    currency("currency two letters", u"TW"_s, u"TW"_s);
    currency("currency four letters", u"TWDX"_s, u"TWDX"_s);
    currency("currency full-width", u"ＴＷＤ"_s, u"ＴＷＤ"_s);
    row("currency missing", {}, {u"request"_s, u"--amount"_s, u"100"_s}, 2, u"--currency"_s);
    // Items
    const auto item = [&](const char *name, const QString &value, const QString &says) {
        row(name, {}, {u"request"_s, u"--currency"_s, u"TWD"_s, u"--item"_s, value}, 2, says);
    };
    item("item without quantity and price", u"Tea"_s, u"NAME:QTY:PRICE"_s);
    item("item without price", u"Tea:1"_s, u"NAME:QTY:PRICE"_s);
    item("item quantity zero", u"Tea:0:80"_s, u"quantity"_s);
    item("item quantity negative", u"Tea:-1:80"_s, u"quantity"_s);
    item("item quantity with decimals", u"Tea:1.5:80"_s, u"quantity"_s);
    item("item quantity letters", u"Tea:abc:80"_s, u"quantity"_s);
    item("item quantity beyond 64 bits", u"Tea:99999999999999999999:80"_s, u"quantity"_s);
    item("item price negative", u"Tea:1:-80"_s, u"-80"_s);
    item("item price zero", u"Tea:1:0"_s, u"more than zero"_s);
    item("item price decimals in TWD", u"Tea:1:80.5"_s, u"80.5"_s);
    item("item price with comma", u"Tea:1:8,0"_s, u"8,0"_s);
    item("item total above the maximum", u"Tea:1000000:1000000"_s, u"at most"_s);
    item("item name empty", u":1:80"_s, u"name"_s);
    item("item name blank", u"   :1:80"_s, u"name"_s);
    item("item name 4001 characters", QString(4001, u'x') + u":1:80"_s, u"long"_s);
    item("item name with a line break", u"Te\na:1:80"_s, u"control"_s);
    item("item name with an escape sequence", u"Tea\x1b[2J:1:80"_s, u"control"_s);
    row("items and amount both", {},
        {u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"100"_s, u"--item"_s, u"Tea:1:80"_s}, 2,
        u"--amount"_s);
    row("neither items nor amount", {}, {u"request"_s, u"--currency"_s, u"TWD"_s}, 2, u"--item"_s);
    // Names, phone, note
    const auto field = [&](const char *name, const QString &option, const QString &value, const QString &says) {
        row(name, {}, {u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"100"_s, option, value}, 2, says);
    };
    field("customer empty", u"--customer"_s, QString(), u"customer"_s);
    field("customer blank", u"--customer"_s, u"   "_s, u"customer"_s);
    field("customer 4001 characters", u"--customer"_s, QString(4001, u'林'), u"long"_s);
    field("customer with a line break", u"--customer"_s, u"Lin\nMei"_s, u"control"_s);
    field("customer with an escape sequence", u"--customer"_s, u"Lin\x1b[31m"_s, u"control"_s);
    field("customer with a NUL-like control", u"--customer"_s, u"Lin\x01"_s, u"control"_s);
    field("customer with a bidi override", u"--customer"_s, u"Lin\u202e"_s, u"control"_s);
    field("phone with letters", u"--phone"_s, u"call me"_s, u"phone"_s);
    field("phone too long", u"--phone"_s, QString(40, u'9'), u"phone"_s);
    field("note 4001 characters", u"--note"_s, QString(4001, u'n'), u"long"_s);
    field("note with an escape sequence", u"--note"_s, u"x\x1b[2J"_s, u"control"_s);
    // Orders
    const auto order = [&](const char *name, const QString &command, const QString &value, const QString &says) {
        row(name, {}, {command, value}, 2, says);
    };
    order("order unknown", u"status"_s, u"PD-999999"_s, u"PD-999999"_s);
    order("order huge number", u"status"_s, u"99999999999999999999"_s, u"99999999999999999999"_s);
    order("order negative", u"status"_s, u"-1"_s, u"-1"_s);
    order("order SQL-like", u"status"_s, u"PD-000001' OR '1'='1"_s, u"OR"_s);
    order("order empty", u"status"_s, QString(), u"order"_s);
    order("refund of an unknown order", u"refund"_s, u"PD-999999"_s, u"PD-999999"_s);
    order("capture of a paid order", u"capture"_s, u"PD-000001"_s, u"PD-000001"_s);
    order("void of a paid order", u"void"_s, u"PD-000001"_s, u"PD-000001"_s);
    order("refund of an authorization", u"refund"_s, u"PD-000002"_s, u"PD-000002"_s);
    row("order missing", {}, {u"confirm"_s}, 2, u"order"_s);
    row("refund amount zero", {}, {u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"0"_s}, 2, u"more than zero"_s);
    row("refund amount negative", {}, {u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"-1"_s}, 2, u"-1"_s);
    row("refund amount decimals", {}, {u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"10.5"_s}, 2, u"10.5"_s);
    row("refund reason 4001 characters", {}, {u"refund"_s, u"PD-000001"_s, u"--reason"_s, QString(4001, u'r')}, 2,
        u"long"_s);
    row("refund reason with an escape sequence", {}, {u"refund"_s, u"PD-000001"_s, u"--reason"_s, u"cold\x1b[2J"_s}, 2,
        u"control"_s);
    row("capture amount zero", {}, {u"capture"_s, u"PD-000002"_s, u"--amount"_s, u"0"_s}, 2, u"more than zero"_s);
    row("capture above the authorization", {}, {u"capture"_s, u"PD-000002"_s, u"--amount"_s, u"301"_s}, 2,
        u"At most"_s);
    // Command lines
    row("command unknown", {}, {u"refnd"_s, u"PD-000001"_s}, 2, u"refnd"_s);
    row("option unknown", {}, {u"refund"_s, u"PD-000001"_s, u"--amout"_s, u"5"_s}, 2, u"--amout"_s);
    row("option repeated", {}, {u"refund"_s, u"PD-000001"_s, u"--amount"_s, u"1"_s, u"--amount"_s, u"2"_s}, 2,
        u"--amount"_s);
    row("option without its value", {}, {u"refund"_s, u"PD-000001"_s, u"--amount"_s}, 2, u"--amount"_s);
    row("watch interval zero", {}, {u"watch"_s, u"--interval"_s, u"0"_s}, 2, u"--interval"_s);
    row("watch interval letters", {}, {u"watch"_s, u"--interval"_s, u"abc"_s}, 2, u"--interval"_s);
    row("export format unknown", {}, {u"export"_s, u"--format"_s, u"xml"_s}, 2, u"--format"_s);
    row("list state unknown", {}, {u"list"_s, u"--state"_s, u"FOO"_s}, 2, u"FOO"_s);
    row("new attempt with a currency", {}, {u"request"_s, u"PD-000001"_s, u"--currency"_s, u"TWD"_s}, 2,
        u"--currency"_s);
    row("audit without verify", {}, {u"audit"_s, u"check"_s}, 2, u"audit verify"_s);
    row("backup without --out", {}, {u"backup"_s}, 2, u"--out"_s);
    row("restore of a missing file", {}, {u"restore"_s, u"/nonexistent/shop.db"_s}, 2, u"/nonexistent/shop.db"_s);
    row("restore of random bytes", u"junk"_s, {u"restore"_s, u"@junk"_s}, 2, u"damaged"_s);
    // Databases
    row("database path empty", u"db="_s, {u"list"_s}, 2, u"--db"_s);
    row("database is a folder", u"db=@folder"_s, {u"list"_s}, 4, u"folder"_s);
    row("database folder cannot be made", u"db=/proc/paydesk/shop.db"_s, {u"list"_s}, 4, u"/proc/paydesk"_s);
    row("database file cannot be written", u"db=/proc/version"_s, {u"list"_s}, 4, u"/proc/version"_s);
    row("database of random bytes", u"db=@junk"_s, {u"list"_s}, 4, u"not a PayDesk database"_s);
    row("database of text", u"db=@text"_s, {u"list"_s}, 4, u"not a PayDesk database"_s);
    row("database from a newer PayDesk", u"db=@newer"_s, {u"list"_s}, 4, u"newer PayDesk"_s);
    row("database with a garbage schema version", u"db=@garbage-version"_s, {u"list"_s}, 4, u"abc"_s);
    row("database locked past the wait", u"locked"_s,
        {u"request"_s, u"--currency"_s, u"TWD"_s, u"--amount"_s, u"100"_s}, 4, u"locked"_s);
    // LINE Pay addresses and secrets
    row("API base http on another host", u"base=http://example.com"_s, {u"status"_s, u"PD-000001"_s}, 2, u"https"_s);
    row("API base garbage", u"base=http//oops"_s, {u"status"_s, u"PD-000001"_s}, 2, u"http//oops"_s);
    row("API base ftp", u"base=ftp://127.0.0.1"_s, {u"status"_s, u"PD-000001"_s}, 2, u"ftp://127.0.0.1"_s);
    row("API base without a host", u"base=https://"_s, {u"status"_s, u"PD-000001"_s}, 2, u"https://"_s);
    row("API base port out of range", u"base=http://127.0.0.1:99999"_s, {u"status"_s, u"PD-000001"_s}, 2, u"port"_s);
    row("API base missing", u"base="_s, {u"status"_s, u"PD-000001"_s}, 2, u"--api-base"_s);
    row("secret file missing", u"secret=/nonexistent/secret"_s, {u"status"_s, u"PD-000001"_s}, 2,
        u"/nonexistent/secret"_s);
    row("secret file empty", u"secret=@empty"_s, {u"status"_s, u"PD-000001"_s}, 2, u"empty"_s);
    row("secret file others can read", u"secret=@readable"_s, {u"status"_s, u"PD-000001"_s}, 2, u"chmod 600"_s);
    row("secret file is a folder", u"secret=@folder"_s, {u"status"_s, u"PD-000001"_s}, 2, u"folder"_s);
    // What LINE Pay answers to a read: nothing recorded from an answer PayDesk cannot trust, and
    // exit 1 (no usable answer; after a read nothing is in doubt).
    const auto answer = [&](const char *name, const QByteArray &reply, const QString &says) {
        row(name, u"answer="_s + QString::fromLatin1(reply.toBase64()), {u"details"_s, u"PD-000001"_s}, 1, says);
    };
    row("answer dropped", u"answer="_s, {u"details"_s, u"PD-000001"_s}, 1, u"closed the connection"_s);
    answer("answer empty body", http("200 OK", "application/json", ""), u"LINE Pay"_s);
    answer("answer HTML", http("200 OK", "text/html", "<html><body>Maintenance</body></html>"), u"LINE Pay"_s);
    answer("answer 500", http("500 Internal Server Error", "text/plain", "oops"), u"HTTP status 500"_s);
    answer("answer 404", http("404 Not Found", "text/plain", "no such page"), u"HTTP status 404"_s);
    answer("answer not JSON", http("200 OK", "application/json", "{\"returnCode\":"), u"LINE Pay"_s);
    answer("answer without returnCode", http("200 OK", "application/json", "{\"info\":[]}"), u"LINE Pay"_s);
    answer("answer returnCode as a number", http("200 OK", "application/json", "{\"returnCode\":0}"), u"LINE Pay"_s);
    answer("answer info of the wrong type",
           http("200 OK", "application/json", "{\"returnCode\":\"0000\",\"info\":\"none\"}"), u"LINE Pay"_s);
    answer("answer transactionId as a string",
           http("200 OK", "application/json",
                "{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":\"2026112900000000001\",\"payStatus\":"
                "\"CAPTURE\"}]}"),
           u"LINE Pay"_s);
    answer("answer transactionId beyond 2^63",
           http("200 OK", "application/json",
                "{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":99999999999999999999,\"payStatus\":"
                "\"CAPTURE\"}]}"),
           u"LINE Pay"_s);
    answer("answer amount as text",
           http("200 OK", "application/json",
                "{\"returnCode\":\"0000\",\"info\":[{\"transactionId\":1,\"payInfo\":[{\"amount\":\"300\"}]}]}"),
           u"LINE Pay"_s);
}

void TestBadInput::prepare(const QString &setup, QStringList &args, QProcessEnvironment &env)
{
    QString db = m_f->dbPath();
    QString base = m_f->baseUrl();
    QStringList before;
    const auto file = [this](const QString &name) {
        return m_f->path(u"case-"_s + name);
    };
    const auto make = [&](const QString &name) -> QString {
        const QString path = file(name);
        QFile::remove(path);
        if (name == u"folder") {
            QDir().mkpath(path);
        } else if (name == u"junk" || name == u"text" || name == u"empty" || name == u"readable") {
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            if (name == u"junk")
                for (int i = 0; i < 1024; ++i)
                    f.write(QByteArray::number(i * 7919 % 256).rightJustified(8, '\xfe'));
            else if (name == u"text")
                f.write("This is a shopping list, not a database.\n");
            else if (name == u"readable")
                f.write("paydesk-sandbox-secret-0123456789ab\n");
            f.close();
            f.setPermissions(name == u"readable" ? QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                       QFileDevice::ReadGroup | QFileDevice::ReadOther
                                                 : QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        } else if (name == u"newer" || name == u"garbage-version") {
            QFile::copy(m_f->dbPath(), path);
            QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"prepare"_s);
            d.setDatabaseName(path);
            if (d.open()) {
                QSqlQuery q(d);
                q.exec(u"PRAGMA journal_mode=DELETE"_s);
                q.exec(u"UPDATE schema_meta SET value = '%1' WHERE key = 'version'"_s.arg(name == u"newer" ? u"99"_s
                                                                                                           : u"abc"_s));
            }
            d.close();
            d = QSqlDatabase();
            QSqlDatabase::removeDatabase(u"prepare"_s);
        }
        return path;
    };
    for (const QString &part : setup.split(u' ', Qt::SkipEmptyParts)) {
        const QString key = part.section(u'=', 0, 0);
        QString value = part.section(u'=', 1);
        if (value.startsWith(u'@'))
            value = make(value.mid(1));
        if (key == u"db")
            db = value;
        else if (key == u"base")
            base = value;
        else if (key == u"secret")
            before << u"--channel-secret-file"_s << value;
        else if (key == u"junk")
            make(u"junk"_s);
        else if (key == u"answer") {
            m_fakeAnswer = QByteArray::fromBase64(value.toLatin1());
            base = u"http://127.0.0.1:%1"_s.arg(m_fakeLinePay.serverPort());
        }
    }
    for (QString &arg : args) {
        if (arg.startsWith(u'@'))
            arg = file(arg.mid(1));
    }
    args = QStringList{u"--db"_s, db, u"--api-base"_s, base, u"--json"_s} + before + args;
    env = CliFixture::environment();
    if (setup.contains(u"base=http://example.com"_s) || setup.startsWith(u"secret="_s))
        env.remove(u"PAYDESK_API_BASE"_s);
    if (setup == u"base=")
        env.remove(u"PAYDESK_API_BASE"_s);
}

void TestBadInput::refused()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    QStringList command = args;
    QProcessEnvironment env;
    prepare(setup, command, env);
    const QString before = dump(m_f->dbPath());
    const int callsBefore = m_f->callCounts().value(u"total").toInt();

    // Another program holds the write lock for longer than PayDesk waits.
    QSqlDatabase locker;
    if (setup == u"locked") {
        locker = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"locker"_s);
        locker.setDatabaseName(m_f->dbPath());
        QVERIFY(locker.open());
        QVERIFY(QSqlQuery(locker).exec(u"BEGIN IMMEDIATE"_s));
    }
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(binaryPath("paydesk-cli"), command);
    // The fake LINE Pay answers from this process's event loop, so it keeps turning meanwhile.
    QElapsedTimer waited;
    waited.start();
    while (process.state() != QProcess::NotRunning && waited.elapsed() < 60000)
        QTest::qWait(10);
    const CliRun run = CliFixture::finish(process);
    if (setup == u"locked") {
        QSqlQuery(locker).exec(u"ROLLBACK"_s);
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"locker"_s);
    }

    QVERIFY2(!run.crashed, run.err.constData());
    const QString error = run.json.value(u"error").toString();
    QVERIFY2(run.out.count('\n') == 1 && !error.isEmpty(), run.out.constData());
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(u"exit %1, expected %2: %3"_s.arg(run.exitCode).arg(exitCode).arg(error)));
    QVERIFY2(error.contains(says), qPrintable(u"\"%1\" does not say \"%2\""_s.arg(error, says)));
    // A sentence: starts with a capital or a quote, a name or a number, and ends with a stop.
    QVERIFY2(error.endsWith(u'.') || error.endsWith(u')') || error.endsWith(u'"'), qPrintable(error));
    QCOMPARE(dump(m_f->dbPath()), before);
    QCOMPARE(m_f->callCounts().value(u"total").toInt(), callsBefore);
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
