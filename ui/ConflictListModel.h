#pragma once

#include "core/base/Result.h"
#include "core/model/Patient.h"
#ifndef Q_MOC_RUN // moc cannot parse <compare> (VersionId's operator<=>)
#include "core/record/RecordConflict.h"
#endif

#include <QAbstractTableModel>
#include <optional>
#include <vector>

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// The open conflicts, oldest found first: whose record (banner name, NHS number 3-3-4, date of
// birth), what kind of record, what happened (two edits, or an edit meeting an entry marked in
// error) and when this site found it.
class ConflictListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Person,
        NhsNumber,
        BirthDate,
        Record,
        What,
        Found,
        ColumnCount
    };
    struct Row
    {
        record::RecordConflict conflict;
        std::optional<model::Patient> patient; // nullopt for records that belong to no one
    };

    explicit ConflictListModel(QObject* parent = nullptr);

    base::Status reload(record::RecordStore& store);
    void clear();
    const Row* row(int index) const;
    int rowOfRecord(const std::string& recordId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Demographics (name, address, consent)", "Care process value", ...
    static QString recordKindText(record::RecordType type);

private:
    std::vector<Row> m_rows;
};

} // namespace carehouse::ui
