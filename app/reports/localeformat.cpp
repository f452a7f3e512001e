#include "app/reports/localeformat.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace PayDesk {

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

void useLanguage(const QLocale &locale)
{
    QLocale::setDefault(locale);
    const QList<std::pair<QString, QString>> catalogues{
        {QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {QStringLiteral("paydesk"), QStringLiteral(":/i18n")}};
    for (const auto &[name, folder] : catalogues) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), folder))
            QCoreApplication::installTranslator(translator);
        else
            delete translator;
    }
}

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

QString formatDate(QDate date, DateStyle style, const QLocale &locale)
{
    if (!date.isValid())
        return {};
    QString pattern =
        qtPattern(locale.dateFormat(style == DateStyle::Long ? QLocale::LongFormat : QLocale::ShortFormat));
    if (usesBuddhistEra(locale))
        pattern = withBuddhistEraYear(pattern, date.year());
    return locale.toString(date, pattern);
}

QString formatTime(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return {};
    return locale.toString(dateTime.toLocalTime().time(), qtPattern(locale.timeFormat(QLocale::ShortFormat)));
}

QString formatAmount(const Money &money, const QLocale &locale)
{
    const int exponent = Money::exponent(money.currency());
    if (exponent < 0)
        return money.toDecimalString();
    qint64 scale = 1;
    for (int i = 0; i < exponent; ++i)
        scale *= 10;
    const qint64 minor = money.minorUnits();
    // Whole and fractional parts as integers, so that no amount passes through a double.
    const quint64 magnitude = minor < 0 ? 0 - quint64(minor) : quint64(minor);
    QString text = locale.toString(qulonglong(magnitude / quint64(scale)));
    if (exponent > 0)
        text += locale.decimalPoint() +
                QStringLiteral("%1").arg(qulonglong(magnitude % quint64(scale)), exponent, 10, QLatin1Char('0'));
    if (minor < 0)
        text.prepend(locale.negativeSign());
    return text;
}

QString formatMoney(const Money &money, const QLocale &locale)
{
    if (Money::exponent(money.currency()) < 0)
        return money.toDisplayString();
    return money.currency() + u' ' + formatAmount(money, locale);
}

} // namespace PayDesk
