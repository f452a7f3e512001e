// The customer's side in a real browser: headless Chromium, driven through the DevTools protocol
// over --remote-debugging-pipe, opens the paymentUrl.web that PayDesk requested from the sandbox,
// clicks Approve on the real page with the mouse, and PayDesk's poller sees the approval and
// confirms. Without Chromium the test is skipped, saying so; it never passes without a browser.
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "app/payments/paymentpoller.h"
#include "app/storage/paymentrepository.h"
#include "tests/support/servicefixture.h"

using namespace PayDesk;
using namespace PayDesk::Storage;
using namespace PayDesk::Test;
using namespace Qt::StringLiterals;

namespace {

QString findChromium()
{
    for (const char *name : {"chromium", "chromium-browser", "google-chrome"}) {
        const QString path = QStandardPaths::findExecutable(QString::fromLatin1(name));
        if (!path.isEmpty())
            return path;
    }
    return {};
}

// Chromium started with --remote-debugging-pipe: it reads DevTools commands from its fd 3 and
// writes answers and events to its fd 4, each message JSON followed by a NUL byte. Answers are
// read as they come, so that the event loop (and the sandbox the browser talks to) keeps running.
class Browser
{
public:
    ~Browser()
    {
        if (m_process.state() != QProcess::NotRunning) {
            send(u"Browser.close"_s);
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
        for (int fd : {m_toBrowser, m_fromBrowser})
            if (fd >= 0)
                ::close(fd);
    }

    bool start(const QString &program, const QString &profile, QString *problem)
    {
        int to[2];
        int from[2];
        if (::pipe2(to, O_CLOEXEC) != 0 || ::pipe2(from, O_CLOEXEC) != 0) {
            *problem = u"pipe2 failed"_s;
            return false;
        }
        // In the child: its ends on fds 3 and 4, without close-on-exec.
        const int childRead = to[0];
        const int childWrite = from[1];
        m_process.setChildProcessModifier([childRead, childWrite] {
            const int read = ::fcntl(childRead, F_DUPFD_CLOEXEC, 10);
            const int write = ::fcntl(childWrite, F_DUPFD_CLOEXEC, 10);
            ::dup2(read, 3);
            ::dup2(write, 4);
        });
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(program,
                        {u"--headless"_s, u"--no-sandbox"_s, u"--disable-gpu"_s, u"--no-first-run"_s,
                         u"--disable-background-networking"_s, u"--disable-component-update"_s, u"--disable-sync"_s,
                         u"--user-data-dir="_s + profile, u"--remote-debugging-pipe"_s, u"about:blank"_s});
        ::close(to[0]);
        ::close(from[1]);
        m_toBrowser = to[1];
        m_fromBrowser = from[0];
        if (!m_process.waitForStarted(15000)) {
            *problem = u"Chromium did not start: "_s + m_process.errorString();
            return false;
        }
        m_notifier = std::make_unique<QSocketNotifier>(m_fromBrowser, QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, [this] { readAvailable(); });
        return true;
    }

    // Sends one command (to a page's session when given) and waits for its answer.
    QJsonObject call(const QString &method, const QJsonObject &params = {}, const QString &session = {},
                     int timeoutMs = 20000)
    {
        const int id = send(method, params, session);
        if (!QTest::qWaitFor([&] { return m_answers.contains(id) || m_closed; }, timeoutMs))
            return QJsonObject{{u"error"_s, QString(u"no answer to "_s + method)}};
        return m_answers.take(id);
    }

    // Evaluates `expression` in the page and returns its value.
    QJsonValue evaluate(const QString &session, const QString &expression)
    {
        const QJsonObject answer =
            call(u"Runtime.evaluate"_s, {{u"expression"_s, expression}, {u"returnByValue"_s, true}}, session);
        return answer.value(u"result"_s).toObject().value(u"result"_s).toObject().value(u"value"_s);
    }

    // Waits until `expression` is true in the page.
    bool waitFor(const QString &session, const QString &expression, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return evaluate(session, expression).toBool(); }, timeoutMs);
    }

private:
    int send(const QString &method, const QJsonObject &params = {}, const QString &session = {})
    {
        QJsonObject message{{u"id"_s, ++m_lastId}, {u"method"_s, method}, {u"params"_s, params}};
        if (!session.isEmpty())
            message.insert(u"sessionId"_s, session);
        const QByteArray data = QJsonDocument(message).toJson(QJsonDocument::Compact) + '\0';
        qsizetype written = 0;
        while (written < data.size()) {
            const ssize_t n = ::write(m_toBrowser, data.constData() + written, size_t(data.size() - written));
            if (n <= 0)
                break;
            written += n;
        }
        return m_lastId;
    }

    void readAvailable()
    {
        char chunk[65536];
        const ssize_t n = ::read(m_fromBrowser, chunk, sizeof chunk);
        if (n <= 0) {
            m_closed = true;
            m_notifier->setEnabled(false);
            return;
        }
        m_buffer.append(chunk, n);
        qsizetype end;
        while ((end = m_buffer.indexOf('\0')) >= 0) {
            const QJsonObject message = QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
            if (message.contains(u"id"_s))
                m_answers.insert(message.value(u"id"_s).toInt(), message);
        }
    }

