#pragma once

#include "core/base/CivilDate.h"
#include "core/record/DuplicateComparison.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// Two (or more) records with one NHS number side by side, a column each ("Record 1", ...,
// with where it was started): one row per thing a clinician compares — name, date of birth and
// age, gender, address (never for a restricted record), GP practice, who started it and when,
// what it holds, its newest entry. Rows that differ are bold on amber with "≠", as on the
// conflicts screen.
class DuplicateComparisonModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Field
    {
        Name,
        NhsNumber,
        BirthDate,
        Gender,
        Address,
        Practice,
        StartedAt,
        StartedBy,
        StartedOn,
        Holds,
        LastEntry,
        FieldCount
    };

    explicit DuplicateComparisonModel(QObject* parent = nullptr);

    void setSides(std::vector<record::DuplicateRecordSide> sides, base::CivilDate today);
    const std::vector<record::DuplicateRecordSide>& sides() const { return m_sides; }
    QString text(int field, int column) const;
    bool differs(int field) const;
    static QString recordName(int column); // "Record 1"

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static QString fieldLabel(int field);

    std::vector<record::DuplicateRecordSide> m_sides;
    base::CivilDate m_today;
};

} // namespace carehouse::ui
