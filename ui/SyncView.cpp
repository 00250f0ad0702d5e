#include "ui/SyncView.h"

#include "core/base/Clock.h"
#include "core/base/Log.h"
#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/SiteKeyStore.h"
#include "core/record/ConflictBook.h"
#include "core/record/RecordStore.h"
#include "core/security/Permission.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/PassphraseDialog.h"
#include "ui/PeerStatusModel.h"
#include "ui/SyncWorker.h"

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <fstream>
#include <map>
#include <set>
#include <sodium.h>

namespace carehouse::ui {

namespace {

constexpr int kDefaultPollMs = 60'000;
constexpr int kSettleMs = 500;
constexpr int kRetryMs = 5'000;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString folderKey(const record::RecordStore& store)
{
    return QStringLiteral("sync/folder/%1").arg(q(store.site().siteUuid));
}

QString changes(std::size_t n)
{
    return n == 1 ? SyncView::tr("1 change") : SyncView::tr("%1 changes").arg(n);
}

QString conflicts(std::size_t n)
{
    return n == 1 ? SyncView::tr("1 conflict to look at") : SyncView::tr("%1 conflicts to look at").arg(n);
}

bool wrongPassphrase(const base::Error& e)
{
    return e.code == base::ErrorCode::BadCredentials;
}

} // namespace

SyncView::SyncView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Sync with other sites"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_siteLabel = new QLabel(this);
    m_siteLabel->setObjectName("syncSiteLabel");

    m_folderLineEdit = new QLineEdit(this);
    m_folderLineEdit->setObjectName("syncFolderLineEdit");
    m_folderLineEdit->setPlaceholderText(tr("Choose the folder this site shares exchange files through"));
    m_chooseFolderButton = new QPushButton(tr("Choose…"), this);
    m_chooseFolderButton->setObjectName("chooseSyncFolderButton");

    m_autoImportLabel = new QLabel(this);
    m_autoImportLabel->setObjectName("autoImportLabel");
    m_autoImportLabel->setWordWrap(true);
    m_unlockButton = new QPushButton(tr("Give passphrase…"), this);
    m_unlockButton->setObjectName("unlockSiteKeyButton");

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("syncBanner");
    m_problemsListWidget = new QListWidget(this);
    m_problemsListWidget->setObjectName("syncProblemsListWidget");
    m_problemsListWidget->setWordWrap(true);
    m_problemsListWidget->setMaximumHeight(110);
    m_problemsListWidget->hide();

    m_conflictsLabel = new QLabel(this);
    m_conflictsLabel->setObjectName("syncConflictsLabel");
    m_conflictsLabel->setStyleSheet("background: #ffb81c; color: #212b32; padding: 6px 10px; font-weight: bold;");
    m_showConflictsButton = new QPushButton(tr("Show conflicts"), this);
    m_showConflictsButton->setObjectName("showConflictsButton");

    m_model = new PeerStatusModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName("peersTableView");
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The counts' headers are wider than their figures: sized to the header, never clipped.
    for (int c : {PeerStatusModel::Acknowledged, PeerStatusModel::Pending})
        m_tableView->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_peerDetailLabel = new QLabel(this);
    m_peerDetailLabel->setObjectName("peerDetailLabel");
    m_peerDetailLabel->setWordWrap(true);
    m_peerDetailLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_peerDetailLabel->setStyleSheet("border: 1px solid #aeb7bd; background: #f0f4f5; padding: 8px;");