    QProcess m_process;
    int m_toBrowser = -1;
    int m_fromBrowser = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    QByteArray m_buffer;
    QHash<int, QJsonObject> m_answers;
    int m_lastId = 0;
    bool m_closed = false;
};

} // namespace

class TestBrowser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aCustomerApprovesInChromiumAndPayDeskConfirms();
};

void TestBrowser::aCustomerApprovesInChromiumAndPayDeskConfirms()
{
    const QString chromium = findChromium();
    if (chromium.isEmpty()) {
        std::printf("browser: SKIPPED, no Chromium\n");
        QSKIP("Chromium is not installed (Debian: apt-get install chromium), so the customer's approval in a real "
              "browser was NOT tried. script/bootstrap installs it.");
    }

    ServiceFixture f;
    const Order order = f.newOrder({{u"珍珠奶茶"_s, 2, Money(150, u"TWD"_s)}});
    const OperationOutcome requested = waitFor(f.service->request(order.id, false));
    QCOMPARE(requested.status, OperationOutcome::Status::Done);
    const Payment waiting = *PaymentRepository(*f.db).currentForOrder(order.id);
    QCOMPARE(waiting.state, PaymentState::Requested);
    QVERIFY(waiting.paymentUrl.startsWith(u"http://"_s));

    // PayDesk watches for the approval, as the window does with automatic confirmation on.
    PaymentPoller poller(*f.service, *f.db, 1000);
    poller.setAutoConfirm(true);
    std::optional<OperationOutcome> confirmed;
    QObject::connect(&poller, &PaymentPoller::confirmed, &poller,
                     [&](const OperationOutcome &outcome) { confirmed = outcome; });
    poller.start();

    QTemporaryDir profile;
    QVERIFY(profile.isValid());
    Browser browser;
    QString problem;
    QVERIFY2(browser.start(chromium, profile.path(), &problem), qPrintable(problem));
    const QJsonObject version = browser.call(u"Browser.getVersion"_s, {}, {}, 60000);
    QVERIFY2(version.contains(u"result"_s), QJsonDocument(version).toJson().constData());

    // The customer's phone opens the payment page.
    const QJsonObject target = browser.call(u"Target.createTarget"_s, {{u"url"_s, waiting.paymentUrl}});
    const QString targetId = target.value(u"result"_s).toObject().value(u"targetId"_s).toString();
    QVERIFY2(!targetId.isEmpty(), QJsonDocument(target).toJson().constData());
    const QJsonObject attached =
        browser.call(u"Target.attachToTarget"_s, {{u"targetId"_s, targetId}, {u"flatten"_s, true}});
    const QString session = attached.value(u"result"_s).toObject().value(u"sessionId"_s).toString();
    QVERIFY2(!session.isEmpty(), QJsonDocument(attached).toJson().constData());
    QVERIFY2(browser.waitFor(session, u"document.readyState === 'complete' && !!document.getElementById('approve')"_s),
             "the payment page with its Approve button did not load");
    QCOMPARE(browser.evaluate(session, u"document.getElementById('amount').textContent"_s).toString(), u"TWD 300"_s);
    QVERIFY(browser.evaluate(session, u"document.body.innerText"_s).toString().contains(u"珍珠奶茶"_s));

    // A mouse click in the middle of the Approve button, as a person's.
    const QJsonObject box =
        browser
            .evaluate(session, u"(() => { const r = document.getElementById('approve').getBoundingClientRect();"
                               " return {x: r.x + r.width / 2, y: r.y + r.height / 2}; })()"_s)
            .toObject();
    QVERIFY(box.contains(u"x"_s));
    for (const QString &type : {u"mouseMoved"_s, u"mousePressed"_s, u"mouseReleased"_s}) {
        QJsonObject event{{u"type"_s, type}, {u"x"_s, box.value(u"x"_s)}, {u"y"_s, box.value(u"y"_s)}};
        if (type != u"mouseMoved") {
            event.insert(u"button"_s, u"left"_s);
            event.insert(u"clickCount"_s, 1);
        }
        const QJsonObject answer = browser.call(u"Input.dispatchMouseEvent"_s, event, session);
        QVERIFY2(answer.contains(u"result"_s), QJsonDocument(answer).toJson().constData());
    }
    QVERIFY2(browser.waitFor(session, u"!document.getElementById('approve')"_s), "the page did not move on");

    // PayDesk sees the approval and confirms: the money is captured.
    QVERIFY2(QTest::qWaitFor([&] { return confirmed.has_value(); }, 30000), "PayDesk did not confirm");
    QVERIFY2(confirmed->status == OperationOutcome::Status::Done, qPrintable(confirmed->message));
    const Payment paid = *PaymentRepository(*f.db).currentForOrder(order.id);
    QCOMPARE(paid.state, PaymentState::Captured);
    QCOMPARE(paid.captured, Money(300, u"TWD"_s));
    QCOMPARE(f.sandbox.calls(u"confirm"_s), 1);
    std::printf("browser: %s approved %s on the sandbox's page; PayDesk confirmed it (%s captured)\n",
                qPrintable(version.value(u"result"_s).toObject().value(u"product"_s).toString()),
                qPrintable(order.number), qPrintable(paid.captured.toDisplayString()));
}

QTEST_GUILESS_MAIN(TestBrowser)

#include "tst_browser.moc"
