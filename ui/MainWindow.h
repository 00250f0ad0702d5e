#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>
#include <string>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;

namespace carehouse::base {
class Clock;
struct Error;
} // namespace carehouse::base
namespace carehouse::record {
class RecordStore;
}
namespace carehouse::security {
enum class Permission;
}

namespace carehouse::ui {

class ConflictsView;
class DuplicatesView;
class LetterTemplatesDialog;
class PatientSearchView;
class PatientView;
class ResultsImportDialog;
class ResultsInboxView;
class SyncView;
class UnmatchedResultsView;
class WorklistView;

// The workstation window: the search page, the patient page and the lists (recall worklists,
// results inbox, unmatched results) in one stack, menus and a toolbar with the same actions,
// and who is signed in to which database in the status bar. A person opened from a list goes
// back to that list with Esc / Back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // The clock is used for every database opened from this window (ages, audit times).
    explicit MainWindow(const base::Clock& clock, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a database and signs in: as CAREHOUSE_AUTOLOGIN_USER / CAREHOUSE_PASSWORD when both
    // are set, otherwise through the login dialog. On failure the reason is shown in the window.
    bool openDatabase(const QString& path);
    // Uses a store that is already open and signed in, owned by the caller (tests).
    void useStore(record::RecordStore& store, const QString& path);
    void adoptStore(std::unique_ptr<record::RecordStore> store, const QString& path);

    void showMessage(const QString& text);
    void showError(const base::Error& error);
    QString messageText() const;

    bool openPatient(const QString& patientId);
    void backToSearch();
    // From a person: to the page they were opened from; from a list: to the search.
    void goBack();
    bool onPatientPage() const;
    QWidget* currentPage() const;

    void showWorklists();
    void showResultsInbox();
    void showUnmatchedResults();
    // The Sync page (peers, Export now / Import now) and the conflicts between sites.
    void showSync();
    void showConflicts(const QString& recordId = {});
    // Records that share an NHS number, to compare and link; with a patient id, that person's.
    void showDuplicates(const QString& patientId = {});
    // Opens the results import dialog (one at a time) and returns it.
    ResultsImportDialog* importResults();
    // Opens the letter templates editor (administrators; one at a time) and returns it.
    LetterTemplatesDialog* showLetterTemplates();

    PatientSearchView* searchView() const { return m_searchView; }
    PatientView* patientView() const { return m_patientView; }
    WorklistView* worklistView() const { return m_worklistView; }
    ResultsInboxView* resultsInboxView() const { return m_inboxView; }
    UnmatchedResultsView* unmatchedResultsView() const { return m_unmatchedView; }
    SyncView* syncView() const { return m_syncView; }
    ConflictsView* conflictsView() const { return m_conflictsView; } // made when first shown
    DuplicatesView* duplicatesView() const { return m_duplicatesView; } // made when first shown

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void setStore(record::RecordStore* store, const QString& path);
    void updateActions();
    void updateStatus();
    void chooseDatabase();
    void registerPerson();
    void editDetails();
    void recordDiagnosis();
    void about();
    void refreshAfterSave(const QString& patientId);
    void showPage(QWidget* page);
    bool may(security::Permission p) const;

    const base::Clock& m_clock;
    std::unique_ptr<record::RecordStore> m_ownedStore;
    record::RecordStore* m_store = nullptr;
    QString m_databasePath;

    QLabel* m_messageLabel = nullptr;
    QStackedWidget* m_stack = nullptr;
    PatientSearchView* m_searchView = nullptr;
    PatientView* m_patientView = nullptr;
    WorklistView* m_worklistView = nullptr;
    ResultsInboxView* m_inboxView = nullptr;
    UnmatchedResultsView* m_unmatchedView = nullptr;
    SyncView* m_syncView = nullptr;
    ConflictsView* m_conflictsView = nullptr;
    DuplicatesView* m_duplicatesView = nullptr;
    QWidget* m_returnPage = nullptr; // where Back goes from the patient page
    QPointer<ResultsImportDialog> m_importDialog;
    QPointer<LetterTemplatesDialog> m_templatesDialog;
    QLabel* m_userLabel = nullptr;
    QLabel* m_databaseLabel = nullptr;

    QAction* m_openAction = nullptr;
    QAction* m_registerAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_editAction = nullptr;
    QAction* m_diagnosisAction = nullptr;
    QAction* m_backAction = nullptr;
    QAction* m_findAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_worklistAction = nullptr;
    QAction* m_importAction = nullptr;
    QAction* m_inboxAction = nullptr;
    QAction* m_unmatchedAction = nullptr;
    QAction* m_templatesAction = nullptr;
    QAction* m_syncAction = nullptr;
    QAction* m_conflictsAction = nullptr;
    QAction* m_duplicatesAction = nullptr;
    QMenu* m_settingsMenu = nullptr;
};

} // namespace carehouse::ui