    m_exportSelectedButton = new QPushButton(tr("Export now to the selected peer"), this);
    m_exportSelectedButton->setObjectName("exportSelectedButton");
    m_exportAllButton = new QPushButton(tr("Export now to all peers"), this);
    m_exportAllButton->setObjectName("exportAllButton");
    m_importButton = new QPushButton(tr("Import now"), this);
    m_importButton->setObjectName("importNowButton");
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName("syncProgressBar");
    m_progressBar->setRange(0, 100);
    m_progressBar->setValue(0);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName("syncCancelButton");

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Shared folder:"), this));
    folderRow->addWidget(m_folderLineEdit, 1);
    folderRow->addWidget(m_chooseFolderButton);
    auto* autoRow = new QHBoxLayout;
    autoRow->addWidget(m_autoImportLabel, 1);
    autoRow->addWidget(m_unlockButton);
    auto* conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflictsLabel, 1);
    conflictRow->addWidget(m_showConflictsButton);
    auto* runRow = new QHBoxLayout;
    runRow->addWidget(m_exportSelectedButton);
    runRow->addWidget(m_exportAllButton);
    runRow->addWidget(m_importButton);
    runRow->addSpacing(16);
    runRow->addWidget(m_progressBar, 1);
    runRow->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_siteLabel);
    layout->addLayout(folderRow);
    layout->addLayout(autoRow);
    layout->addLayout(conflictRow);
    layout->addWidget(m_banner);
    layout->addWidget(m_problemsListWidget);
    layout->addLayout(runRow);
    layout->addWidget(m_tableView, 1);
    layout->addWidget(m_peerDetailLabel);

    m_watcher = new QFileSystemWatcher(this);
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kDefaultPollMs);
    m_settleTimer = new QTimer(this);
    m_settleTimer->setSingleShot(true);
    m_settleTimer->setInterval(kSettleMs);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setInterval(kRetryMs);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settleTimer, qOverload<>(&QTimer::start));
    connect(m_settleTimer, &QTimer::timeout, this, &SyncView::checkForArrivals);
    connect(m_pollTimer, &QTimer::timeout, this, &SyncView::checkForArrivals);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncView::checkForArrivals);

    connect(m_chooseFolderButton, &QPushButton::clicked, this, &SyncView::chooseFolder);
    connect(m_folderLineEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_folderLineEdit->text().trimmed() != folder() || m_watcher->directories().isEmpty())
            setFolder(m_folderLineEdit->text().trimmed());
    });
    connect(m_unlockButton, &QPushButton::clicked, this, [this] {
        if (passphrase(true))
            checkForArrivals();
        updateAutoImportText();
    });
    connect(m_showConflictsButton, &QPushButton::clicked, this, &SyncView::conflictsRequested);
    connect(m_exportSelectedButton, &QPushButton::clicked, this, &SyncView::exportToSelected);
    connect(m_exportAllButton, &QPushButton::clicked, this, &SyncView::exportToAll);
    connect(m_importButton, &QPushButton::clicked, this, &SyncView::importNow);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncView::cancel);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateButtons();
        showPeerDetail();
    });
    updateButtons();
    updateAutoImportText();
}

SyncView::~SyncView()
{
    if (m_thread) {
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
    }
    forgetPassphrase();
}

void SyncView::forgetPassphrase()
{
    if (m_passphrase) {
        sodium_memzero(m_passphrase->data(), m_passphrase->size());
        m_passphrase.reset();
    }
    updateAutoImportText();
}

void SyncView::setStore(record::RecordStore* store)
{
    if (m_thread) { // the job belongs to the previous session
        m_worker->cancel();
        m_thread->quit();
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
        delete m_worker;
        m_worker = nullptr;
    }
    forgetPassphrase();
    m_store = store;
    m_seenFiles.clear();
    m_jobKeys.clear();
    m_waitingFiles = 0;
    m_banner->clearMessage();
    m_problemsListWidget->clear();
    m_problemsListWidget->hide();
    m_progressBar->setValue(0);
    const bool signedIn
        = m_store && m_store->currentUser() && m_store->require(security::Permission::ExchangeRecords).ok();
    m_folderLineEdit->setText(
        signedIn
            ? QSettings(QStringLiteral("CareHouse"), QStringLiteral("CareHouse")).value(folderKey(*m_store)).toString()
            : QString());
    watchFolder();
    refresh();
}

