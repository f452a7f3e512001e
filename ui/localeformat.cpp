#include "ui/localeformat.h"

namespace PayDesk::Ui {

namespace {

bool g_thaiBuddhistEra = true;

// Years of the Buddhist Era are 543 ahead of the Gregorian ones.
constexpr int kBuddhistEraOffset = 543;

// A locale's pattern turned into one Qt renders: CLDR's day-period letters become "AP".
QString qtPattern(const QString &pattern)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'')
            quoted = !quoted;
        if (!quoted && (c == u'B' || c == u'b')) {
            while (i + 1 < pattern.size() && pattern.at(i + 1) == c)
                ++i;
            out += QStringLiteral("AP");
            continue;
        }
        out += c;
    }
    return out;
}

// Replaces the year fields of a pattern with the Buddhist Era year as quoted text.
QString withBuddhistEraYear(const QString &pattern, int gregorianYear)
{
    QString out;
    bool quoted = false;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'\'') {
            quoted = !quoted;
            out += c;
            continue;
        }
        if (!quoted && c == u'y') {
            while (i + 1 < pattern.size() && pattern.at(i + 1) == u'y')
                ++i;
            out += u'\'' + QString::number(gregorianYear + kBuddhistEraOffset) + u'\'';
            continue;
        }
        out += c;
    }
    return out;
}

bool usesBuddhistEra(const QLocale &locale)
{
    return g_thaiBuddhistEra && locale.language() == QLocale::Thai;
}

QString dateTimePattern(const QLocale &locale, DateStyle style)
{
    // Long: the long date with the short time, so that no time zone name is printed.
    if (style == DateStyle::Long)
        return qtPattern(locale.dateFormat(QLocale::LongFormat)) + u' ' +
               qtPattern(locale.timeFormat(QLocale::ShortFormat));
    return qtPattern(locale.dateTimeFormat(QLocale::ShortFormat));
}

} // namespace

void setThaiBuddhistEra(bool on)
{
    g_thaiBuddhistEra = on;
}

QString formatDateTime(const QDateTime &dateTime, DateStyle style, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    const QDateTime local = dateTime.toLocalTime();
    QString pattern = dateTimePattern(locale, style);
    if (usesBuddhistEra(locale))
        pattern = withBuddhistEraYear(pattern, local.date().year());
    return locale.toString(local, pattern);
}

} // namespace PayDesk::Ui
