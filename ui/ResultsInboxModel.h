#pragma once

#include "core/results/ResultsInbox.h"

#include <QAbstractTableModel>
#include <vector>

namespace carehouse::ui {

// Laboratory results waiting for a clinician, abnormal first: who (name, NHS number, date of
// birth), which test, the value with its unit (and as received when converted), the date,
// and why it needs attention in words.
class ResultsInboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Flag,
        Name,
        NhsNumber,
        BirthDate,
        Test,
        Value,
        Date,
        ColumnCount
    };

    explicit ResultsInboxModel(QObject* parent = nullptr);

    void setItems(std::vector<results::InboxItem> items);
    const results::InboxItem* item(int row) const;
    int abnormalCount() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<results::InboxItem> m_items;
};

} // namespace carehouse::ui
