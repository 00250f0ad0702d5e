#include "ui/HistoryView.h"

#include "ui/HistoryModel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

HistoryView::HistoryView(QWidget* parent)
    : QWidget(parent)
{
    m_model = new HistoryModel(this);
    m_tableView = new QTableView(this);
    m_tableView->setObjectName("historyTableView");
    m_tableView->setModel(m_model);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(true);
    m_tableView->verticalHeader()->hide();
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* header = m_tableView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HistoryModel::Changes, QHeaderView::Stretch);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_tableView->setStyleSheet("QTableView::item { padding: 2px 14px 2px 4px; }");

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tableView);
}

void HistoryView::setEntries(std::vector<record::HistoryEntry> entries)
{
    m_model->setEntries(std::move(entries));
}

} // namespace carehouse::ui
