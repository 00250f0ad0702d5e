#pragma once

#include "core/base/Result.h"
#include "core/recall/Worklist.h"

#include <QWidget>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class ResultsLettersDialog;

class MessageBanner;
class WorklistModel;

// The recall page: choose one of the eight worklists, narrow it with the filter box, and act
// on the people in it: record an invitation, book an appointment, print invitation letters
// (which records a letter invitation for each person printed), export the list as CSV.
// Double-click (or Enter) opens the person.
class WorklistView : public QWidget
{
    Q_OBJECT

public:
    explicit WorklistView(QWidget* parent = nullptr);

    void setStore(record::RecordStore* store);
    // Rereads everyone's cycle and keeps the list, filter and sort as they were.
    void refresh();
    void showList(recall::WorklistKind kind);
    recall::WorklistKind currentList() const;
    static QString listName(recall::WorklistKind kind);

    int visibleCount() const;
    QString countText() const;
    QString messageText() const;
    // The people the buttons act on: the selected rows, or every row shown when none is.
    std::vector<const recall::WorklistRow*> chosenRows(bool allWhenNoneSelected) const;

    // The table's visible rows and columns as shown, written atomically.
    base::Status exportCsv(const QString& path);

    struct PrintOutcome
    {
        int printed = 0;
        int pages = 0;
        QStringList printedNames;
        QStringList skipped; // "SMITH, John (Mr): invited on 20-Nov-2026; the next may go from 27-Nov-2026"
        QStringList notRecorded; // printed, but core would not record the invitation
    };
    // One PDF, one letter per person (the selected rows or all rows), then a letter
    // invitation recorded for each person printed.
    base::Result<PrintOutcome> printInvitationLetters(const QString& path);
    // Print results letters… for the Letters to send list (selected rows or all): the dialog
    // choosing the date range and one PDF or one per person, which prints on a worker thread and
    // logs each letter as sent. A restricted record is never in a postal batch: it is listed as
    // left out with why.
    ResultsLettersDialog* openResultsLettersDialog();

    void focusTable();

signals:
    void patientChosen(const QString& patientId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void recordInvitation();
    void bookAppointment();
    void recordException();
    void printLetters();
    void printResults();
    void chooseCsvFile();
    void openRow(const QModelIndex& index);
    void applyList();
    void updateButtons();
    void updateCount();

    record::RecordStore* m_store = nullptr;
    std::vector<recall::WorklistRow> m_everyone;
    QComboBox* m_listComboBox = nullptr;
    QLabel* m_descriptionLabel = nullptr;
    QLabel* m_countLabel = nullptr;
    QLineEdit* m_filterLineEdit = nullptr;
    MessageBanner* m_banner = nullptr;
    QTableView* m_tableView = nullptr;
    WorklistModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QPushButton* m_inviteButton = nullptr;
    QPushButton* m_bookButton = nullptr;
    QPushButton* m_exceptionButton = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_resultsLettersButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    QPushButton* m_openButton = nullptr;
};

} // namespace carehouse::ui
