#include "ui/WorklistView.h"

#include "core/letters/InvitationLetter.h"
#include "core/letters/LetterLog.h"
#include "core/letters/PracticeDetails.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/recall/RecallBook.h"
#include "core/record/PatientRepository.h"
#include "core/record/RecordStore.h"
#include "ui/AppointmentDialog.h"
#include "ui/ErrorText.h"
#include "ui/ExceptionDialog.h"
#include "ui/InvitationDialog.h"
#include "ui/MessageBanner.h"
#include "ui/ResultsLettersDialog.h"
#include "ui/WorklistModel.h"
#include "ui/print/LetterPdfWriter.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace carehouse::ui {

using recall::WorklistKind;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

bool invitesPeople(WorklistKind k)
{
    return k == WorklistKind::Due || k == WorklistKind::InvitedOnce || k == WorklistKind::InvitedTwice
        || k == WorklistKind::SurveillanceToBook;
}

QList<int> columnsFor(WorklistKind k)
{
    using C = WorklistModel;
    QList<int> cols{C::Name, C::NhsNumber, C::BirthDate, C::Postcode, C::Stage, C::DueDate};
    switch (k) {
    case WorklistKind::Due:
    case WorklistKind::InvitedOnce:
    case WorklistKind::InvitedTwice:
    case WorklistKind::SurveillanceToBook: cols << C::Overdue << C::Invitations; break;
    case WorklistKind::ResultsAwaiting: cols << C::Appointment << C::TestsAwaited; break;
    case WorklistKind::LettersToSend:
    case WorklistKind::CarePlanningToBook: cols << C::Appointment; break;
    case WorklistKind::Exceptions: cols << C::Exception << C::Invitations; break;
    }
    cols << C::AlsoReviewed;
    return cols;
}

QString describeList(WorklistKind k)
{
    switch (k) {
    case WorklistKind::Due:
        return WorklistView::tr("Due or overdue for the yearly review and not invited yet. Print their letters, or "
                                "select people to record an invitation made by SMS or phone.");
    case WorklistKind::InvitedOnce:
        return WorklistView::tr("Invited once and not booked yet. A second invitation may go 7 days after the first.");
    case WorklistKind::InvitedTwice:
        return WorklistView::tr("Invited twice and not booked. A nurse or GP may record that they declined.");
    case WorklistKind::SurveillanceToBook:
        return WorklistView::tr("Due or invited, with no tests appointment yet. Book them in with the healthcare "
                                "assistant.");
    case WorklistKind::ResultsAwaiting:
        return WorklistView::tr("Tests taken at the healthcare assistant's appointment; waiting for the laboratory.");
    case WorklistKind::LettersToSend:
        return WorklistView::tr("Results are back: send the results letter before the care planning conversation.");
    case WorklistKind::CarePlanningToBook:
        return WorklistView::tr("Results are back: book the care planning conversation with the nurse.");
    case WorklistKind::Exceptions:
        return WorklistView::tr("Declined or unsuitable for now: not recalled until the date shown.");
    }
    return {};
}

} // namespace

QString WorklistView::listName(WorklistKind k)
{
    switch (k) {
    case WorklistKind::Due: return tr("Due or overdue");
    case WorklistKind::InvitedOnce: return tr("Invited once");
    case WorklistKind::InvitedTwice: return tr("Invited twice");
    case WorklistKind::SurveillanceToBook: return tr("Surveillance to book");
    case WorklistKind::ResultsAwaiting: return tr("Results awaited");
    case WorklistKind::LettersToSend: return tr("Letters to send");
    case WorklistKind::CarePlanningToBook: return tr("Care planning to book");
    case WorklistKind::Exceptions: return tr("Exceptions");
    }
    return {};
}

