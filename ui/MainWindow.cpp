#include "ui/MainWindow.h"

#include "core/base/Clock.h"
#include "core/base/Log.h"
#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"
#include "core/security/Permission.h"
#include "ui/ConflictsView.h"
#include "ui/DiagnosisDialog.h"
#include "ui/DuplicatesView.h"
#include "ui/ErrorText.h"
#include "ui/LetterTemplatesDialog.h"
#include "ui/LoginDialog.h"
#include "ui/PatientForm.h"
#include "ui/PatientSearchView.h"
#include "ui/PatientView.h"
#include "ui/ResultsImportDialog.h"
#include "ui/ResultsInboxView.h"
#include "ui/SyncView.h"
#include "ui/UnmatchedResultsView.h"
#include "ui/WorklistView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QSettings settings()
{
    return QSettings(QStringLiteral("CareHouse"), QStringLiteral("CareHouse"));
}

} // namespace

MainWindow::MainWindow(const base::Clock& clock, QWidget* parent)
    : QMainWindow(parent)
    , m_clock(clock)
{
    setObjectName("mainWindow");
    setWindowTitle(tr("CareHouse"));

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName("messageLabel");
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageLabel->setStyleSheet(
        "background: #fff4cc; color: #212b32; border-left: 6px solid #ffb81c; padding: 10px; font-weight: bold;");
    m_messageLabel->hide();

    m_searchView = new PatientSearchView(this);
    m_searchView->setObjectName("patientSearchView");
    m_patientView = new PatientView(this);
    m_patientView->setObjectName("patientView");
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName("pagesStackedWidget");
    m_stack->addWidget(m_searchView);
    m_stack->addWidget(m_patientView);
    m_worklistView = new WorklistView(this);
    m_worklistView->setObjectName("worklistView");
    m_inboxView = new ResultsInboxView(this);
    m_inboxView->setObjectName("resultsInboxView");
    m_unmatchedView = new UnmatchedResultsView(this);
    m_unmatchedView->setObjectName("unmatchedResultsView");
    m_stack->addWidget(m_worklistView);
    m_stack->addWidget(m_inboxView);
    m_stack->addWidget(m_unmatchedView);
    m_syncView = new SyncView(this);
    m_syncView->setObjectName("syncView");
    m_stack->addWidget(m_syncView);
    m_returnPage = m_searchView;

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName("statusUserLabel");
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName("statusDatabaseLabel");
    statusBar()->addWidget(m_userLabel, 1);
    statusBar()->addPermanentWidget(m_databaseLabel);

    createActions();
    connect(m_searchView, &PatientSearchView::patientChosen, this, &MainWindow::openPatient);
    connect(m_worklistView, &WorklistView::patientChosen, this, &MainWindow::openPatient);
    connect(m_inboxView, &ResultsInboxView::patientChosen, this, &MainWindow::openPatient);
    connect(m_patientView, &PatientView::conflictRequested, this, &MainWindow::showConflicts);
    connect(m_patientView, &PatientView::otherRecordsRequested, this, &MainWindow::showDuplicates);
    connect(m_syncView, &SyncView::conflictsRequested, this, [this] { showConflicts(); });
    // Arrivals imported in the background: say what came, and show it where it is on screen.
    connect(m_syncView, &SyncView::arrivalsSummarised, this, [this](const QString& summary) {
        if (currentPage() != m_syncView)
            showMessage(summary);
    });
    connect(m_syncView, &SyncView::recordsChanged, this, [this](const QStringList& patientIds) {
        if (onPatientPage() && m_patientView->summary()
            && patientIds.contains(QString::fromStdString(m_patientView->summary()->patient.value.id)))
            if (auto st = m_patientView->reload(); !st)
                base::logWarning("patient page not refreshed after an import: {}", st.error().describe());
        if (m_conflictsView && currentPage() == m_conflictsView)
            m_conflictsView->refresh();
        if (m_duplicatesView && currentPage() == m_duplicatesView)
            m_duplicatesView->refresh();
    });

    if (!restoreGeometry(settings().value("window/geometry").toByteArray()))
        resize(1280, 800);
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* name, const QKeySequence& key = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        addAction(action); // shortcuts work whichever page is showing
        return action;
    };
    m_openAction = make(tr("&Open database…"), "openAction", QKeySequence::Open);
    m_registerAction = make(tr("&Register a person…"), "registerAction", QKeySequence(Qt::CTRL | Qt::Key_N));
    m_quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit);
    m_editAction = make(tr("&Edit details…"), "editAction", QKeySequence(Qt::CTRL | Qt::Key_E));
    m_diagnosisAction = make(tr("Record a &diagnosis…"), "diagnosisAction", QKeySequence(Qt::CTRL | Qt::Key_D));
    m_backAction = make(tr("&Back to search"), "backAction", QKeySequence(Qt::Key_Escape));
    m_findAction = make(tr("&Find a person"), "findAction", QKeySequence(Qt::CTRL | Qt::Key_F));
    m_aboutAction = make(tr("&About CareHouse"), "aboutAction");
    m_worklistAction = make(tr("&Worklists"), "worklistAction", QKeySequence(Qt::CTRL | Qt::Key_W));
    m_importAction = make(tr("&Import results…"), "importResultsAction", QKeySequence(Qt::CTRL | Qt::Key_I));
    m_inboxAction = make(tr("Results &inbox"), "resultsInboxAction");
    m_unmatchedAction = make(tr("&Unmatched results"), "unmatchedResultsAction");
    m_templatesAction = make(tr("Letter &templates…"), "letterTemplatesAction");
    m_syncAction = make(tr("&Sync with other sites"), "syncAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    m_conflictsAction = make(tr("&Conflicts"), "conflictsAction");
    m_duplicatesAction = make(tr("Possible &duplicates"), "duplicatesAction");
    m_backAction->setShortcutContext(Qt::WindowShortcut);

    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseDatabase);
    connect(m_registerAction, &QAction::triggered, this, &MainWindow::registerPerson);
    connect(m_quitAction, &QAction::triggered, this, &QMainWindow::close);
    connect(m_editAction, &QAction::triggered, this, &MainWindow::editDetails);
    connect(m_diagnosisAction, &QAction::triggered, this, &MainWindow::recordDiagnosis);
    connect(m_backAction, &QAction::triggered, this, &MainWindow::goBack);
    connect(m_worklistAction, &QAction::triggered, this, &MainWindow::showWorklists);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importResults);
    connect(m_inboxAction, &QAction::triggered, this, &MainWindow::showResultsInbox);
    connect(m_unmatchedAction, &QAction::triggered, this, &MainWindow::showUnmatchedResults);
    connect(m_templatesAction, &QAction::triggered, this, &MainWindow::showLetterTemplates);
    connect(m_syncAction, &QAction::triggered, this, &MainWindow::showSync);
    connect(m_conflictsAction, &QAction::triggered, this, [this] { showConflicts(); });
    connect(m_duplicatesAction, &QAction::triggered, this, [this] { showDuplicates(); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (currentPage() != m_searchView)
            backToSearch();
        m_searchView->focusSearch();
    });
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);

    auto* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_openAction);
    file->addAction(m_registerAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    auto* patient = menuBar()->addMenu(tr("&Patient"));
    patient->addAction(m_findAction);
    patient->addAction(m_editAction);
    patient->addAction(m_diagnosisAction);
    patient->addSeparator();
    patient->addAction(m_backAction);
    auto* recall = menuBar()->addMenu(tr("&Recall"));
    recall->addAction(m_worklistAction);
    auto* results = menuBar()->addMenu(tr("Res&ults"));
    results->addAction(m_importAction);
    results->addAction(m_inboxAction);
    results->addAction(m_unmatchedAction);
    auto* sync = menuBar()->addMenu(tr("S&ync"));
    sync->setObjectName("syncMenu");
    sync->addAction(m_syncAction);
    sync->addAction(m_conflictsAction);
    sync->addAction(m_duplicatesAction);
    m_settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_settingsMenu->setObjectName("settingsMenu");
    m_settingsMenu->addAction(m_templatesAction);
    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("mainToolBar");
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_backAction);
    toolbar->addAction(m_findAction);
    toolbar->addSeparator();
    toolbar->addAction(m_registerAction);
    toolbar->addAction(m_editAction);
    toolbar->addAction(m_diagnosisAction);
    toolbar->addSeparator();
    toolbar->addAction(m_worklistAction);
    toolbar->addAction(m_inboxAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_syncAction);
    toolbar->addSeparator();
    toolbar->addAction(m_openAction);
}

