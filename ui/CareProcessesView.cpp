#include "ui/CareProcessesView.h"

#include "core/clinical/CareProcessStatus.h"
#include "core/clinical/TrendSeries.h"
#include "ui/CareProcessGridModel.h"
#include "ui/TrendChartView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

using clinical::CareProcessCatalogue;
using clinical::CareProcessStatus;
using clinical::TrendSeries;

namespace {

// The item a process's row shows the trend of: the first measured item with a target (eGFR
// for the kidney process), else its first measured item; none for processes recorded in words.
const CareProcessCatalogue::Item* trendItemOf(const CareProcessCatalogue::Process& process)
{
    for (const auto& item : process.items)
        if (TrendSeries::chartable(item) && !item.flags.empty())
            return &item;
    for (const auto& item : process.items)
        if (TrendSeries::chartable(item))
            return &item;
    return nullptr;
}

} // namespace

CareProcessesView::CareProcessesView(QWidget* parent)
    : QWidget(parent)
{
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName("careProcessesSummaryLabel");
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);

    m_model = new CareProcessGridModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName("careProcessGridTableView");
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Compact rows, so the nine fit above a chart tall enough to read.
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_table->setAccessibleName(tr("Care processes"));
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { onGridRowChanged(current.row()); });

    auto* trendLabel = new QLabel(tr("&Trend of:"), this);
    trendLabel->setObjectName("trendItemLabel");
    m_trendCombo = new QComboBox(this);
    m_trendCombo->setObjectName("trendItemComboBox");
    m_trendCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    trendLabel->setBuddy(m_trendCombo);
    connect(m_trendCombo, &QComboBox::currentIndexChanged, this, &CareProcessesView::onTrendChosen);

    m_chart = new TrendChartView(this);
    m_chart->setObjectName("trendChartView");
    m_chart->setAccessibleName(tr("Trend chart"));

    auto* chooser = new QHBoxLayout;
    chooser->addWidget(trendLabel);
    chooser->addWidget(m_trendCombo);
    chooser->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table);
    layout->addLayout(chooser);
    layout->addWidget(m_chart, 1);
}

const std::vector<model::Observation>& CareProcessesView::observationsOf(const std::string& code) const
{
    static const std::vector<model::Observation> kNone;
    auto it = m_observations.find(code);
    return it == m_observations.end() ? kNone : it->second;
}

void CareProcessesView::setRecord(std::shared_ptr<const CareProcessCatalogue> catalogue,
                                  ObservationsByCode observations, base::CivilDate today, bool higherRiskBackground)
{
    const std::string keep = currentTrendItemId();
    m_catalogue = std::move(catalogue);
    m_observations = std::move(observations);
    m_today = today;
    m_higherRisk = higherRiskBackground;

    std::vector<CareProcessStatus> statuses;
    if (m_catalogue)
        for (const auto& process : m_catalogue->processes()) {
            std::vector<std::vector<model::Observation>> perItem;
            for (const auto& item : process.items)
                perItem.push_back(observationsOf(item.code));
            statuses.push_back(CareProcessStatus::of(process, perItem, today, higherRiskBackground));
        }
    m_model->setStatuses(std::move(statuses));
    m_table->resizeColumnsToContents();
    fitGridHeight();

    const auto since = CareProcessStatus::windowStart(today).addDays(1);
    m_summaryLabel->setText(tr("%1 of %2 care processes done in the last 15 months (since %3)")
                                .arg(m_model->doneCount())
                                .arg(m_model->rowCount())
                                .arg(QString::fromStdString(since.display())));

    {
        const QSignalBlocker block(m_trendCombo);
        m_trendCombo->clear();
        if (m_catalogue)
            for (const auto& process : m_catalogue->processes())
                for (const auto& item : process.items)
                    if (TrendSeries::chartable(item))
                        m_trendCombo->addItem(QString::fromStdString(item.name), QString::fromStdString(item.id));
    }
    if (keep.empty() || !showTrend(keep)) {
        if (m_trendCombo->count() > 0)
            showTrend(m_trendCombo->itemData(0).toString().toStdString());
        else
            m_chart->showMessage(tr("No measured care processes"));
    }
}

void CareProcessesView::clear()
{
    setRecord(nullptr, {}, m_today, false);
}

bool CareProcessesView::showTrend(const std::string& itemId)
{
    const int index = m_trendCombo->findData(QString::fromStdString(itemId));
    if (index < 0)
        return false;
    if (index == m_trendCombo->currentIndex())
        onTrendChosen(index);
    else
        m_trendCombo->setCurrentIndex(index);
    return true;
}

std::string CareProcessesView::currentTrendItemId() const
{
    return m_trendCombo->currentData().toString().toStdString();
}

void CareProcessesView::onTrendChosen(int index)
{
    if (index < 0 || !m_catalogue)
        return;
    const auto* item = m_catalogue->itemById(m_trendCombo->itemData(index).toString().toStdString());
    if (!item)
        return;
    m_chart->setSeries(TrendSeries::of(*item, observationsOf(item->code), m_higherRisk), m_today,
                       CareProcessStatus::windowStart(m_today));
    // Keep the grid's selection on the process this item belongs to.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const auto* status = m_model->statusAt(row);
        bool mine = false;
        for (const auto& s : status->items())
            mine = mine || s.item.id == item->id;
        if (!mine)
            continue;
        if (m_table->currentIndex().row() != row) {
            m_syncing = true;
            m_table->selectRow(row);
            m_syncing = false;
        }
        break;
    }
}

void CareProcessesView::onGridRowChanged(int row)
{
    if (m_syncing || !m_catalogue || row < 0 || row >= static_cast<int>(m_catalogue->processes().size()))
        return;
    const auto& process = m_catalogue->processes()[static_cast<std::size_t>(row)];
    if (const auto* item = trendItemOf(process)) {
        showTrend(item->id);
        return;
    }
    {
        const QSignalBlocker block(m_trendCombo);
        m_trendCombo->setCurrentIndex(-1);
    }
    m_chart->showMessage(tr("%1 is recorded in words, so it has no trend chart: see its latest value above")
                             .arg(QString::fromStdString(process.name)));
}

void CareProcessesView::fitGridHeight()
{
    // All nine rows at once, with no scroll bar: nothing is hidden below the fold.
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_model->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);
}

} // namespace carehouse::ui
