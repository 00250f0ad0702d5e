#pragma once

#include "core/base/CivilDate.h"
#include "core/record/PatientListItem.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// One row per person found: enough columns to tell two people with the same name apart.
class PatientSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Born,
        Age,
        Gender,
        NhsNumber,
        Postcode,
        ColumnCount
    };

    explicit PatientSearchModel(QObject* parent = nullptr);

    void setItems(std::vector<record::PatientListItem> items, base::CivilDate today);
    void clear();
    const record::PatientListItem* item(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<record::PatientListItem> m_items;
    base::CivilDate m_today;
};

} // namespace carehouse::ui