bool MainWindow::openDatabase(const QString& path)
{
    auto opened = record::RecordStore::open(path.toStdString(), m_clock);
    if (!opened) {
        base::logWarning("could not open database: {}", opened.error().describe());
        showError(opened.error());
        return false;
    }
    auto store = std::move(opened).value();
    const QByteArray autoUser = qgetenv("CAREHOUSE_AUTOLOGIN_USER");
    const QByteArray autoPassword = qgetenv("CAREHOUSE_PASSWORD");
    if (!autoUser.isEmpty() && !autoPassword.isEmpty()) {
        if (auto st = store->login(autoUser.toStdString(), autoPassword.toStdString()); !st) {
            showError(st.error());
            return false;
        }
    } else {
        LoginDialog login(*store, path, this);
        if (login.exec() != QDialog::Accepted)
            return false;
    }
    adoptStore(std::move(store), path);
    settings().setValue("database/last", QFileInfo(path).absoluteFilePath());
    return true;
}

void MainWindow::useStore(record::RecordStore& store, const QString& path)
{
    setStore(&store, path);
    m_ownedStore.reset();
}

void MainWindow::adoptStore(std::unique_ptr<record::RecordStore> store, const QString& path)
{
    setStore(store.get(), path);
    m_ownedStore = std::move(store); // the previous store closes only after nothing points at it
}

