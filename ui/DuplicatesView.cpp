#include "ui/DuplicatesView.h"

#include "core/model/NhsNumber.h"
#include "core/record/DuplicateLink.h"
#include "core/record/RecordStore.h"
#include "ui/DuplicateComparisonModel.h"
#include "ui/DuplicateListModel.h"
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

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

} // namespace

DuplicatesView::DuplicatesView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Possible duplicates: two records with one NHS number"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName("duplicatesCountLabel");
    m_countLabel->setWordWrap(true);
    m_messageBanner = new MessageBanner(this);
    m_messageBanner->setObjectName("duplicatesMessageBanner");

    m_listModel = new DuplicateListModel(this);
    m_listView = new ShortListView(this);
    m_listView->setObjectName("duplicatesTableView");
    m_listView->setModel(m_listModel);

    m_detail = new QWidget(this);
    m_detail->setObjectName("duplicateDetailWidget");
    m_bannerLayout = new QVBoxLayout;
    m_bannerLayout->setSpacing(4);
    m_explainLabel = new QLabel(m_detail);
    m_explainLabel->setObjectName("duplicateExplainLabel");
    m_explainLabel->setWordWrap(true);
    m_comparisonModel = new DuplicateComparisonModel(this);
    m_comparisonView = new QTableView(m_detail);
    m_comparisonView->setObjectName("duplicateComparisonTableView");
    m_comparisonView->setModel(m_comparisonModel);
    m_comparisonView->setSelectionMode(QAbstractItemView::NoSelection);
    m_comparisonView->setWordWrap(true);
    m_comparisonView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_comparisonView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_comparisonView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_linkLayout = new QHBoxLayout;
    m_openLayout = new QHBoxLayout;
    m_notSameButton = new QPushButton(tr("Not the same person…"), m_detail);
    m_notSameButton->setObjectName("duplicateNotSameButton");

    auto* detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(m_bannerLayout);
    detailLayout->addWidget(m_explainLabel);
    detailLayout->addWidget(m_comparisonView, 1);
    auto* decide = new QHBoxLayout;
    decide->addLayout(m_linkLayout);
    decide->addWidget(m_notSameButton);
    decide->addStretch(1);
    decide->addLayout(m_openLayout);
    detailLayout->addLayout(decide);
    m_detail->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_messageBanner);
    layout->addWidget(m_listView);
    layout->addWidget(m_detail, 1);
    layout->addStretch(0);

    connect(m_listView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    connect(m_notSameButton, &QPushButton::clicked, this, &DuplicatesView::explainNotSamePerson);
}

void DuplicatesView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_messageBanner->clearMessage();
    refresh();
}

void DuplicatesView::refresh()
{
    const auto* current = m_listModel->row(m_listView->chosenRow());
    const std::string selected = current && !current->sides.empty() ? current->sides.front().patient.value.id : "";
    if (!m_store || !m_store->currentUser()) {
        m_listModel->clear();
    } else if (auto st = m_listModel->reload(*m_store); !st) {
        m_messageBanner->showError(st.error());
    }
    const int n = m_listModel->rowCount();
    m_countLabel->setText(
        n == 0 ? tr("No possible duplicates: no two records share an NHS number without a clinician's link.")
            : n == 1
            ? tr("1 NHS number is on two records. Compare them: link them if they are one person; results for that "
                 "NHS number wait in the unmatched queue until then.")
            : tr("%1 NHS numbers are each on two records. Compare them: link them if they are one person; results "
                 "for those NHS numbers wait in the unmatched queue until then.")
                  .arg(n));
    m_listView->fitRows(n);
    if (const int row = m_listModel->rowOfPatient(selected); row >= 0)
        selectRow(row);
    else
        showSelected();
}

void DuplicatesView::selectRow(int row)
{
    m_listView->choose(row);
    showSelected();
}

bool DuplicatesView::selectPatient(const std::string& patientId)
{
    const int row = m_listModel->rowOfPatient(patientId);
    if (row < 0)
        return false;
    selectRow(row);
    return true;
}

QString DuplicatesView::messageText() const
{
    return m_messageBanner->isHidden() ? QString() : m_messageBanner->text();
}

QString DuplicatesView::countText() const
{
    return m_countLabel->text();
}

void DuplicatesView::showSelected()
{
    const auto* row = m_listModel->row(m_listView->chosenRow());
    m_shownIds.clear();
    if (!row || !m_store) {
        m_comparisonModel->setSides({}, {});
        rebuildRecordWidgets();
        m_detail->hide();
        return;
    }
    // The banners, the table and the buttons all come from this one row.
    for (const auto& s : row->sides)
        m_shownIds.push_back(s.patient.value.id);
    m_comparisonModel->setSides(row->sides, m_store->clock().today());
    m_comparisonView->resizeRowsToContents();
    m_explainLabel->setText(
        tr("<b>Two records have NHS number %1.</b> The person was probably registered at two sites before an "
           "exchange brought the records together. CareHouse never merges them or decides on a name: check with the "
           "person (or their GP practice) that they are one person, then choose the record to keep using — usually "
           "the one with their history. Nothing is moved or deleted; both records stay, each pointing to the "
           "other.")
            .arg(q(model::displayNhsNumber(row->nhsNumber)).toHtmlEscaped()));
    rebuildRecordWidgets();
    m_detail->show();
}

