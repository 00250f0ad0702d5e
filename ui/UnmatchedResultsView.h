#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class UnmatchedResultsModel;

// The unmatched results queue: results the importer would not attach to anyone. "Match to a
// person…" attaches one after the person is found and confirmed; "Discard…" closes one with a
// reason (a duplicate, a person not registered here).
class UnmatchedResultsView : public QWidget
{
    Q_OBJECT

public:
    explicit UnmatchedResultsView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    void refresh();
    UnmatchedResultsModel* model() const { return m_model; }
    QString countText() const;
    QString messageText() const;
    void selectRow(int row);

    bool discardSelected(const QString& reason);

private:
    void matchSelected();
    void askDiscard();
    void updateButtons();

    record::RecordStore* m_store = nullptr;
    QLabel* m_countLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QTableView* m_tableView = nullptr;
    UnmatchedResultsModel* m_model = nullptr;
    QPushButton* m_matchButton = nullptr;
    QPushButton* m_discardButton = nullptr;
};

} // namespace carehouse::ui
