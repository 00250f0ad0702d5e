#pragma once

#include "core/base/Result.h"
#include "core/record/DuplicateComparison.h"

#include <QAbstractTableModel>
#include <string>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// The NHS numbers held by two or more records no clinician has linked yet (possible
// duplicates), one row each: the NHS number 3-3-4, the names and dates of birth each record
// gives, and the sites that started them.
class DuplicateListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NhsNumber,
        Names,
        BirthDates,
        StartedAt,
        ColumnCount
    };
    struct Row
    {
        std::string nhsNumber;
        std::vector<record::DuplicateRecordSide> sides; // oldest record first
    };

    explicit DuplicateListModel(QObject* parent = nullptr);

    base::Status reload(record::RecordStore& store);
    void clear();
    const Row* row(int index) const;
    // The row holding this record, or -1.
    int rowOfPatient(const std::string& patientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Row> m_rows;
};

} // namespace carehouse::ui