void MainWindow::setStore(record::RecordStore* store, const QString& path)
{
    m_store = store;
    m_databasePath = path;
    m_messageLabel->hide();
    m_patientView->clear();
    m_patientView->setStore(store);
    m_searchView->setStore(store);
    if (m_importDialog)
        m_importDialog->close();
    delete m_templatesDialog.data(); // it edits the previous database's settings
    // The lists read when shown; until then they hold nothing from the previous database.
    m_worklistView->setStore(nullptr);
    m_inboxView->setStore(nullptr);
    m_unmatchedView->setStore(nullptr);
    if (m_conflictsView)
        m_conflictsView->setStore(nullptr);
    if (m_duplicatesView)
        m_duplicatesView->setStore(nullptr);
    // The Sync page imports arrivals in the background for whoever is signed in; a new store
    // (or sign-in) wipes the site key passphrase given in the previous session.
    m_syncView->setStore(store);
    m_returnPage = m_searchView;
    m_stack->setCurrentWidget(m_searchView);
    m_searchView->focusSearch();
    if (store && store->currentUser())
        base::logInfo("signed in as {} to {}", store->currentUser()->username, path.toStdString());
    updateActions();
    updateStatus();
}

void MainWindow::showMessage(const QString& text)
{
    m_messageLabel->setText(text);
    m_messageLabel->setVisible(!text.isEmpty());
}

void MainWindow::showError(const base::Error& error)
{
    showMessage(ErrorText::describe(error));
}

QString MainWindow::messageText() const
{
    return m_messageLabel->isHidden() ? QString() : m_messageLabel->text();
}

bool MainWindow::openPatient(const QString& patientId)
{
    const bool someoneElse
        = !m_patientView->summary() || m_patientView->summary()->patient.value.id != patientId.toStdString();
    if (someoneElse && !m_patientView->confirmLeave())
        return false;
    if (auto st = m_patientView->showPatient(patientId.toStdString()); !st) {
        showError(st.error());
        return false;
    }
    m_messageLabel->hide();
    if (currentPage() != m_patientView)
        m_returnPage = currentPage();
    m_stack->setCurrentWidget(m_patientView);
    m_patientView->setFocus();
    updateActions();
    return true;
}

void MainWindow::backToSearch()
{
    if (onPatientPage() && !m_patientView->confirmLeave())
        return;
    m_returnPage = m_searchView;
    m_stack->setCurrentWidget(m_searchView);
    m_searchView->refresh();
    m_searchView->focusSearch();
    updateActions();
}

void MainWindow::goBack()
{
    if (onPatientPage() && m_returnPage && m_returnPage != m_searchView) {
        showPage(m_returnPage); // the list is read again: the person may have moved on
        return;
    }
    backToSearch();
}

bool MainWindow::onPatientPage() const
{
    return m_stack->currentWidget() == m_patientView;
}

QWidget* MainWindow::currentPage() const
{
    return m_stack->currentWidget();
}

bool MainWindow::may(security::Permission p) const
{
    return m_store && m_store->currentUser() && m_store->require(p).ok();
}

