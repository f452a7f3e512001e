#include "ui/startupmeter.h"

#include <sys/resource.h>

#include <cstdio>

#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace PayDesk::Ui {

namespace {

constexpr int kTickMs = 5;

} // namespace

StartupMeter::StartupMeter(QWidget *window, QTableView *view, const QElapsedTimer &started, int seconds,
                           QObject *parent)
    : QObject(parent), m_window(window), m_view(view), m_started(started), m_seconds(seconds)
{
    m_view->viewport()->installEventFilter(this);
}

bool StartupMeter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && m_firstFrameMs < 0) {
        m_firstFrameMs = m_started.elapsed();
        m_sinceFrame.start();
        m_lastTickNs = m_sinceFrame.nsecsElapsed();
        auto *timer = new QTimer(this);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, &StartupMeter::tick);
        timer->start(kTickMs);
    }
    return QObject::eventFilter(watched, event);
}

void StartupMeter::tick()
{
    const qint64 now = m_sinceFrame.nsecsElapsed();
    m_longestStallNs = qMax(m_longestStallNs, now - m_lastTickNs - kTickMs * 1000000LL);
    m_lastTickNs = now;
    if (now >= qint64(m_seconds) * 1000000000LL) {
        static_cast<QTimer *>(sender())->stop();
        QTimer::singleShot(0, this, &StartupMeter::scrollAndReport);
    }
}

void StartupMeter::scrollAndReport()
{
    // End to end as a person would: to the bottom, where the view asks for more, until the end,
    // one step per turn of the event loop.
    if (!m_scrolling.isValid())
        m_scrolling.start();
    QAbstractItemModel *model = m_view->model();
    m_view->scrollToBottom();
    if (model->canFetchMore({})) {
        model->fetchMore({});
        QTimer::singleShot(0, this, &StartupMeter::scrollAndReport);
        return;
    }
    const qint64 scrollMs = m_scrolling.elapsed();
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("{\"firstFrameMs\": %lld, \"longestStallMs\": %.1f, \"measuredSeconds\": %d, \"rows\": %d, "
                "\"scrollMs\": %lld, \"peakMemoryMB\": %.1f}\n",
                static_cast<long long>(m_firstFrameMs), m_longestStallNs / 1e6, m_seconds, model->rowCount(),
                static_cast<long long>(scrollMs), usage.ru_maxrss / 1024.0);
    std::fflush(stdout);
    m_window->close();
    QApplication::exit(0);
}

} // namespace PayDesk::Ui
