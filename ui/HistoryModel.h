#pragma once

#include "core/record/HistoryEntry.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// A person's record history, newest first: when, who, where, what, and what changed in words.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        When,
        Who,
        Site,
        What,
        Changes,
        ColumnCount
    };

    explicit HistoryModel(QObject* parent = nullptr);
    void setEntries(std::vector<record::HistoryEntry> entries);

    // "Family name: Smith → Smyth", one line per field.
    static QString describeChanges(const record::HistoryEntry& entry);
    static QString describeWhat(const record::HistoryEntry& entry);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<record::HistoryEntry> m_entries;
};

} // namespace carehouse::ui