void MainWindow::showPage(QWidget* page)
{
    if (!m_store || !m_store->currentUser())
        return;
    if (onPatientPage() && !m_patientView->confirmLeave())
        return;
    m_messageLabel->hide();
    if (page == m_worklistView) {
        if (currentPage() != m_worklistView)
            m_worklistView->setStore(m_store);
        m_stack->setCurrentWidget(m_worklistView);
        m_worklistView->focusTable();
    } else if (page == m_inboxView) {
        m_inboxView->setStore(m_store);
        m_stack->setCurrentWidget(m_inboxView);
    } else if (page == m_unmatchedView) {
        m_unmatchedView->setStore(m_store);
        m_stack->setCurrentWidget(m_unmatchedView);
    } else if (page == m_syncView) {
        m_syncView->refresh();
        m_stack->setCurrentWidget(m_syncView);
    } else if (page && page == m_conflictsView) {
        if (currentPage() != m_conflictsView)
            m_conflictsView->setStore(m_store);
        m_stack->setCurrentWidget(m_conflictsView);
    } else if (page && page == m_duplicatesView) {
        if (currentPage() != m_duplicatesView)
            m_duplicatesView->setStore(m_store);
        m_stack->setCurrentWidget(m_duplicatesView);
    }
    m_returnPage = page;
    updateActions();
}

void MainWindow::showWorklists()
{
    if (m_worklistAction->isEnabled())
        showPage(m_worklistView);
}

void MainWindow::showResultsInbox()
{
    if (m_inboxAction->isEnabled())
        showPage(m_inboxView);
}

void MainWindow::showUnmatchedResults()
{
    if (m_unmatchedAction->isEnabled())
        showPage(m_unmatchedView);
}

void MainWindow::showSync()
{
    if (m_syncAction->isEnabled())
        showPage(m_syncView);
}

void MainWindow::showConflicts(const QString& recordId)
{
    if (!m_conflictsAction->isEnabled())
        return;
    // Made when first wanted: its patient banner is a second one in the window.
    if (!m_conflictsView) {
        m_conflictsView = new ConflictsView(this);
        m_conflictsView->setObjectName("conflictsView");
        m_stack->addWidget(m_conflictsView);
        connect(m_conflictsView, &ConflictsView::patientChosen, this, &MainWindow::openPatient);
        connect(m_conflictsView, &ConflictsView::resolved, m_syncView, &SyncView::refresh);
    }
    showPage(m_conflictsView);
    if (currentPage() == m_conflictsView && !recordId.isEmpty())
        m_conflictsView->selectRecord(recordId.toStdString());
}

void MainWindow::showDuplicates(const QString& patientId)
{
    if (!m_duplicatesAction->isEnabled())
        return;
    // Made when first wanted, like the conflicts: its banners are more in the window.
    if (!m_duplicatesView) {
        m_duplicatesView = new DuplicatesView(this);
        m_duplicatesView->setObjectName("duplicatesView");
        m_stack->addWidget(m_duplicatesView);
        connect(m_duplicatesView, &DuplicatesView::patientChosen, this, &MainWindow::openPatient);
    }
    showPage(m_duplicatesView);
    if (currentPage() == m_duplicatesView && !patientId.isEmpty())
        m_duplicatesView->selectPatient(patientId.toStdString());
}

ResultsImportDialog* MainWindow::importResults()
{
    if (!m_store || !m_importAction->isEnabled())
        return nullptr;
    if (!m_importDialog) {
        m_importDialog = new ResultsImportDialog(*m_store, this);
        m_importDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importDialog, &ResultsImportDialog::resultsSaved, this, [this] {
            if (currentPage() == m_inboxView)
                m_inboxView->refresh();
            else if (currentPage() == m_unmatchedView)
                m_unmatchedView->refresh();
            else if (currentPage() == m_worklistView)
                m_worklistView->refresh();
        });
    }
    m_importDialog->show();
    m_importDialog->raise();
    m_importDialog->activateWindow();
    return m_importDialog;
}

