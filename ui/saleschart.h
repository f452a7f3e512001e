#pragma once

#include <QList>
#include <QWidget>

#include "app/storage/dayclose.h"

namespace PayDesk::Ui {

// The last days' net sales (captured less refunded, above the line) and refunds (below it) in
// one currency, as bars, painted; each bar's figures are in its tooltip and in the accessible
// description.
class SalesChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SalesChart)

public:
    explicit SalesChart(QWidget *parent = nullptr);

    void setDays(const QString &currency, const QList<Storage::DayClose::DaySums> &days);
    const QList<Storage::DayClose::DaySums> &days() const { return m_days; }

    QSize sizeHint() const override { return {560, 180}; }
    QSize minimumSizeHint() const override { return {280, 120}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF plotArea() const;
    int dayAt(const QPoint &position) const;

    QString m_currency;
    QList<Storage::DayClose::DaySums> m_days;
};

} // namespace PayDesk::Ui