void SyncView::setPollInterval(int milliseconds)
{
    m_pollTimer->setInterval(milliseconds);
    m_retryTimer->setInterval(std::min(milliseconds, kRetryMs));
}

QString SyncView::folder() const
{
    if (!m_store || !m_store->currentUser())
        return {};
    return QSettings(QStringLiteral("CareHouse"), QStringLiteral("CareHouse")).value(folderKey(*m_store)).toString();
}

void SyncView::setFolder(const QString& path)
{
    if (!m_store)
        return;
    QSettings(QStringLiteral("CareHouse"), QStringLiteral("CareHouse")).setValue(folderKey(*m_store), path);
    m_folderLineEdit->setText(path);
    m_seenFiles.clear();
    watchFolder();
    if (!path.isEmpty() && !QFileInfo(path).isDir())
        m_banner->showText(tr("The folder %1 is not there (is the network drive connected?). Choose the shared "
                              "folder again.")
                               .arg(path));
    else
        m_banner->clearMessage();
    updateButtons();
    checkForArrivals();
}

void SyncView::chooseFolder()
{
    const QString chosen
        = QFileDialog::getExistingDirectory(this, tr("Choose the shared exchange folder"), m_folderLineEdit->text());
    if (!chosen.isEmpty())
        setFolder(chosen);
}

void SyncView::watchFolder()
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_pollTimer->stop();
    const QString path = m_folderLineEdit->text();
    if (!m_store || path.isEmpty() || !QFileInfo(path).isDir())
        return;
    m_watcher->addPath(path);
    m_pollTimer->start();
}

void SyncView::refresh()
{
    const bool may = m_store && m_store->currentUser() && m_store->require(security::Permission::ExchangeRecords).ok();
    if (!may) {
        m_model->clear();
        m_siteLabel->clear();
        m_openConflicts = 0;
        m_conflictsLabel->hide();
        m_showConflictsButton->hide();
        updateButtons();
        updateAutoImportText();
        return;
    }
    const int selected = m_tableView->currentIndex().isValid() ? m_tableView->currentIndex().row() : -1;
    const std::string selectedSite
        = selected >= 0 && m_model->row(selected) ? m_model->row(selected)->peer.siteId : std::string();
    if (auto st = m_model->reload(*m_store); !st)
        m_banner->showError(st.error());
    if (const int row = m_model->rowOfSite(selectedSite); row >= 0)
        selectPeer(row);
    // Fixed widths with the words wrapped, so the last problem always has room to be read.
    static const int widths[] = {190, 180, 150, 125, 125, 105, 120};
    for (int c = 0; c < PeerStatusModel::LastError; ++c)
        m_tableView->setColumnWidth(c, widths[c]);
    m_tableView->resizeRowsToContents();
    showPeerDetail();

    QString siteText = tr("This site: %1").arg(q(m_store->site().name));
    if (auto keys = exchange::SiteKeyStore(*m_store).current(); keys && *keys)
        siteText += tr("  ·  key fingerprint %1").arg(q((*keys)->fingerprint.groups()));
    else
        siteText += tr("  ·  no exchange keys yet: an administrator or clinical lead makes them first");
    m_siteLabel->setText(siteText);

    auto open = record::ConflictBook(*m_store).open();
    m_openConflicts = open ? static_cast<int>(open->size()) : 0;
    m_conflictsLabel->setText(
        m_openConflicts == 1
            ? tr("⚠ 1 record from two sites disagrees and needs a clinician to choose")
            : tr("⚠ %1 records from two sites disagree and need a clinician to choose").arg(m_openConflicts));
    m_conflictsLabel->setVisible(m_openConflicts > 0);
    m_showConflictsButton->setVisible(m_openConflicts > 0);
    updateButtons();
    updateAutoImportText();
}

void SyncView::selectPeer(int row)
{
    m_tableView->selectRow(row);
    m_tableView->setCurrentIndex(m_model->index(row, 0));
}