WorklistView::WorklistView(QWidget* parent)
    : QWidget(parent)
{
    auto* title = new QLabel(tr("Recall worklists"), this);
    title->setObjectName("worklistTitleLabel");
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_listComboBox = new QComboBox(this);
    m_listComboBox->setObjectName("worklistComboBox");
    for (auto kind : recall::allWorklists())
        m_listComboBox->addItem(listName(kind), static_cast<int>(kind));
    m_listComboBox->setMinimumContentsLength(26);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName("worklistCountLabel");
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);

    m_filterLineEdit = new QLineEdit(this);
    m_filterLineEdit->setObjectName("worklistFilterLineEdit");
    m_filterLineEdit->setPlaceholderText(tr("Filter by name, NHS number, date of birth or postcode"));
    m_filterLineEdit->setClearButtonEnabled(true);
    m_filterLineEdit->setMinimumWidth(400);

    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName("worklistDescriptionLabel");
    m_descriptionLabel->setWordWrap(true);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("worklistMessageLabel");

    m_model = new WorklistModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(WorklistModel::SortRole);
    m_proxy->setFilterRole(WorklistModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_tableView = new QTableView(this);
    m_tableView->setObjectName("worklistTableView");
    m_tableView->setModel(m_proxy);
    m_tableView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tableView->setSortingEnabled(true);
    m_tableView->setAlternatingRowColors(true);
    m_tableView->setWordWrap(false);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSortIndicator(WorklistModel::DueDate, Qt::AscendingOrder);
    m_tableView->installEventFilter(this);
    // Flag colours would be unreadable on the selection's blue: a selected row reads white on blue.
    m_tableView->setStyleSheet("QTableView::item:selected { background: #005eb8; color: white; }");

    m_inviteButton = new QPushButton(tr("Record invitation…"), this);
    m_inviteButton->setObjectName("recordInvitationButton");
    m_bookButton = new QPushButton(tr("Book appointment…"), this);
    m_bookButton->setObjectName("bookAppointmentButton");
    m_exceptionButton = new QPushButton(tr("Record exception…"), this);
    m_exceptionButton->setObjectName("recordExceptionButton");
    m_printButton = new QPushButton(tr("Print invitation letters…"), this);
    m_printButton->setObjectName("printLettersButton");
    m_resultsLettersButton = new QPushButton(tr("Print results letters…"), this);
    m_resultsLettersButton->setObjectName("printResultsLettersButton");
    m_exportButton = new QPushButton(tr("Export CSV…"), this);
    m_exportButton->setObjectName("exportCsvButton");
    m_openButton = new QPushButton(tr("Open record"), this);
    m_openButton->setObjectName("openRecordButton");

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("List:"), this));
    top->addWidget(m_listComboBox);
    top->addWidget(m_countLabel);
    top->addStretch(1);
    top->addWidget(m_filterLineEdit);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_openButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_inviteButton);
    buttons->addWidget(m_bookButton);
    buttons->addWidget(m_exceptionButton);
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_resultsLettersButton);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_tableView, 1);
    layout->addLayout(buttons);

    connect(m_listComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_banner->clearMessage();
        applyList();
    });
    connect(m_filterLineEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateCount();
    });
    connect(m_tableView, &QTableView::doubleClicked, this, &WorklistView::openRow);
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WorklistView::updateButtons);
    connect(m_openButton, &QPushButton::clicked, this, [this] { openRow(m_tableView->currentIndex()); });
    connect(m_inviteButton, &QPushButton::clicked, this, &WorklistView::recordInvitation);
    connect(m_bookButton, &QPushButton::clicked, this, &WorklistView::bookAppointment);
    connect(m_exceptionButton, &QPushButton::clicked, this, &WorklistView::recordException);
    connect(m_printButton, &QPushButton::clicked, this, &WorklistView::printLetters);
    connect(m_resultsLettersButton, &QPushButton::clicked, this, &WorklistView::printResults);
    connect(m_exportButton, &QPushButton::clicked, this, &WorklistView::chooseCsvFile);
    applyList();
}

void WorklistView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_everyone.clear();
    m_banner->clearMessage();
    refresh();
}

void WorklistView::refresh()
{
    m_everyone.clear();
    if (m_store && m_store->currentUser()) {
        auto rows = recall::WorklistReader(*m_store).everyone();
        if (rows)
            m_everyone = std::move(rows).value();
        else
            m_banner->showError(rows.error());
    }
    // The count of each list beside its name, so the busy list is seen without opening it.
    for (int i = 0; i < m_listComboBox->count(); ++i) {
        const auto kind = static_cast<WorklistKind>(m_listComboBox->itemData(i).toInt());
        const auto n = std::count_if(m_everyone.begin(), m_everyone.end(), [kind](const recall::WorklistRow& r) {
            return recall::WorklistReader::belongs(kind, r.cycle);
        });
        m_listComboBox->setItemText(i, tr("%1 (%2)").arg(listName(kind)).arg(n));
    }
    applyList();
}

