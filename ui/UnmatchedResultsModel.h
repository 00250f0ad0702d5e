#pragma once

#include "core/results/UnmatchedResults.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// The unmatched results queue: each result as the laboratory sent it, and in words why it was
// not attached to anyone.
class UnmatchedResultsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reason,
        NhsNumber,
        BirthDate,
        Test,
        Value,
        Date,
        Received,
        File,
        ColumnCount
    };

    explicit UnmatchedResultsModel(QObject* parent = nullptr);

    void setItems(std::vector<results::UnmatchedItem> items);
    const results::UnmatchedItem* item(int row) const;

    static QString reasonText(const model::UnmatchedResult& r);
    static QString receivedBirthDate(const model::UnmatchedResult& r);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<results::UnmatchedItem> m_items;
};

} // namespace carehouse::ui