void SyncView::showPeerDetail()
{
    const auto* row = m_tableView->currentIndex().isValid() ? m_model->row(m_tableView->currentIndex().row()) : nullptr;
    if (!row) {
        m_peerDetailLabel->setText(m_model->rowCount() == 0
                                       ? tr("No peers yet. An administrator or clinical lead adds a site from its "
                                            "site card after reading its fingerprint aloud with them.")
                                       : tr("Select a peer to see its details."));
        return;
    }
    const auto& p = row->peer;
    QString text = tr("<b>%1</b> — %2. Key fingerprint %3.")
                       .arg(q(p.name).toHtmlEscaped(), PeerStatusModel::sharingText(p.sharing).toHtmlEscaped(),
                            q(p.fingerprint.groups()));
    if (p.revoked())
        text += QLatin1Char(' ') + tr("Removed: nothing is sent to it and its new files are refused.");
    if (!p.lastError.empty())
        text += QStringLiteral("<br>")
            + tr("<b>Last problem (%1):</b> %2")
                  .arg(q(base::formatTimestamp(p.lastErrorAt.value_or(0))),
                       ErrorText::describeDetailCode(p.lastError).toHtmlEscaped());
    m_peerDetailLabel->setText(text);
}

QString SyncView::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

QStringList SyncView::problemTexts() const
{
    QStringList out;
    for (int i = 0; i < m_problemsListWidget->count(); ++i)
        out << m_problemsListWidget->item(i)->text();
    return out;
}

QString SyncView::autoImportText() const
{
    return m_autoImportLabel->text();
}

void SyncView::updateButtons()
{
    const bool may = m_store && m_store->currentUser() && m_store->require(security::Permission::ExchangeRecords).ok();
    const bool idle = may && !running();
    const bool haveFolder = !m_folderLineEdit->text().isEmpty();
    const auto* row = m_tableView->currentIndex().isValid() ? m_model->row(m_tableView->currentIndex().row()) : nullptr;
    m_exportSelectedButton->setEnabled(idle && haveFolder && row && !row->peer.revoked());
    m_exportAllButton->setEnabled(idle && haveFolder && m_model->rowCount() > 0);
    m_importButton->setEnabled(idle && haveFolder);
    m_chooseFolderButton->setEnabled(may && !running());
    m_folderLineEdit->setEnabled(may && !running());
    m_cancelButton->setEnabled(running());
    m_unlockButton->setVisible(may && !m_passphrase);
}

void SyncView::updateAutoImportText()
{
    QString text;
    if (!m_store || !m_store->currentUser() || !m_store->require(security::Permission::ExchangeRecords).ok())
        text = tr("Your role does not send or read exchange files.");
    else if (m_folderLineEdit->text().isEmpty())
        text = tr("Choose the shared folder to send and receive records.");
    else if (!QFileInfo(m_folderLineEdit->text()).isDir())
        text = tr("The shared folder is not there: files are not being received.");
    else if (!m_passphrase && m_waitingFiles > 0)
        text = m_waitingFiles == 1
            ? tr("1 file from a peer is waiting. Give the site key passphrase to import it.")
            : tr("%1 files from peers are waiting. Give the site key passphrase to import them.").arg(m_waitingFiles);
    else if (!m_passphrase)
        text = tr("Files from peers are imported by themselves once the site key passphrase has been given.");
    else
        text = tr("Watching the shared folder: files from peers are imported as they arrive.");
    m_autoImportLabel->setText(text);
    if (m_unlockButton)
        m_unlockButton->setVisible(m_store && m_store->currentUser()
                                   && m_store->require(security::Permission::ExchangeRecords).ok() && !m_passphrase);
}

std::optional<std::string> SyncView::passphrase(bool ask)
{
    if (m_passphrase || !ask || !m_store)
        return m_passphrase;
    auto given = PassphraseDialog::ask(this, q(m_store->site().name));
    if (!given || given->empty())
        return std::nullopt;
    m_passphrase = std::move(given);
    updateAutoImportText();
    updateButtons();
    return m_passphrase;
}

