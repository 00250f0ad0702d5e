#pragma once

#include "core/record/PatientSummary.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// The latest value of each care-process item, in catalogue order; "Not recorded" when none.
class CareProcessModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Process,
        Item,
        LatestValue,
        Date,
        Flag,
        ColumnCount
    };

    explicit CareProcessModel(QObject* parent = nullptr);
    void setRows(std::vector<record::CareProcessLatest> rows);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<record::CareProcessLatest> m_rows;
};

} // namespace carehouse::ui
