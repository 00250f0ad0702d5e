#include "ui/ConflictsView.h"

#include "core/journal/SyncError.h"
#include "core/record/ConflictBook.h"
#include "core/record/RecordStore.h"
#include "ui/ConflictListModel.h"
#include "ui/ConflictVersionsModel.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/PatientBanner.h"
#include "ui/ShortListView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

ConflictsView::ConflictsView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Conflicts: records from two sites that disagree"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName("conflictsCountLabel");
    m_messageBanner = new MessageBanner(this);
    m_messageBanner->setObjectName("conflictsMessageBanner");

    m_listModel = new ConflictListModel(this);
    m_listView = new ShortListView(this);
    m_listView->setObjectName("conflictsTableView");
    m_listView->setModel(m_listModel);

    m_detail = new QWidget(this);
    m_detail->setObjectName("conflictDetailWidget");
    m_patientBanner = new PatientBanner(m_detail);
    m_explainLabel = new QLabel(m_detail);
    m_explainLabel->setObjectName("conflictExplainLabel");
    m_explainLabel->setWordWrap(true);
    m_versionsModel = new ConflictVersionsModel(this);
    m_versionsView = new QTableView(m_detail);
    m_versionsView->setObjectName("conflictVersionsTableView");
    m_versionsView->setModel(m_versionsModel);
    m_versionsView->setSelectionMode(QAbstractItemView::NoSelection);
    m_versionsView->setWordWrap(true);
    m_versionsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_versionsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_versionsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_keepLayout = new QHBoxLayout;
    m_openPatientButton = new QPushButton(tr("Open the person's record"), m_detail);
    m_openPatientButton->setObjectName("conflictOpenPatientButton");

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_patientBanner);
    detailLayout->addWidget(m_explainLabel);
    detailLayout->addWidget(m_versionsView, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addLayout(m_keepLayout, 1);
    buttons->addWidget(m_openPatientButton);
    detailLayout->addLayout(buttons);
    m_detail->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_messageBanner);
    layout->addWidget(m_listView);
    layout->addWidget(m_detail, 1);
    layout->addStretch(0);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_openPatientButton, &QPushButton::clicked, this, [this] {
        if (!m_shownPatientId.empty())
            emit patientChosen(q(m_shownPatientId));
    });
}

void ConflictsView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_messageBanner->clearMessage();
    refresh();
}

void ConflictsView::refresh()
{
    const auto* current = m_listModel->row(m_listView->chosenRow());
    const std::string selected = current ? current->conflict.recordId : std::string();
    if (!m_store || !m_store->currentUser()) {
        m_listModel->clear();
    } else if (auto st = m_listModel->reload(*m_store); !st) {
        m_messageBanner->showError(st.error());
    }
    const int n = m_listModel->rowCount();
    m_countLabel->setText(n == 0       ? tr("No open conflicts: every record agrees with the other sites.")
                              : n == 1 ? tr("1 record needs a clinician to choose which version is right.")
                                       : tr("%1 records need a clinician to choose which version is right.").arg(n));
    m_listView->fitRows(n);
    if (const int row = m_listModel->rowOfRecord(selected); row >= 0)
        selectRow(row);
    else
        showSelected();
}

void ConflictsView::selectRow(int row)
{
    m_listView->choose(row);
    showSelected();
}

