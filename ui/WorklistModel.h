#pragma once

#include "core/base/CivilDate.h"
#include "core/base/Result.h"
#include "core/recall/Worklist.h"

#include <QAbstractTableModel>
#include <QList>
#include <optional>
#include <vector>

namespace carehouse::ui {

// One row per person on a recall worklist: who they are (told apart by date of birth and NHS
// number), where they are in their yearly cycle and what has been done so far.
class WorklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        NhsNumber,
        BirthDate,
        Postcode,
        Stage,
        DueDate,
        Overdue,
        Invitations,
        Appointment,
        TestsAwaited,
        Exception,
        AlsoReviewed, // other long-term conditions reviewed in the same cycle
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1, // dates and counts sort as such, not as text
        SearchRole, // on column 0: every field a filter box may be given (NHS digits too)
        PatientIdRole
    };

    explicit WorklistModel(QObject* parent = nullptr);

    void setRows(std::vector<recall::WorklistRow> rows, base::CivilDate today);
    const recall::WorklistRow* row(int row) const;
    const std::vector<recall::WorklistRow>& rows() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stageText(const recall::CycleState& cycle);
    // "Tests 03-Dec-2026 10:30 with Hannah Osei (HCA)", or "None booked".
    static QString appointmentText(const std::optional<model::Appointment>& appointment);
    // What the stage is waiting on, for the patient summary: the appointment booked, when the
    // last invitation went, how many tests are awaited, the exception's reason.
    static QString stageDetail(const recall::CycleState& cycle);

    // Writes exactly the given rows and columns of `model` (a filtered, sorted proxy as the
    // table shows it) as CSV with the header, the text as shown. Atomic: temp file, then rename.
    static base::Status exportCsv(const QAbstractItemModel& model, const QList<int>& columns, const QString& path);

private:
    QString text(const recall::WorklistRow& r, int column) const;
    QVariant sortKey(const recall::WorklistRow& r, int column) const;

    std::vector<recall::WorklistRow> m_rows;
    base::CivilDate m_today;
};

} // namespace carehouse::ui
