#pragma once

#include "core/clinical/CareProcessStatus.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// One row per care process: the main item's latest value with its unit and date, whether it
// was done in the NDA's 15-month window, and how the latest values compare with the target.
// A stale value is never shown as current: the window column says "Not done" in words.
class CareProcessGridModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Process,
        LastValue,
        Date,
        InWindow,
        AgainstTarget,
        ColumnCount
    };

    explicit CareProcessGridModel(QObject* parent = nullptr);
    void setStatuses(std::vector<clinical::CareProcessStatus> statuses);
    const std::vector<clinical::CareProcessStatus>& statuses() const { return m_statuses; }
    const clinical::CareProcessStatus* statusAt(int row) const;
    int doneCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString valueText(const clinical::CareProcessStatus& s) const;
    QString windowText(const clinical::CareProcessStatus& s) const;
    QString targetText(const clinical::CareProcessStatus& s) const;
    QString toolTip(const clinical::CareProcessStatus& s, int column) const;

    std::vector<clinical::CareProcessStatus> m_statuses;
};

} // namespace carehouse::ui