bool SyncView::exportToSelected()
{
    const auto* row = m_tableView->currentIndex().isValid() ? m_model->row(m_tableView->currentIndex().row()) : nullptr;
    if (!row || row->peer.revoked() || running())
        return false;
    return startJob(static_cast<int>(SyncWorker::Job::Export), {row->peer.siteId}, true);
}

bool SyncView::exportToAll()
{
    if (running())
        return false;
    std::vector<std::string> peers;
    for (int i = 0; i < m_model->rowCount(); ++i)
        if (!m_model->row(i)->peer.revoked())
            peers.push_back(m_model->row(i)->peer.siteId);
    if (peers.empty()) {
        m_banner->showText(tr("There are no peers to send to. Add one from its site card first."));
        return false;
    }
    return startJob(static_cast<int>(SyncWorker::Job::Export), std::move(peers), true);
}

bool SyncView::importNow()
{
    if (running())
        return false;
    scan(true);
    return running();
}

void SyncView::checkForArrivals()
{
    scan(false);
}

QString SyncView::fileKey(const QString& path) const
{
    const QFileInfo info(path);
    return QStringLiteral("%1|%2|%3")
        .arg(info.absoluteFilePath())
        .arg(info.size())
        .arg(info.lastModified().toMSecsSinceEpoch());
}

void SyncView::scan(bool manual)
{
    if (!m_store || !m_store->currentUser() || !m_store->require(security::Permission::ExchangeRecords).ok())
        return;
    const QString dir = m_folderLineEdit->text();
    if (dir.isEmpty() || !QFileInfo(dir).isDir()) {
        if (manual)
            m_banner->showText(tr("Choose the shared folder first."));
        return;
    }
    if (running()) {
        m_rescanAfterJob = true;
        return;
    }
    const std::string ownSite = m_store->site().siteUuid;
    std::vector<std::string> paths;
    m_jobKeys.clear();
    bool retryLater = false;
    const auto files = QDir(dir).entryInfoList({QStringLiteral("*.chx")}, QDir::Files, QDir::Name);
    for (const auto& info : files) {
        const QString path = info.absoluteFilePath();
        const QString key = fileKey(path);
        if (auto seen = m_seenFiles.constFind(key); seen != m_seenFiles.constEnd() && (!manual || *seen))
            continue;
        std::ifstream in(path.toStdString(), std::ios::binary);
        auto header = exchange::EnvelopeReader::peekHeader(in);
        if (!header) {
            auto reason = exchange::exchangeErrorOf(header.error());
            if (reason && exchange::isRetryable(*reason))
                retryLater = true; // still being copied
            else
                m_seenFiles.insert(key, false); // not an exchange file: nothing for us
            continue;
        }
        // Our own exports to peers and files for other sites share the folder.
        if (header->senderSiteId == ownSite || !header->recipientFor(ownSite))
            continue;
        m_jobKeys.insert(path, key);
        paths.push_back(path.toStdString());
    }
    if (retryLater)
        m_retryTimer->start();
    if (paths.empty()) {
        m_waitingFiles = 0;
        if (manual) {
            m_banner->showText(retryLater ? tr("A file is still being copied into the folder; it will be imported "
                                               "once it is complete.")
                                          : tr("There are no new files for this site in the shared folder."),
                               MessageBanner::Kind::Done);
            m_problemsListWidget->clear();
            m_problemsListWidget->hide();
        }
        updateAutoImportText();
        return;
    }
    if (!manual && !m_passphrase) {
        m_waitingFiles = static_cast<int>(paths.size());
        updateAutoImportText();
        return;
    }
    startJob(static_cast<int>(SyncWorker::Job::Import), std::move(paths), manual);
}

