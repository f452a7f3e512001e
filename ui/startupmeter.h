#pragma once

#include <QElapsedTimer>
#include <QObject>

class QTableView;
class QWidget;

namespace PayDesk::Ui {

// paydesk --measure SECONDS: how long the window took to its first painted frame (from the start
// of the process), the longest the UI thread kept the event loop waiting over the next SECONDS
// (start-up recovery and the background checks included), then how long scrolling the orders
// view end to end takes and the process's peak memory. Prints one JSON line and quits.
class StartupMeter final : public QObject
{
    Q_OBJECT

public:
    StartupMeter(QWidget *window, QTableView *view, const QElapsedTimer &started, int seconds,
                 QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void scrollAndReport();

    QWidget *m_window;
    QTableView *m_view;
    const QElapsedTimer &m_started;
    const int m_seconds;
    qint64 m_firstFrameMs = -1;
    QElapsedTimer m_sinceFrame;
    qint64 m_lastTickNs = 0;
    qint64 m_longestStallNs = 0;
    QElapsedTimer m_scrolling;
};

} // namespace PayDesk::Ui
