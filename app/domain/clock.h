#pragma once

#include <QDateTime>

namespace PayDesk {

// Where time comes from, so that expiry and timeouts can be tested.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// The system time shifted by an offset that tests (and the sandbox's control endpoint) move.
class OffsetClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc().addMSecs(m_offsetMs); }
    void advance(qint64 seconds) { m_offsetMs += seconds * 1000; }
    qint64 offsetSeconds() const { return m_offsetMs / 1000; }

private:
    qint64 m_offsetMs = 0;
};

} // namespace PayDesk