void WorklistView::showList(WorklistKind kind)
{
    const int index = m_listComboBox->findData(static_cast<int>(kind));
    if (index >= 0)
        m_listComboBox->setCurrentIndex(index);
}

WorklistKind WorklistView::currentList() const
{
    return static_cast<WorklistKind>(m_listComboBox->currentData().toInt());
}

void WorklistView::applyList()
{
    const auto kind = currentList();
    auto rows = recall::WorklistReader::select(kind, m_everyone);
    const auto today = m_store ? m_store->clock().today() : base::CivilDate();
    m_model->setRows(std::move(rows), today);
    const auto visible = columnsFor(kind);
    for (int c = 0; c < WorklistModel::ColumnCount; ++c)
        m_tableView->setColumnHidden(c, !visible.contains(c));
    m_descriptionLabel->setText(describeList(kind));
    m_tableView->resizeColumnsToContents();
    updateCount();
    updateButtons();
}

int WorklistView::visibleCount() const
{
    return m_proxy->rowCount();
}

QString WorklistView::countText() const
{
    return m_countLabel->text();
}

QString WorklistView::messageText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void WorklistView::updateCount()
{
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (shown == all)
        m_countLabel->setText((all == 1 ? tr("1 person") : tr("%1 people").arg(all)));
    else
        m_countLabel->setText(
            (all == 1 ? tr("showing %1 of 1 person").arg(shown) : tr("showing %1 of %2 people").arg(shown).arg(all)));
    updateButtons();
}

void WorklistView::updateButtons()
{
    const bool may = m_store && m_store->currentUser() && m_store->require(security::Permission::ManageRecall).ok();
    const int selected = static_cast<int>(m_tableView->selectionModel()->selectedRows().size());
    const auto kind = currentList();
    m_inviteButton->setEnabled(may && selected > 0 && invitesPeople(kind));
    m_bookButton->setEnabled(may && selected == 1 && kind != WorklistKind::Exceptions);
    // Declined / unsuitable is a clinical decision: only roles core lets record it see it enabled.
    const bool clinician
        = m_store && m_store->currentUser() && m_store->require(security::Permission::RecordException).ok();
    m_exceptionButton->setEnabled(clinician && selected == 1 && kind != WorklistKind::Exceptions);
    m_printButton->setEnabled(may && visibleCount() > 0 && invitesPeople(kind));
    m_printButton->setText(selected > 0 ? tr("Print invitation letters (%1 selected)…").arg(selected)
                                        : tr("Print invitation letters (all %1)…").arg(visibleCount()));
    const bool results = kind == WorklistKind::LettersToSend;
    m_printButton->setVisible(!results);
    m_resultsLettersButton->setVisible(results);
    m_resultsLettersButton->setEnabled(may && results && visibleCount() > 0);
    m_resultsLettersButton->setText(selected > 0 ? tr("Print results letters (%1 selected)…").arg(selected)
                                                 : tr("Print results letters (all %1)…").arg(visibleCount()));
    m_exportButton->setEnabled(visibleCount() > 0);
    m_openButton->setEnabled(selected == 1);
}

std::vector<const recall::WorklistRow*> WorklistView::chosenRows(bool allWhenNoneSelected) const
{
    std::vector<const recall::WorklistRow*> out;
    auto selected = m_tableView->selectionModel()->selectedRows();
    if (selected.isEmpty() && allWhenNoneSelected)
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            selected << m_proxy->index(r, 0);
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const auto& index : selected)
        if (const auto* row = m_model->row(m_proxy->mapToSource(index).row()))
            out.push_back(row);
    return out;
}

