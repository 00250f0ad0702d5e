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
class ResultsInboxModel;

// The clinician's results inbox: results not yet reviewed, abnormal first. "File" records
// that a result was seen and needs nothing more; "Needs action…" records it with a comment.
// Double-click (or Enter) opens the person.
class ResultsInboxView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultsInboxView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    void refresh();
    ResultsInboxModel* model() const { return m_model; }
    QString countText() const;
    QString messageText() const;

    // Records the selected results as filed, or as needing action with the comment.
    bool fileSelected();
    bool markSelectedNeedsAction(const QString& comment);
    void selectRow(int row);

signals:
    void patientChosen(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void askForAction();
    void updateButtons();
    bool review(bool filed, const QString& comment);

    record::RecordStore* m_store = nullptr;
    QLabel* m_countLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QTableView* m_tableView = nullptr;
    ResultsInboxModel* m_model = nullptr;
    QPushButton* m_fileButton = nullptr;
    QPushButton* m_actionButton = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace carehouse::ui