bool ConflictsView::selectRecord(const std::string& recordId)
{
    const int row = m_listModel->rowOfRecord(recordId);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

QString ConflictsView::messageText() const
{
    return m_messageBanner->isHidden() ? QString() : m_messageBanner->text();
}

QString ConflictsView::countText() const
{
    return m_countLabel->text();
}

void ConflictsView::showSelected()
{
    const auto* row = m_listModel->row(m_listView->chosenRow());
    if (!row) {
        m_shownPatientId.clear();
        m_shownName.clear();
        m_patientBanner->clear();
        m_versionsModel->setConflict(std::nullopt);
        rebuildKeepButtons();
        m_detail->hide();
        return;
    }
    const auto& c = row->conflict;
    // The banner and the versions always come from the same row: one person on screen.
    if (row->patient) {
        m_patientBanner->setPatient(*row->patient, m_store->clock().today());
        m_patientBanner->show();
    } else {
        m_patientBanner->clear();
        m_patientBanner->hide();
    }
    m_shownPatientId = c.patientId;
    m_shownName = row->patient ? q(model::bannerName(*row->patient)) : QString();
    m_versionsModel->setConflict(c);
    m_versionsView->resizeRowsToContents();
    const QString kind = ConflictListModel::recordKindText(c.type).toLower();
    if (c.kind == record::RecordConflict::Kind::EditMeetsRetirement)
        m_explainLabel->setText(tr("<b>One site changed this %1 while another marked it entered in error.</b> "
                                   "Neither knew of the other. Until you choose, CareHouse shows Version A at "
                                   "every site. Keep the version that is right; the other stays in the history.")
                                    .arg(kind.toHtmlEscaped()));
    else
        m_explainLabel->setText(tr("<b>Two sites changed this person's %1 at the same time</b>, so neither "
                                   "includes the other's change. Until you choose, CareHouse shows Version A at "
                                   "every site. Fields that differ are highlighted (≠). Keep the version that is "
                                   "right — check with the person or the other site if unsure; the other stays in "
                                   "the history.")
                                    .arg(kind.toHtmlEscaped()));
    m_openPatientButton->setVisible(!c.patientId.empty());
    rebuildKeepButtons();
    m_detail->show();
}

void ConflictsView::rebuildKeepButtons()
{
    for (auto* b : m_keepButtons)
        delete b;
    m_keepButtons.clear();
    const auto& c = m_versionsModel->conflict();
    if (!c)
        return;
    for (std::size_t i = 0; i < c->heads.size(); ++i) {
        const auto& head = c->heads[i];
        auto* button = new QPushButton(tr("Keep %1 (%2)")
                                           .arg(ConflictVersionsModel::versionName(static_cast<int>(i)),
                                                q(head.siteName.empty() ? head.siteUuid : head.siteName)),
                                       m_detail);
        button->setObjectName(QStringLiteral("keepVersionButton%1").arg(i));
        button->setToolTip(tr("Keep this version: %1").arg(ConflictVersionsModel::madeBy(head)));
        connect(button, &QPushButton::clicked, this, [this, i] { keepVersion(static_cast<int>(i)); });
        m_keepLayout->addWidget(button);
        m_keepButtons.push_back(button);
    }
}

bool ConflictsView::keepVersion(int column)
{
    const auto& c = m_versionsModel->conflict();
    if (!m_store || !c || column < 0 || static_cast<std::size_t>(column) >= c->heads.size())
        return false;
    // Never a choice for someone other than the person whose banner is showing.
    if (c->patientId != m_shownPatientId) {
        m_messageBanner->showText(tr("The versions on screen are not this person's. Choose the conflict again."));
        refresh();
        return false;
    }
    std::vector<journal::VersionId> seen;
    for (const auto& h : c->heads)
        seen.push_back(h.version);
    const auto keep = c->heads[static_cast<std::size_t>(column)].version;
    const std::string recordId = c->recordId;
    const std::string patientId = c->patientId;
    const QString who = m_shownName.isEmpty() ? tr("this record") : m_shownName;
    auto outcome = record::ConflictBook(*m_store).resolve(recordId, keep, seen);
    if (!outcome) {
        const auto& e = outcome.error();
        const auto reason = journal::syncErrorOf(e);
        if (e.code == base::ErrorCode::StaleVersion || reason == journal::SyncError::NotAHead)
            m_messageBanner->showText(tr("Another version of this record arrived after these were shown, so nothing "
                                         "was kept. The versions below are as they are now: compare them again."));
        else
            m_messageBanner->showText(ErrorText::describe(e));
        refresh();
        selectRecord(recordId);
        return false;
    }
    m_messageBanner->showText(tr("Kept %1 for %2. The conflict is closed here and will close at the other sites "
                                 "with the next exchange; the other version stays in the history.")
                                  .arg(ConflictVersionsModel::versionName(column), who),
                              MessageBanner::Kind::Done);
    refresh();
    emit resolved(q(patientId));
    return true;
}

} // namespace carehouse::ui