bool SyncView::startJob(int job, std::vector<std::string> targets, bool manual)
{
    if (!m_store || running())
        return false;
    const QString dir = m_folderLineEdit->text();
    if (dir.isEmpty()) {
        m_banner->showText(tr("Choose the shared folder first."));
        return false;
    }
    auto secret = passphrase(manual);
    if (!secret) {
        m_banner->showText(tr("Nothing was sent or read: the site key passphrase is needed."));
        return false;
    }
    auto another = m_store->openAnother();
    if (!another) {
        m_banner->showError(another.error());
        return false;
    }
    m_manualJob = manual;
    m_waitingFiles = 0;
    const auto kind = static_cast<SyncWorker::Job>(job);
    if (manual || kind == SyncWorker::Job::Export) {
        m_banner->showText(kind == SyncWorker::Job::Export ? tr("Writing exchange files…")
                                                           : tr("Reading exchange files…"),
                           MessageBanner::Kind::Done);
        m_problemsListWidget->clear();
        m_problemsListWidget->hide();
    }
    m_progressBar->setValue(0);
    m_worker = new SyncWorker(std::move(another).value(), kind, std::move(targets), dir.toStdString(), *secret);
    m_thread = new QThread(this);
    m_thread->setObjectName("syncThread");
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::started, m_worker, &SyncWorker::run);
    connect(m_worker, &SyncWorker::progressed, this, &SyncView::onProgress, Qt::QueuedConnection);
    connect(m_worker, &SyncWorker::finished, this, &SyncView::onFinished, Qt::QueuedConnection);
    m_thread->start();
    updateButtons();
    updateAutoImportText();
    return true;
}

void SyncView::cancel()
{
    if (!m_worker)
        return;
    m_worker->cancel();
    m_cancelButton->setEnabled(false);
    m_banner->showText(tr("Stopping…"));
}

void SyncView::onProgress(qint64 done, qint64 total)
{
    m_progressBar->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 0);
}

void SyncView::onFinished()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread->deleteLater();
    m_thread = nullptr;
    std::unique_ptr<SyncWorker> worker(m_worker);
    m_worker = nullptr;
    m_progressBar->setValue(100);

    bool badPassphrase = false;
    QString passphraseProblem;
    for (const auto& step : worker->steps())
        if (const auto* e = step.error(); e && wrongPassphrase(*e)) {
            badPassphrase = true;
            passphraseProblem = ErrorText::describe(*e);
        }
    if (badPassphrase)
        forgetPassphrase(); // asked again next time
    if (worker->job() == SyncWorker::Job::Export)
        finishExport(*worker);
    else
        finishImport(*worker);
    if (badPassphrase)
        m_banner->showText(passphraseProblem);
    if (worker->cancelled())
        m_banner->showText(tr("Stopped. Files already written or imported stay; nothing else was changed."));
    worker.reset();
    refresh();
    emit jobFinished();
    if (m_rescanAfterJob) {
        m_rescanAfterJob = false;
        QTimer::singleShot(0, this, &SyncView::checkForArrivals);
    }
}

void SyncView::finishExport(const SyncWorker& worker)
{
    QStringList sent;
    QStringList problems;
    for (const auto& step : worker.steps()) {
        const int row = m_model->rowOfSite(step.target);
        const QString peer = row >= 0 ? q(m_model->row(row)->peer.name) : q(step.target);
        if (step.ok()) {
            const auto& w = step.written->value();
            sent << (w.versions == 0 ? tr("Nothing new for %1 (the file tells them what arrived here).").arg(peer)
                                     : tr("%1 for %2 (%3).")
                                           .arg(changes(w.versions), peer,
                                                w.people == 1 ? tr("1 person") : tr("%1 people").arg(w.people)));
        } else if (step.error()->code != base::ErrorCode::Cancelled) {
            problems << tr("%1: %2").arg(peer, ErrorText::describe(*step.error()));
        }
    }
    if (!sent.isEmpty())
        m_banner->showText(tr("Sent: %1").arg(sent.join(QLatin1Char(' '))), MessageBanner::Kind::Done);
    else if (!problems.isEmpty())
        m_banner->showText(tr("Nothing was sent."));
    else
        m_banner->clearMessage();
    m_problemsListWidget->clear();
    m_problemsListWidget->addItems(problems);
    m_problemsListWidget->setVisible(!problems.isEmpty());
}

