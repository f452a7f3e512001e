#include <QDir>
#include <QFile>
#include <QTest>

#include "tests/fuzz/fuzzentries.h"

using namespace PayDesk::Fuzz;

// Runs every input kept in tests/fuzz/corpus/<target>/ through the fuzz target's entry function,
// built with the normal compiler: what the fuzzers once found interesting keeps working.
class TestFuzzReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void codecsCorpusReplays_data() { addCorpus(QStringLiteral("codecs")); }
    void codecsCorpusReplays() { replay(fuzzCodecs); }
    void moneyCorpusReplays_data() { addCorpus(QStringLiteral("money")); }
    void moneyCorpusReplays() { replay(fuzzMoney); }
    void cliCorpusReplays_data() { addCorpus(QStringLiteral("cli")); }
    void cliCorpusReplays() { replay(fuzzCli); }
    void sandboxCorpusReplays_data() { addCorpus(QStringLiteral("sandbox")); }
    void sandboxCorpusReplays() { replay(fuzzSandbox); }

private:
    static void addCorpus(const QString &target)
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(PAYDESK_FUZZ_CORPUS_DIR "/") + target);
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        // A target without seeds would pass without testing anything.
        QVERIFY2(!names.isEmpty(), qPrintable(dir.path()));
        for (const QString &name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }

    static void replay(void (*entry)(const uint8_t *, size_t))
    {
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        const QByteArray input = file.readAll();
        // A broken invariant aborts; getting here means the input passed.
        entry(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "tst_fuzzreplay.moc"
