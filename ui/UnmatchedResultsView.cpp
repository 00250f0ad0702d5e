#include "ui/UnmatchedResultsView.h"

#include "core/record/RecordStore.h"
#include "core/results/UnmatchedResults.h"
#include "ui/MatchPersonDialog.h"
#include "ui/MessageBanner.h"
#include "ui/ReasonDialog.h"
#include "ui/UnmatchedResultsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

UnmatchedResultsView::UnmatchedResultsView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Unmatched results"), this);
    title->setObjectName("unmatchedTitleLabel");
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName("unmatchedCountLabel");
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);

    auto* hint = new QLabel(tr("Results the laboratory sent that could not be attached to anyone with certainty. "
                               "Select one, then find the right person and confirm them, or discard it with a reason."),
                            this);
    hint->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("unmatchedMessageLabel");

    m_model = new UnmatchedResultsModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName("unmatchedTableView");
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setStyleSheet("QTableView::item:selected { background: #005eb8; color: white; }");

    m_matchButton = new QPushButton(tr("Match to a person…"), this);
    m_matchButton->setObjectName("unmatchedMatchButton");
    m_discardButton = new QPushButton(tr("Discard…"), this);
    m_discardButton->setObjectName("unmatchedDiscardButton");

    auto* top = new QHBoxLayout;
    top->addWidget(title);
    top->addSpacing(16);
    top->addWidget(m_countLabel);
    top->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_matchButton);
    buttons->addWidget(m_discardButton);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_banner);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(buttons);

    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnmatchedResultsView::updateButtons);
    connect(m_tableView, &QTableView::doubleClicked, this, &UnmatchedResultsView::matchSelected);
    connect(m_matchButton, &QPushButton::clicked, this, &UnmatchedResultsView::matchSelected);
    connect(m_discardButton, &QPushButton::clicked, this, &UnmatchedResultsView::askDiscard);
    updateButtons();
}

void UnmatchedResultsView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_banner->clearMessage();
    refresh();
}

void UnmatchedResultsView::refresh()
{
    std::vector<results::UnmatchedItem> items;
    if (m_store && m_store->currentUser()) {
        auto read = results::UnmatchedResults(*m_store).open();
        if (read)
            items = std::move(read).value();
        else
            m_banner->showError(read.error());
    }
    m_model->setItems(std::move(items));
    m_tableView->resizeColumnsToContents();
    m_countLabel->setText(tr("Waiting: %1").arg(m_model->rowCount()));
    updateButtons();
}

QString UnmatchedResultsView::countText() const
{
    return m_countLabel->text();
}

QString UnmatchedResultsView::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void UnmatchedResultsView::selectRow(int row)
{
    m_tableView->selectRow(row);
}

void UnmatchedResultsView::updateButtons()
{
    const bool may = m_store && m_store->currentUser() && m_store->require(security::Permission::ImportResults).ok();
    const bool selected = !m_tableView->selectionModel()->selectedRows().isEmpty();
    m_matchButton->setEnabled(may && selected);
    m_discardButton->setEnabled(may && selected);
}

void UnmatchedResultsView::matchSelected()
{
    if (!m_store || !m_matchButton->isEnabled())
        return;
    const auto rows = m_tableView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_model->item(rows.first().row());
    if (!item)
        return;
    auto* dialog = new MatchPersonDialog(*m_store, *item, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString text = dialog->confirmationText();
        refresh();
        m_banner->showText(tr("Result attached. %1").arg(text).remove(QLatin1Char('?')), MessageBanner::Kind::Done);
    });
    dialog->open();
}

void UnmatchedResultsView::askDiscard()
{
    if (!m_store || !m_discardButton->isEnabled())
        return;
    auto* dialog = new ReasonDialog(tr("Discard a result"),
                                    tr("Why is this result being discarded? For example: \"Not registered here; "
                                       "returned to the laboratory\"."),
                                    tr("Discard"), this);
    dialog->setObjectName("discardResultDialog");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { discardSelected(dialog->reason()); });
    dialog->open();
}

bool UnmatchedResultsView::discardSelected(const QString& reason)
{
    const auto rows = m_tableView->selectionModel()->selectedRows();
    const auto* item = rows.isEmpty() ? nullptr : m_model->item(rows.first().row());
    if (!m_store || !item || reason.trimmed().isEmpty())
        return false;
    if (auto st = results::UnmatchedResults(*m_store).discard(item->result.id, reason.trimmed().toStdString()); !st) {
        refresh();
        m_banner->showError(st.error());
        return false;
    }
    refresh();
    m_banner->showText(tr("Result discarded."), MessageBanner::Kind::Done);
    return true;
}

} // namespace carehouse::ui