void DuplicatesView::rebuildRecordWidgets()
{
    for (auto* r : m_recordRows)
        delete r; // each holds its banner
    m_recordRows.clear();
    for (auto* b : m_linkButtons)
        delete b;
    for (auto* b : m_openButtons)
        delete b;
    m_banners.clear();
    m_linkButtons.clear();
    m_openButtons.clear();
    const auto& sides = m_comparisonModel->sides();
    const bool mayLink = m_store && m_store->require(security::Permission::LinkRecords).ok();
    for (std::size_t i = 0; i < sides.size(); ++i) {
        const auto& s = sides[i];
        const QString name = DuplicateComparisonModel::recordName(static_cast<int>(i));
        // "Record 1" beside its banner, so the banners read in the order of the columns below.
        auto* recordRow = new QWidget(m_detail);
        auto* rowLayout = new QHBoxLayout(recordRow);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(tr("<b>%1</b><br>%2").arg(name, q(s.registeredAtSite).toHtmlEscaped()), recordRow);
        label->setObjectName(QStringLiteral("duplicateRecordLabel%1").arg(i));
        label->setFixedWidth(220);
        label->setWordWrap(true);
        auto* banner = new PatientBanner(recordRow);
        banner->setObjectName(QStringLiteral("duplicateBanner%1").arg(i));
        banner->setPatient(s.patient.value, m_store->clock().today());
        rowLayout->addWidget(label);
        rowLayout->addWidget(banner, 1);
        m_bannerLayout->addWidget(recordRow);
        m_recordRows.push_back(recordRow);
        m_banners.push_back(banner);

        auto* link = new QPushButton(tr("Same person — keep using %1").arg(name), m_detail);
        link->setObjectName(QStringLiteral("duplicateLinkButton%1").arg(i));
        link->setEnabled(mayLink);
        link->setToolTip(mayLink ? tr("Link the other record to %1 (started at %2)").arg(name, q(s.registeredAtSite))
                                 : tr("Only a nurse, GP or clinical lead can link records."));
        connect(link, &QPushButton::clicked, this, [this, i] { linkKeeping(static_cast<int>(i)); });
        m_linkLayout->addWidget(link);
        m_linkButtons.push_back(link);

        auto* open = new QPushButton(tr("Open %1").arg(name), m_detail);
        open->setObjectName(QStringLiteral("duplicateOpenButton%1").arg(i));
        const auto id = q(s.patient.value.id);
        connect(open, &QPushButton::clicked, this, [this, id] { emit patientChosen(id); });
        m_openLayout->addWidget(open);
        m_openButtons.push_back(open);
    }
}

bool DuplicatesView::linkKeeping(int column)
{
    const auto& sides = m_comparisonModel->sides();
    if (!m_store || column < 0 || static_cast<std::size_t>(column) >= sides.size())
        return false;
    // Never a link between records other than those on screen.
    std::vector<std::string> onScreen;
    for (const auto& s : sides)
        onScreen.push_back(s.patient.value.id);
    if (onScreen != m_shownIds) {
        m_messageBanner->showText(tr("The records on screen changed. Choose the NHS number again."));
        refresh();
        return false;
    }
    const auto mainId = onScreen[static_cast<std::size_t>(column)];
    const QString who = q(model::bannerName(sides[static_cast<std::size_t>(column)].patient.value));
    record::DuplicateLink link(*m_store);
    for (const auto& other : onScreen) {
        if (other == mainId)
            continue;
        if (auto st = link.link(mainId, other); !st) {
            m_messageBanner->showText(ErrorText::describe(st.error()));
            refresh();
            return false;
        }
    }
    m_messageBanner->showText(tr("Linked: %1's records are now one person's, kept under %2. Results for the NHS "
                                 "number file against it, and the link reaches the other sites with the next "
                                 "exchange.")
                                  .arg(who, DuplicateComparisonModel::recordName(column)),
                              MessageBanner::Kind::Done);
    refresh();
    emit linked(q(mainId));
    return true;
}

void DuplicatesView::explainNotSamePerson()
{
    m_messageBanner->showText(
        tr("Then one of these records has the wrong NHS number. Check it with the person or their GP practice, open "
           "the record that is wrong and correct its NHS number (Edit details). Until then both records stay here, "
           "and results for the NHS number wait in the unmatched queue."));
}

} // namespace carehouse::ui