bool WorklistView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tableView && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openRow(m_tableView->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void WorklistView::focusTable()
{
    m_tableView->setFocus();
    if (!m_tableView->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_tableView->setCurrentIndex(m_proxy->index(0, 0));
}

void WorklistView::openRow(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const auto* row = m_model->row(m_proxy->mapToSource(index).row());
    if (row)
        emit patientChosen(q(row->patientId));
}

void WorklistView::recordInvitation()
{
    if (!m_store || !m_inviteButton->isEnabled())
        return;
    std::vector<InvitationDialog::Person> people;
    for (const auto* row : chosenRows(false))
        people.push_back({row->patientId, q(row->name)});
    if (people.empty())
        return;
    auto* dialog = new InvitationDialog(*m_store, std::move(people), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        QString text
            = (dialog->recordedCount() == 1 ? tr("Invitation recorded for 1 person.")
                                            : tr("Invitation recorded for %1 people.").arg(dialog->recordedCount()));
        if (!dialog->skippedNames().isEmpty())
            text += QLatin1Char(' ')
                + tr("Not recorded (invited less than 7 days ago): %1.").arg(dialog->skippedNames().join(tr("; ")));
        refresh();
        m_banner->showText(text, MessageBanner::Kind::Done);
    });
    dialog->open();
}

void WorklistView::bookAppointment()
{
    if (!m_store || !m_bookButton->isEnabled())
        return;
    const auto rows = chosenRows(false);
    if (rows.size() != 1)
        return;
    const auto stage = rows[0]->cycle.stage;
    const auto type = stage == recall::CycleStage::ResultsBack || stage == recall::CycleStage::LetterSent
        ? model::Appointment::Type::CarePlanning
        : model::Appointment::Type::Surveillance;
    const QString name = q(rows[0]->name);
    auto* dialog = new AppointmentDialog(*m_store, rows[0]->patientId, name, type, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        m_banner->showText(tr("Appointment booked for %1.").arg(name), MessageBanner::Kind::Done);
    });
    dialog->open();
}

void WorklistView::recordException()
{
    if (!m_store || !m_exceptionButton->isEnabled())
        return;
    const auto rows = chosenRows(false);
    if (rows.size() != 1)
        return;
    const QString name = q(rows[0]->name);
    auto* dialog
        = new ExceptionDialog(*m_store, rows[0]->patientId, name, rows[0]->cycle.invitationsCountAsDeclined, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, name] {
        refresh();
        m_banner->showText(tr("Exception recorded for %1: off recall until it expires.").arg(name),
                           MessageBanner::Kind::Done);
    });
    dialog->open();
}

base::Status WorklistView::exportCsv(const QString& path)
{
    QList<int> columns;
    for (int logical = 0; logical < WorklistModel::ColumnCount; ++logical)
        if (!m_tableView->isColumnHidden(logical))
            columns << logical;
    // In the order the table shows them.
    std::sort(columns.begin(), columns.end(), [this](int a, int b) {
        return m_tableView->horizontalHeader()->visualIndex(a) < m_tableView->horizontalHeader()->visualIndex(b);
    });
    return WorklistModel::exportCsv(*m_proxy, columns, path);
}

void WorklistView::chooseCsvFile()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("worklist-%1-%2.csv")
                                                .arg(q(std::string(recall::worklistCode(currentList()))),
                                                     m_store ? q(m_store->clock().today().iso()) : QString()));
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Export the list as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto st = exportCsv(path); !st)
        m_banner->showError(st.error());
    else
        m_banner->showText(visibleCount() == 1
                               ? tr("Saved 1 person to %1.").arg(QDir::toNativeSeparators(path))
                               : tr("Saved %1 people to %2.").arg(visibleCount()).arg(QDir::toNativeSeparators(path)),
                           MessageBanner::Kind::Done);
}

