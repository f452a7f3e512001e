#include "app/payments/connectiontest.h"

#include <QCoreApplication>

#include "app/linepay/client.h"
#include "app/linepay/returncodes.h"

namespace PayDesk {

namespace {

// A transaction id LINE Pay never hands out.
constexpr qint64 kNoSuchTransaction = 1;

} // namespace

ConnectionTest *ConnectionTest::start(QNetworkAccessManager *network, const LinePayChannel &channel, QObject *parent)
{
    auto *test = new ConnectionTest(parent);
    LinePay::ClientConfig config;
    config.baseUrl = channel.baseUrl;
    config.channelId = channel.id;
    config.channelSecret = channel.secret;
    auto *client = new LinePay::Client(network, config, test);
    connect(client->details({{kNoSuchTransaction}, {}}), &LinePay::Call::finished, test,
            [test](const LinePay::CallResult &call) {
                ConnectionTestResult result;
                result.returnCode = call.envelope.returnCode;
                if (call.outcome != LinePay::CallResult::Outcome::Answered) {
                    result.verdict = ConnectionTestResult::Verdict::Unreachable;
                    result.sentence = call.errorMessage;
                } else if (result.returnCode == u"1150" || result.returnCode == u"0000") {
                    result.verdict = ConnectionTestResult::Verdict::Works;
                    result.sentence = QCoreApplication::translate(
                        "PayDesk::ConnectionTest",
                        "The connection works: LINE Pay accepted the channel ID and secret.");
                } else {
                    const LinePay::ReturnCodeInfo info = LinePay::describeReturnCode(result.returnCode);
                    result.verdict = ConnectionTestResult::Verdict::Refused;
                    result.sentence = info.sentence + u' ' + info.nextStep;
                }
                Q_EMIT test->finished(result);
                test->deleteLater();
            });
    return test;
}

} // namespace PayDesk
