#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class PatientSearchModel;

// The search page: a box that searches as the user types, the people found, and a line
// saying how many. Down moves into the list; Enter opens the selected person.
class PatientSearchView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientSearchView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    void focusSearch();
    void refresh();
    QString statusText() const;

signals:
    void patientChosen(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void search(const QString& text);
    void openRow(int row);

    record::RecordStore* m_store = nullptr;
    QLineEdit* m_searchLineEdit = nullptr;
    QTableView* m_resultsView = nullptr;
    QLabel* m_statusLabel = nullptr;
    PatientSearchModel* m_model = nullptr;
};

} // namespace carehouse::ui