void SyncView::finishImport(const SyncWorker& worker)
{
    struct FromPeer
    {
        std::size_t applied = 0, alreadyHeld = 0, opened = 0, closed = 0;
    };
    std::map<std::string, FromPeer> bySender;
    std::set<std::string> patients, twoRecords;
    QStringList problems;
    bool retry = false;
    for (const auto& step : worker.steps()) {
        const QString path = q(step.target);
        const QString key = m_jobKeys.value(path, fileKey(path));
        if (step.ok()) {
            const auto& a = step.applied->value();
            auto& from = bySender[a.fromName];
            from.applied += a.report.applied;
            from.alreadyHeld += a.report.alreadyHeld;
            from.opened += a.report.conflictsOpened.size();
            from.closed += a.report.conflictsClosed.size();
            patients.insert(a.report.patientsChanged.begin(), a.report.patientsChanged.end());
            twoRecords.insert(a.possibleDuplicates.begin(), a.possibleDuplicates.end());
            m_seenFiles.insert(key, true);
            continue;
        }
        const auto& e = *step.error();
        const auto reason = exchange::exchangeErrorOf(e);
        if ((reason && exchange::isRetryable(*reason)) || wrongPassphrase(e) || e.code == base::ErrorCode::Cancelled
            || e.code == base::ErrorCode::DatabaseBusy) {
            retry = reason && exchange::isRetryable(*reason);
            if (wrongPassphrase(e) && !problems.contains(ErrorText::describe(e)))
                problems << ErrorText::describe(e);
            continue; // tried again later, never set aside
        }
        m_seenFiles.insert(key, false);
        base::logWarning("exchange file refused: {}", e.describe());
        problems << ErrorText::describe(e);
    }
    if (retry)
        m_retryTimer->start();

    QStringList parts;
    bool anything = false;
    for (const auto& [name, from] : bySender) {
        QString part = from.applied > 0
            ? tr("%1 from %2").arg(changes(from.applied), q(name))
            : tr("Nothing new from %1 (%2 already here)").arg(q(name), changes(from.alreadyHeld));
        if (from.opened > 0)
            part += tr("; %1").arg(conflicts(from.opened));
        if (from.closed > 0)
            part += from.closed == 1 ? tr("; 1 conflict settled at another site")
                                     : tr("; %1 conflicts settled at another site").arg(from.closed);
        anything = anything || from.applied > 0 || from.opened > 0 || from.closed > 0;
        parts << part;
    }
    if (!twoRecords.empty())
        parts << (twoRecords.size() == 1
                      ? tr("1 person arrived whose NHS number is on another record here: compare them under Sync > "
                           "Possible duplicates")
                      : tr("%1 people arrived whose NHS numbers are on other records here: compare them under Sync > "
                           "Possible duplicates")
                            .arg(twoRecords.size()));
    const QString summary = parts.join(QStringLiteral(". "));
    if (!summary.isEmpty() && (anything || m_manualJob))
        m_banner->showText(summary + QLatin1Char('.'), MessageBanner::Kind::Done);
    else if (!problems.isEmpty())
        m_banner->showText(problems.size() == 1
                               ? tr("A file was refused; nothing in it was used.")
                               : tr("%1 files were refused; nothing in them was used.").arg(problems.size()));
    if (m_manualJob || !problems.isEmpty()) {
        m_problemsListWidget->clear();
        m_problemsListWidget->addItems(problems);
        m_problemsListWidget->setVisible(!problems.isEmpty());
    }
    if (anything) {
        QStringList ids;
        for (const auto& p : patients)
            ids << q(p);
        emit recordsChanged(ids);
        emit arrivalsSummarised(summary + QLatin1Char('.'));
    }
}

} // namespace carehouse::ui
