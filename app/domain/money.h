#pragma once

#include <QString>
#include <QtGlobal>

#include "app/domain/result.h"

namespace PayDesk {

// An amount of money: an integer number of minor units of one ISO 4217 currency.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isValid() const { return exponent(m_currency) >= 0; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Decimal text in major units with exactly the currency's digits: "300", "12.50".
    QString toDecimalString() const;
    // Decimal text in major units with trailing fractional zeros removed: "12.5", "300".
    // This is how LINE Pay writes amounts as JSON numbers.
    QString toJsonNumber() const;
    // Human text with the currency code: "TWD 300", "THB 12.50".
    QString toDisplayString() const;

    // Parses decimal text in major units ("120", "12.50"); refuses more decimals than the
    // currency holds, signs other than a leading '-', exponents and anything out of range.
    static Result<Money> parse(QStringView text, const QString &currency);
    // Parses a JSON number's text as LINE Pay sends it ("12.5", "300", "-20", "1.0E2" refused).
    static Result<Money> fromJsonNumber(QStringView text, const QString &currency);

    // Number of minor-unit digits of a currency: 0 for TWD and JPY, 2 for THB and USD,
    // -1 for a currency PayDesk does not support.
    static int exponent(const QString &currency);
    static bool isSupportedCurrency(const QString &currency) { return exponent(currency) >= 0; }
    // The currencies LINE Pay takes new payments in: TWD, THB and USD. JPY stays readable for
    // old records, but LINE Pay Japan closed in April 2025.
    static bool isPayableCurrency(const QString &currency);
    // The largest amount PayDesk asks LINE Pay for in one payment in `currency`.
    static Money maximumPayment(const QString &currency);
    // Why `currency` cannot be paid in, as a sentence; empty when it can.
    static QString unpayableReason(const QString &currency);

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

// Sum and difference of two amounts of the same currency; nullopt-like failure on mismatch or
// overflow is reported through Result.
Result<Money> add(const Money &a, const Money &b);
Result<Money> subtract(const Money &a, const Money &b);
Result<Money> multiply(const Money &a, qint64 factor);

} // namespace PayDesk
