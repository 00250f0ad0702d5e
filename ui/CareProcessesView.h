#pragma once

#include "core/base/CivilDate.h"
#include "core/clinical/CareProcessCatalogue.h"
#include "core/model/Observation.h"

#include <QWidget>
#include <map>
#include <memory>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace carehouse::ui {

class CareProcessGridModel;
class TrendChartView;

// A person's nine care processes: a grid on top (latest value with unit and date, done in the
// 15-month window or not, against target) and the trend of the chosen item below. Selecting a
// grid row shows that process's trend; the chooser picks any measured item.
class CareProcessesView : public QWidget
{
    Q_OBJECT

public:
    using ObservationsByCode = std::map<std::string, std::vector<model::Observation>>;

    explicit CareProcessesView(QWidget* parent = nullptr);

    // Everything comes from core reads the caller made: the catalogue, the person's
    // observations of each item (oldest first) and today. The chosen trend is kept if it exists.
    void setRecord(std::shared_ptr<const clinical::CareProcessCatalogue> catalogue, ObservationsByCode observations,
                   base::CivilDate today, bool higherRiskBackground);
    void clear();
    // Shows the trend of a catalogue item ("hba1c", "blood-pressure", ...); false if it has none.
    bool showTrend(const std::string& itemId);
    std::string currentTrendItemId() const;

    CareProcessGridModel* gridModel() const { return m_model; }
    TrendChartView* chartView() const { return m_chart; }

private:
    void onGridRowChanged(int row);
    void onTrendChosen(int index);
    void fitGridHeight();
    const std::vector<model::Observation>& observationsOf(const std::string& code) const;

    std::shared_ptr<const clinical::CareProcessCatalogue> m_catalogue;
    ObservationsByCode m_observations;
    base::CivilDate m_today;
    bool m_higherRisk = false;
    bool m_syncing = false; // the grid follows the chooser without choosing again

    QLabel* m_summaryLabel = nullptr;
    QTableView* m_table = nullptr;
    CareProcessGridModel* m_model = nullptr;
    QComboBox* m_trendCombo = nullptr;
    TrendChartView* m_chart = nullptr;
};

} // namespace carehouse::ui
