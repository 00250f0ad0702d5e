#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>
#include <optional>
#include <string>
#include <vector>

class QFileSystemWatcher;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;
class QThread;
class QTimer;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class PeerStatusModel;
class SyncWorker;

// The Sync page (issue 7 §5): the shared folder this workstation exchanges files through, the
// peers with their status, Export now (to the selected peer or to all) and Import now, each on
// a worker thread with a progress bar and Cancel. While a database is open, files that arrive in
// the folder for this site are imported by themselves (a folder watcher, and a slow poll in case
// the watcher misses a network share's change); a file still being copied is skipped and tried
// again shortly; what arrived is summarised in words ("3 changes from …; 1 conflict to look at").
//
// The shared folder is a per-workstation setting (QSettings, per site database): a network
// share is mounted at a different path on each computer. The site key passphrase is asked once
// per session, kept in memory only and wiped when the database changes or someone signs in.
class SyncView : public QWidget
{
    Q_OBJECT

public:
    explicit SyncView(QWidget* parent = nullptr);
    ~SyncView() override;

    // A new store (or none) ends the session: a running job is cancelled and waited for, the
    // passphrase is wiped and the folder is read for the new site.
    void setStore(record::RecordStore* store);
    void refresh();

    void setFolder(const QString& folder);
    QString folder() const;

    bool exportToSelected();
    bool exportToAll();
    bool importNow();
    void cancel();
    bool running() const { return m_thread != nullptr; }
    // Looks for arrivals now, as the watcher and the poll do.
    void checkForArrivals();

    bool hasPassphrase() const { return m_passphrase.has_value(); }
    void forgetPassphrase();
    void selectPeer(int row);

    PeerStatusModel* model() const { return m_model; }
    QString bannerText() const;
    QStringList problemTexts() const;
    QString autoImportText() const;
    int openConflicts() const { return m_openConflicts; }

    // How often the folder is polled besides the watcher (tests make it short).
    void setPollInterval(int milliseconds);

signals:
    // An import changed these people's records (the patient page and lists refresh).
    void recordsChanged(const QStringList& patientIds);
    // What an import brought, in words, for the main window's message line.
    void arrivalsSummarised(const QString& summary);
    void conflictsRequested();
    void jobFinished();

private:
    void chooseFolder();
    void scan(bool manual);
    bool startJob(int job, std::vector<std::string> targets, bool manual);
    std::optional<std::string> passphrase(bool ask);
    void onProgress(qint64 done, qint64 total);
    void onFinished();
    void finishExport(const SyncWorker& worker);
    void finishImport(const SyncWorker& worker);
    void updateButtons();
    void showPeerDetail();
    void updateAutoImportText();
    void watchFolder();
    QString fileKey(const QString& path) const;

    record::RecordStore* m_store = nullptr;
    QLabel* m_siteLabel = nullptr;
    QLineEdit* m_folderLineEdit = nullptr;
    QPushButton* m_chooseFolderButton = nullptr;
    QLabel* m_autoImportLabel = nullptr;
    QPushButton* m_unlockButton = nullptr;
    MessageBanner* m_banner = nullptr;
    QListWidget* m_problemsListWidget = nullptr;
    QLabel* m_conflictsLabel = nullptr;
    QPushButton* m_showConflictsButton = nullptr;
    QTableView* m_tableView = nullptr;
    QLabel* m_peerDetailLabel = nullptr;
    PeerStatusModel* m_model = nullptr;
    QPushButton* m_exportSelectedButton = nullptr;
    QPushButton* m_exportAllButton = nullptr;
    QPushButton* m_importButton = nullptr;
    QProgressBar* m_progressBar = nullptr;
    QPushButton* m_cancelButton = nullptr;

    QFileSystemWatcher* m_watcher = nullptr;
    QTimer* m_pollTimer = nullptr;
    QTimer* m_settleTimer = nullptr; // a burst of folder changes becomes one look
    QTimer* m_retryTimer = nullptr; // files still being copied
    QThread* m_thread = nullptr;
    SyncWorker* m_worker = nullptr;
    bool m_manualJob = false;
    bool m_rescanAfterJob = false;
    int m_waitingFiles = 0; // arrivals found while no passphrase was given
    int m_openConflicts = 0;
    std::optional<std::string> m_passphrase;
    QHash<QString, bool> m_seenFiles; // file key -> applied (true) or refused for good (false)
    QHash<QString, QString> m_jobKeys; // path -> file key, for the running import
};

} // namespace carehouse::ui
