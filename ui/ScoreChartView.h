#pragma once

#include "core/base/CivilDate.h"
#include "core/questionnaire/Questionnaire.h"
#include "core/questionnaire/ResponseHistory.h"

#include <QChartView>
#include <QString>
#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace carehouse::ui {

// One scored questionnaire's totals over time (Qt Charts): the totals as a line with each
// point labelled, a dashed line where each severity band starts (named in the legend: "Moderate
// (10-14)"), the value axis from 0 to the highest possible score, and dates
// dd-MMM-yyyy. A response that raised a safety alert is drawn as a dark red point.
class ScoreChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ScoreChartView(QWidget* parent = nullptr);

    void setScores(const questionnaire::Questionnaire& definition,
                   const std::vector<questionnaire::ResponseHistory::ScorePoint>& points, base::CivilDate today);
    void showMessage(const QString& message);

    QString title() const;
    QLineSeries* scoreSeries() const { return m_scoreSeries; }

private:
    void reset();

    QDateTimeAxis* m_dateAxis = nullptr;
    QValueAxis* m_valueAxis = nullptr;
    QLineSeries* m_scoreSeries = nullptr;
};

} // namespace carehouse::ui
