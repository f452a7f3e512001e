#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Every string a person reads is translated into Traditional Chinese, Thai and Japanese: no
// entry unfinished, obsolete or vanished, the same placeholders as the source, and no string in
// the sources that the .ts files do not hold.
class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void theFilesHoldEveryStringOfTheSources_data();
    void theFilesHoldEveryStringOfTheSources();

private:
    static void languages();
};

namespace {

struct Entry
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // unfinished, obsolete, vanished, or empty
    bool numerus = false;
};

QList<Entry> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Entry> entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry entry;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message") {
            entries << entry;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            entry = Entry{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (xml.name() == u"source") {
            entry.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            entry.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!entry.numerus)
                entry.translations << xml.readElementText();
        } else if (xml.name() == u"numerusform") {
            entry.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:[1-9]|n)"_s);
    QSet<QString> found;
    for (const QRegularExpressionMatch &m : pattern.globalMatch(text))
        found.insert(m.captured());
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(PAYDESK_SOURCE_DIR "/resources/translations/paydesk_%1.ts").arg(language);
}

} // namespace

void TestTranslations::languages()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"zh_TW", "th", "ja"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

void TestTranslations::everyEntryIsTranslated_data()
{
    languages();
}

void TestTranslations::everyEntryIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Entry> entries = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(entries.size() > 300);
    QStringList problems;
    for (const Entry &e : entries) {
        const QString where = e.context + u": \"" + e.source + u'"';
        if (!e.type.isEmpty()) {
            problems << e.type + u' ' + where;
            continue;
        }
        for (const QString &t : e.translations) {
            if (t.trimmed().isEmpty())
                problems << u"empty "_s + where;
            else if (placeholders(t) != placeholders(e.source))
                problems << u"placeholders differ in "_s + where;
        }
        if (e.translations.isEmpty())
            problems << u"no translation for "_s + where;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(u"%1 problem(s):\n"_s.arg(problems.size()) + problems.join(u'\n')));
}

void TestTranslations::theFilesHoldEveryStringOfTheSources_data()
{
    languages();
}

void TestTranslations::theFilesHoldEveryStringOfTheSources()
{
    // lupdate run over the sources into a copy must find nothing new and nothing gone.
    QFETCH(QString, language);
    QTemporaryDir dir;
    const QString copy = dir.filePath(u"copy.ts"_s);
    QVERIFY(QFile::copy(tsPath(language), copy));
    QProcess lupdate;
    lupdate.start(QStringLiteral(PAYDESK_LUPDATE),
                  {u"-I"_s, QStringLiteral(PAYDESK_SOURCE_DIR), QStringLiteral(PAYDESK_SOURCE_DIR "/app"),
                   QStringLiteral(PAYDESK_SOURCE_DIR "/ui"), u"-ts"_s, copy, u"-locations"_s, u"none"_s, u"-silent"_s});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    QStringList stale;
    for (const Entry &e : readTs(copy, &error)) {
        if (!e.type.isEmpty())
            stale << e.type + u' ' + e.context + u": \"" + e.source + u'"';
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(stale.isEmpty(), qPrintable(u"run: cmake --build build --target update_translations, then translate:\n"_s +
                                         stale.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