LetterTemplatesDialog* MainWindow::showLetterTemplates()
{
    if (!m_store || !m_templatesAction->isEnabled())
        return nullptr;
    if (!m_templatesDialog) {
        m_templatesDialog = new LetterTemplatesDialog(*m_store, this);
        m_templatesDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_templatesDialog->show();
    m_templatesDialog->raise();
    m_templatesDialog->activateWindow();
    return m_templatesDialog;
}

void MainWindow::updateActions()
{
    const bool signedIn = m_store && m_store->currentUser();
    const bool patient = onPatientPage() && m_patientView->summary().has_value();
    m_registerAction->setEnabled(may(security::Permission::RegisterPatient));
    m_editAction->setEnabled(patient && may(security::Permission::EditDemographics));
    m_diagnosisAction->setEnabled(patient && may(security::Permission::RecordDiagnosis));
    m_backAction->setEnabled(currentPage() != m_searchView);
    QString backText = tr("&Back to search");
    if (onPatientPage() && m_returnPage == m_worklistView)
        backText = tr("&Back to the worklist");
    else if (onPatientPage() && m_returnPage == m_inboxView)
        backText = tr("&Back to the results inbox");
    else if (onPatientPage() && m_returnPage == m_unmatchedView)
        backText = tr("&Back to unmatched results");
    else if (onPatientPage() && m_conflictsView && m_returnPage == m_conflictsView)
        backText = tr("&Back to the conflicts");
    else if (onPatientPage() && m_duplicatesView && m_returnPage == m_duplicatesView)
        backText = tr("&Back to possible duplicates");
    m_backAction->setText(backText);
    m_findAction->setEnabled(signedIn);
    m_searchView->setEnabled(signedIn);
    // Core refuses these for other roles anyway; the actions say so first.
    m_worklistAction->setEnabled(may(security::Permission::ManageRecall));
    m_importAction->setEnabled(may(security::Permission::ImportResults));
    m_inboxAction->setEnabled(may(security::Permission::ReviewResults));
    m_unmatchedAction->setEnabled(may(security::Permission::ImportResults));
    m_syncAction->setEnabled(may(security::Permission::ExchangeRecords));
    m_conflictsAction->setEnabled(may(security::Permission::ExchangeRecords));
    m_duplicatesAction->setEnabled(may(security::Permission::ViewRecord));
    // Practice settings are for administrators only: the menu is not shown to anyone else.
    const bool settings = may(security::Permission::ManageSettings);
    m_templatesAction->setEnabled(settings);
    m_templatesAction->setVisible(settings);
    m_settingsMenu->menuAction()->setVisible(settings);
    if (!settings)
        delete m_templatesDialog.data();
}

void MainWindow::updateStatus()
{
    if (m_store && m_store->currentUser()) {
        const auto& user = *m_store->currentUser();
        m_userLabel->setText(tr("Signed in: %1  ·  Role: %2  ·  %3")
                                 .arg(QString::fromStdString(user.displayName),
                                      QString::fromStdString(std::string(model::roleDisplay(user.role))),
                                      QString::fromStdString(m_store->site().name)));
        m_databaseLabel->setText(tr("Database: %1").arg(m_databasePath));
        setWindowTitle(tr("CareHouse – %1").arg(QString::fromStdString(m_store->site().name)));
    } else {
        m_userLabel->setText(tr("Not signed in"));
        m_databaseLabel->setText(m_databasePath.isEmpty() ? QString() : tr("Database: %1").arg(m_databasePath));
        setWindowTitle(tr("CareHouse"));
    }
}

void MainWindow::chooseDatabase()
{
    if (onPatientPage() && !m_patientView->confirmLeave())
        return;
    QString start = m_databasePath.isEmpty() ? settings().value("database/last").toString() : m_databasePath;
    QString path = QFileDialog::getOpenFileName(this, tr("Open a CareHouse database"), QFileInfo(start).absolutePath(),
                                                tr("CareHouse databases (*.carehouse);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::registerPerson()
{
    if (!m_store || !m_registerAction->isEnabled())
        return;
    auto* form = new PatientForm(*m_store, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this,
            [this, form] { refreshAfterSave(QString::fromStdString(form->savedPatientId())); });
    form->open();
}

void MainWindow::editDetails()
{
    const auto& summary = m_patientView->summary();
    if (!m_store || !summary || !m_editAction->isEnabled())
        return;
    auto* form = new PatientForm(*m_store, summary->patient.value.id,
                                 record::PatientRegistration::draftFrom(summary->patient.value),
                                 summary->patient.headSeq, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &QDialog::accepted, this,
            [this, form] { refreshAfterSave(QString::fromStdString(form->savedPatientId())); });
    form->open();
}

void MainWindow::recordDiagnosis()
{
    const auto& summary = m_patientView->summary();
    if (!m_store || !summary || !m_diagnosisAction->isEnabled())
        return;
    const QString id = QString::fromStdString(summary->patient.value.id);
    auto* dialog = new DiagnosisDialog(*m_store, summary->patient.value.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, id] { refreshAfterSave(id); });
    dialog->open();
}

void MainWindow::refreshAfterSave(const QString& patientId)
{
    if (!patientId.isEmpty())
        openPatient(patientId);
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About CareHouse"),
                       tr("<b>CareHouse %1</b><p>A clinical workstation for diabetes care in primary care.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (onPatientPage() && !m_patientView->confirmLeave()) {
        event->ignore();
        return;
    }
    if (m_templatesDialog && m_templatesDialog->isVisible() && !m_templatesDialog->confirmLeave()) {
        event->ignore();
        return;
    }
    settings().setValue("window/geometry", saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace carehouse::ui
