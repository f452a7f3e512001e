#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

#include "app/domain/money.h"

namespace PayDesk {

enum class DateStyle
{
    Short, // 2026/11/29 下午7:29
    Long,  // 2026年11月29日 星期日 下午7:29
};

// Dates and times for people in the given locale, with patterns that Qt 6.4 renders right: the
// flexible day period "B" of CLDR (Traditional Chinese) becomes Qt's AM/PM text instead of a
// literal letter, and Thai dates carry the Buddhist Era year (2569 for 2026) unless switched off.
QString formatDateTime(const QDateTime &dateTime, DateStyle style = DateStyle::Short,
                       const QLocale &locale = QLocale());

// A day in the locale's short or long date format (Thai with the Buddhist Era year as above).
QString formatDate(QDate date, DateStyle style = DateStyle::Short, const QLocale &locale = QLocale());

// The time of day (local time) in the locale's short format.
QString formatTime(const QDateTime &dateTime, const QLocale &locale = QLocale());

// An amount with its currency code and the locale's digit grouping: "TWD 1,200", "THB 1,234.50".
QString formatMoney(const Money &money, const QLocale &locale = QLocale());
// The same without the currency code: "1,200", "1,234.50".
QString formatAmount(const Money &money, const QLocale &locale = QLocale());

// A count with the locale's digit grouping (1,000,000).
inline QString formatCount(qint64 count, const QLocale &locale = QLocale())
{
    return locale.toString(count);
}

// Makes `locale` the default and installs its translations: Qt's own (standard buttons, dialogs)
// and PayDesk's from the resources, for as long as the application lives.
void useLanguage(const QLocale &locale);

// Whether Thai dates show the Buddhist Era year (the default, as Thai receipts and reports do).
void setThaiBuddhistEra(bool on);

} // namespace PayDesk
