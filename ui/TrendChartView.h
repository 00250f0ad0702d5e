#pragma once

#include "core/base/CivilDate.h"
#include "core/clinical/TrendSeries.h"

#include <QChartView>
#include <QString>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace carehouse::ui {

// One care-process item's values over time (Qt Charts): the values as a line with points,
// the catalogue's target as a dashed line, the start of the 15-month window as a dotted line,
// dates on the time axis (dd-MMM-yyyy) and the unit on the value axis. Blood pressure draws
// systolic and diastolic with a target each. Values beyond the target are drawn in dark red.
class TrendChartView : public QChartView
{
    Q_OBJECT

public:
    explicit TrendChartView(QWidget* parent = nullptr);

    // The time axis runs to `today`, so a gap since the last value shows as a gap.
    void setSeries(const clinical::TrendSeries& series, base::CivilDate today, base::CivilDate windowStart);
    // An empty chart with a sentence in place of the title ("Smoking status has no trend").
    void showMessage(const QString& message);

    // What is shown, for tests and the screen reader.
    QString title() const;
    QDateTimeAxis* dateAxis() const { return m_dateAxis; }
    QValueAxis* valueAxis() const { return m_valueAxis; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reset();
    QLineSeries* addValues(const QString& name, const QString& objectName, const QColor& colour,
                           const std::vector<std::pair<qint64, double>>& points, const QList<int>& flagged);
    QLineSeries* addLine(const QString& name, const QString& objectName, const QPen& pen, qint64 x0, double y0,
                         qint64 x1, double y1);
    QString targetName(const clinical::TrendSeries& series, const clinical::TrendSeries::TargetLine& line,
                       bool diastolic) const;
    QString formatNumber(double value) const;
    void updateTickCount();

    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    int m_decimals = 0;
};

} // namespace carehouse::ui
