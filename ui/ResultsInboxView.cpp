#include "ui/ResultsInboxView.h"

#include "core/record/RecordStore.h"
#include "core/results/ResultsInbox.h"
#include "ui/MessageBanner.h"
#include "ui/ReasonDialog.h"
#include "ui/ResultsInboxModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace carehouse::ui {

ResultsInboxView::ResultsInboxView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Results inbox"), this);
    title->setObjectName("inboxTitleLabel");
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName("inboxCountLabel");
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);

    auto* hint = new QLabel(tr("Laboratory results not yet looked at by a clinician, those needing attention first. "
                               "Select results, then File them when nothing more is needed, or say what action they "
                               "need."),
                            this);
    hint->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("inboxMessageLabel");

    m_model = new ResultsInboxModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName("inboxTableView");
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->installEventFilter(this);
    // Flag colours would be unreadable on the selection's blue: a selected row reads white on blue.
    m_tableView->setStyleSheet("QTableView::item:selected { background: #005eb8; color: white; }");

    m_openButton = new QPushButton(tr("Open record"), this);
    m_openButton->setObjectName("inboxOpenRecordButton");
    m_fileButton = new QPushButton(tr("File"), this);
    m_fileButton->setObjectName("inboxFileButton");
    m_fileButton->setToolTip(tr("Seen; nothing more is needed"));
    m_actionButton = new QPushButton(tr("Needs action…"), this);
    m_actionButton->setObjectName("inboxNeedsActionButton");

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_countLabel);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_fileButton);
    buttons->addWidget(m_actionButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(buttons);

    connect(m_tableView, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const auto* it = m_model->item(index.row()))
            emit patientChosen(QString::fromStdString(it->result.patientId));
    });
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const auto* it = m_model->item(m_tableView->currentIndex().row()))
            emit patientChosen(QString::fromStdString(it->result.patientId));
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResultsInboxView::updateButtons);
    connect(m_fileButton, &QPushButton::clicked, this, &ResultsInboxView::fileSelected);
    connect(m_actionButton, &QPushButton::clicked, this, &ResultsInboxView::askForAction);
    updateButtons();
}

void ResultsInboxView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_banner->clearMessage();
    refresh();
}

void ResultsInboxView::refresh()
{
    std::vector<results::InboxItem> items;
    if (m_store && m_store->currentUser()) {
        auto read = results::ResultsInbox(*m_store).awaitingReview();
        if (read)
            items = std::move(read).value();
        else
            m_banner->showError(read.error());
    }
    m_model->setItems(std::move(items));
    m_tableView->resizeColumnsToContents();
    const int all = m_model->rowCount();
    const int abnormal = m_model->abnormalCount();
    m_countLabel->setText(abnormal > 0 ? tr("To review: %1  ·  needing attention: %2").arg(all).arg(abnormal)
                                       : tr("To review: %1").arg(all));
    updateButtons();
}

QString ResultsInboxView::countText() const
{
    return m_countLabel->text();
}

QString ResultsInboxView::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ResultsInboxView::selectRow(int row)
{
    m_tableView->selectRow(row);
}

void ResultsInboxView::updateButtons()
{
    const bool may = m_store && m_store->currentUser() && m_store->require(security::Permission::ReviewResults).ok();
    const int selected = static_cast<int>(m_tableView->selectionModel()->selectedRows().size());
    m_fileButton->setEnabled(may && selected > 0);
    m_actionButton->setEnabled(may && selected > 0);
    m_openButton->setEnabled(selected == 1);
}

bool ResultsInboxView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tableView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (const auto* it = m_model->item(m_tableView->currentIndex().row()))
                emit patientChosen(QString::fromStdString(it->result.patientId));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ResultsInboxView::fileSelected()
{
    return review(true, QString());
}

bool ResultsInboxView::markSelectedNeedsAction(const QString& comment)
{
    return review(false, comment);
}

void ResultsInboxView::askForAction()
{
    if (m_tableView->selectionModel()->selectedRows().isEmpty())
        return;
    auto* dialog = new ReasonDialog(tr("Result needs action"),
                                    tr("What needs doing? For example: \"Repeat in 3 months\" or \"Discuss at the "
                                       "care planning appointment\"."),
                                    tr("Record"), this);
    dialog->setObjectName("needsActionDialog");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { markSelectedNeedsAction(dialog->reason()); });
    dialog->open();
}

bool ResultsInboxView::review(bool filed, const QString& comment)
{
    if (!m_store)
        return false;
    std::vector<std::string> ids;
    for (const auto& index : m_tableView->selectionModel()->selectedRows())
        if (const auto* it = m_model->item(index.row()))
            ids.push_back(it->result.id);
    if (ids.empty())
        return false;
    results::ResultsInbox inbox(*m_store);
    const auto outcome = filed ? model::ResultReview::Outcome::Filed : model::ResultReview::Outcome::ActionNeeded;
    int done = 0;
    for (const auto& id : ids) {
        if (auto st = inbox.review(id, outcome, comment.toStdString()); !st) {
            refresh();
            m_banner->showError(st.error());
            return false;
        }
        ++done;
    }
    refresh();
    m_banner->showText(filed ? (done == 1 ? tr("Result filed.") : tr("%1 results filed.").arg(done))
                             : (done == 1 ? tr("Result marked as needing action.")
                                          : tr("%1 results marked as needing action.").arg(done)),
                       MessageBanner::Kind::Done);
    return true;
}

} // namespace carehouse::ui
