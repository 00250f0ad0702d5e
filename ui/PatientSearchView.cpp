#include "ui/PatientSearchView.h"

#include "core/record/PatientDirectory.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/PatientSearchModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {
constexpr int kLimit = 100;
}

PatientSearchView::PatientSearchView(QWidget* parent)
    : QWidget(parent)
{
    m_searchLineEdit = new QLineEdit(this);
    m_searchLineEdit->setObjectName("searchLineEdit");
    m_searchLineEdit->setPlaceholderText(tr("Family name, 'family, given', NHS number or date of birth"));
    m_searchLineEdit->setClearButtonEnabled(true);
    QFont big = m_searchLineEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    m_searchLineEdit->setFont(big);
    m_searchLineEdit->installEventFilter(this);

    m_model = new PatientSearchModel(this);
    m_resultsView = new QTableView(this);
    m_resultsView->setObjectName("searchResultsView");
    m_resultsView->setModel(m_model);
    m_resultsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_resultsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_resultsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_resultsView->setAlternatingRowColors(true);
    m_resultsView->setWordWrap(false);
    m_resultsView->verticalHeader()->hide();
    m_resultsView->horizontalHeader()->setHighlightSections(false);
    // Every column as wide as its content, side by side, so a row reads in one sweep.
    m_resultsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_resultsView->horizontalHeader()->setStretchLastSection(true);
    m_resultsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_resultsView->setStyleSheet("QTableView::item { padding: 0 14px 0 4px; }");
    m_resultsView->installEventFilter(this);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName("searchStatusLabel");
    QFont statusFont = m_statusLabel->font();
    statusFont.setBold(true);
    m_statusLabel->setFont(statusFont);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_searchLineEdit);
    layout->addWidget(m_resultsView, 1);
    layout->addWidget(m_statusLabel);

    connect(m_searchLineEdit, &QLineEdit::textChanged, this, &PatientSearchView::search);
    connect(m_resultsView, &QTableView::activated, this, [this](const QModelIndex& index) { openRow(index.row()); });
}

void PatientSearchView::setStore(record::RecordStore* store)
{
    m_store = store;
    refresh();
}

void PatientSearchView::focusSearch()
{
    m_searchLineEdit->setFocus(Qt::ShortcutFocusReason);
    m_searchLineEdit->selectAll();
}

void PatientSearchView::refresh()
{
    search(m_searchLineEdit->text());
}

QString PatientSearchView::statusText() const
{
    return m_statusLabel->text();
}

void PatientSearchView::search(const QString& text)
{
    if (!m_store) {
        m_model->clear();
        m_statusLabel->clear();
        return;
    }
    auto query = record::PatientQuery::parse(text.toStdString());
    if (query.kind == record::PatientQuery::Kind::Empty) {
        m_model->clear();
        m_statusLabel->setText(tr("Type a family name, NHS number or date of birth to find a person."));
        return;
    }
    if (query.kind == record::PatientQuery::Kind::InvalidDate) {
        m_model->clear();
        m_statusLabel->setText(tr("That is not a valid date"));
        return;
    }
    auto page = record::PatientDirectory(*m_store).find(query, kLimit);
    if (!page) {
        m_model->clear();
        m_statusLabel->setText(ErrorText::describe(page.error()));
        return;
    }
    const int found = static_cast<int>(page->items.size());
    m_model->setItems(std::move(page->items), m_store->clock().today());
    if (page->more)
        m_statusLabel->setText(tr("More than %1 people match: type more of the name").arg(kLimit));
    else if (found == 0)
        m_statusLabel->setText(tr("No one found"));
    else if (found == 1)
        m_statusLabel->setText(tr("1 person found"));
    else
        m_statusLabel->setText(tr("%1 people found").arg(found));
    if (found > 0)
        m_resultsView->selectRow(0);
}

void PatientSearchView::openRow(int row)
{
    if (const auto* item = m_model->item(row))
        emit patientChosen(QString::fromStdString(item->id));
}

bool PatientSearchView::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    if (watched == m_searchLineEdit) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_resultsView->setFocus(Qt::TabFocusReason);
            int row = m_resultsView->currentIndex().isValid() ? m_resultsView->currentIndex().row() : 0;
            m_resultsView->selectRow(row);
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && m_model->rowCount() > 0) {
            // Only one person can be meant: open them. Otherwise the user picks from the list.
            if (m_model->rowCount() == 1)
                openRow(0);
            else
                m_resultsView->setFocus(Qt::TabFocusReason);
            return true;
        }
    } else if (watched == m_resultsView) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_resultsView->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_Up && m_resultsView->currentIndex().row() <= 0) {
            m_searchLineEdit->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace carehouse::ui