base::Result<WorklistView::PrintOutcome> WorklistView::printInvitationLetters(const QString& path)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    if (auto st = m_store->require(security::Permission::ManageRecall); !st)
        return st.error();
    auto invitation = letters::InvitationLetter::forPractice(*m_store);
    if (!invitation)
        return invitation.error();
    auto practice = letters::PracticeDetails::read(*m_store);
    if (!practice)
        return practice.error();
    const auto today = m_store->clock().today();

    PrintOutcome outcome;
    std::vector<letters::Letter> letters;
    std::vector<std::string> ids;
    record::PatientRepository people(*m_store);
    for (const auto* row : chosenRows(true)) {
        const QString name = q(row->name);
        if (row->cycle.nextInvitationFrom.valid() && today < row->cycle.nextInvitationFrom) {
            outcome.skipped << tr("%1: invited on %2; the next invitation may go from %3")
                                   .arg(name,
                                        row->cycle.lastInvitation ? q(row->cycle.lastInvitation->display()) : QString(),
                                        q(row->cycle.nextInvitationFrom.display()));
            continue;
        }
        auto person = people.patient(row->patientId);
        if (!person) {
            outcome.skipped << tr("%1: %2").arg(name, ErrorText::describe(person.error()));
            continue;
        }
        auto letter = invitation->compose(person->value, *practice, today);
        if (!letter)
            return letter.error();
        if (!letter->addressWithheld && letter->addressLines.empty()) {
            outcome.skipped << tr("%1: no address recorded; phone them or send an SMS instead").arg(name);
            continue;
        }
        letters.push_back(std::move(letter).value());
        ids.push_back(row->patientId);
        outcome.printedNames << name;
    }
    if (letters.empty())
        return outcome;
    auto written = LetterPdfWriter::write(letters, path, tr("Invitations to the yearly diabetes review"));
    if (!written)
        return written.error();
    outcome.pages = written->pages;
    std::vector<std::string> notRecorded;
    auto recorded
        = recall::RecallBook(*m_store).inviteMany(ids, model::Invitation::Method::Letter, today, &notRecorded);
    if (!recorded)
        return recorded.error();
    refresh(); // the people invited move on to the next list
    outcome.printed = static_cast<int>(letters.size());
    for (const auto& id : notRecorded)
        for (std::size_t i = 0; i < ids.size(); ++i)
            if (ids[i] == id)
                outcome.notRecorded << outcome.printedNames[static_cast<int>(i)];
    return outcome;
}

ResultsLettersDialog* WorklistView::openResultsLettersDialog()
{
    if (!m_store || !m_resultsLettersButton->isEnabled())
        return nullptr;
    std::vector<recall::WorklistRow> rows;
    for (const auto* row : chosenRows(true))
        rows.push_back(*row);
    auto* dialog = new ResultsLettersDialog(*m_store, std::move(rows), this);
    dialog->setObjectName("resultsLettersDialog");
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResultsLettersDialog::batchFinished, this, [this, dialog] {
        refresh(); // the people sent a letter move on to Care planning to book
        m_banner->showText(dialog->outcomeText(),
                           dialog->outcome() && dialog->outcome()->printed > 0 ? MessageBanner::Kind::Done
                                                                               : MessageBanner::Kind::Problem);
    });
    dialog->open();
    return dialog;
}

void WorklistView::printResults()
{
    openResultsLettersDialog();
}

void WorklistView::printLetters()
{
    if (!m_store || !m_printButton->isEnabled())
        return;
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("invitation-letters-%1.pdf").arg(q(m_store->clock().today().iso())));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the invitation letters as PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto outcome = printInvitationLetters(path);
    if (!outcome) {
        m_banner->showError(outcome.error());
        return;
    }
    const QString file = QDir::toNativeSeparators(path);
    QString text = tr("No letters were printed.");
    if (outcome->printed == 1)
        text = tr("1 letter saved to %1: open it and print it. A letter invitation dated today is recorded for this "
                  "person.")
                   .arg(file);
    else if (outcome->printed > 1)
        text = tr("%1 letters saved to %2: open it and print it. A letter invitation dated today is recorded for each "
                  "person.")
                   .arg(outcome->printed)
                   .arg(file);
    if (!outcome->skipped.isEmpty())
        text += QLatin1Char('\n') + tr("Not printed: %1.").arg(outcome->skipped.join(QLatin1String("; ")));
    if (!outcome->notRecorded.isEmpty())
        text += QLatin1Char('\n')
            + tr("Printed, but the invitation could not be recorded; record it by hand: %1.")
                  .arg(outcome->notRecorded.join(QLatin1String("; ")));
    m_banner->showText(text, outcome->printed > 0 ? MessageBanner::Kind::Done : MessageBanner::Kind::Problem);
}

} // namespace carehouse::ui
