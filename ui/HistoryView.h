#pragma once

#include "core/record/HistoryEntry.h"

#include <QWidget>
#include <vector>

class QTableView;

namespace carehouse::ui {

class HistoryModel;

// The History tab: every version of the person's record, newest first.
class HistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit HistoryView(QWidget* parent = nullptr);
    void setEntries(std::vector<record::HistoryEntry> entries);
    HistoryModel* model() const { return m_model; }

private:
    QTableView* m_tableView = nullptr;
    HistoryModel* m_model = nullptr;
};

} // namespace carehouse::ui
