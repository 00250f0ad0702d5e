#include "ui/CarePlanningView.h"

#include "core/base/Uuid.h"
#include "core/careplan/CarePlanLetterComposer.h"
#include "core/clinical/ConditionCatalogue.h"
#include "core/letters/LetterLog.h"
#include "core/letters/ResultsLetterComposer.h"
#include "core/record/RecordStore.h"
#include "ui/CarePlanModels.h"
#include "ui/ChoiceDelegate.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/ReferralsModel.h"
#include "ui/print/CarePlanRenderer.h"

#include <QBrush>
#include <QCheckBox>
#include <QColor>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPageLayout>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), parent);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QTableView* editableTable(QAbstractItemModel* model, const char* name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                           | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setMinimumHeight(110);
    return table;
}

// Opens the new row's first cell for typing once the button's click is over (the view would
// otherwise close the editor as focus returns to it).
void startEditing(QTableView* table, const QModelIndex& index)
{
    QTimer::singleShot(0, table, [table, index] {
        table->setFocus();
        table->setCurrentIndex(index);
        table->edit(index);
    });
}

QDate toQDate(base::CivilDate d)
{
    return d.valid() ? QDate(d.year(), d.month(), d.day()) : QDate();
}

base::CivilDate fromQDate(const QDate& d)
{
    return base::CivilDate::fromYmd(d.year(), d.month(), d.day()).value_or(base::CivilDate());
}

// The letters' own page: A4, no printer margins (the care plan keeps its own 20 mm).
void setUpForLetters(QPrinter& printer)
{
    printer.setFullPage(true);
    printer.setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
}

// The returned agenda as the nurse reads it in the room: what was ticked, then the person's words.
QString agendaText(const careplan::ReturnedAgenda& a)
{
    QStringList lines;
    if (!a.topics.empty()) {
        QStringList topics;
        for (const auto& t : a.topics)
            topics << q(t);
        lines << CarePlanningView::tr("Ticked: %1").arg(topics.join(QStringLiteral(", ")));
    }
    if (!a.otherTopic.empty())
        lines << CarePlanningView::tr("Something else: %1").arg(q(a.otherTopic));
    if (!a.mattersMost.empty())
        lines << CarePlanningView::tr("What matters most to them: %1").arg(q(a.mattersMost));
    if (!a.questions.empty())
        lines << CarePlanningView::tr("Their questions: %1").arg(q(a.questions));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

CarePlanningView::CarePlanningView(QWidget* parent)
    : QWidget(parent)
{
    // Left: what was prepared.
    auto* left = new QWidget(this);
    auto* prepared = new QVBoxLayout(left);
    prepared->setContentsMargins(0, 0, 6, 0);
    m_resultsCaption = new QLabel(this);
    m_resultsCaption->setObjectName("carePlanningResultsCaption");
    m_resultsCaption->setWordWrap(true);
    m_results = new QTableWidget(this);
    m_results->setObjectName("carePlanningResults");
    m_results->setColumnCount(4);
    m_results->setHorizontalHeaderLabels({tr("Test"), tr("Result"), tr("Last time"), tr("Against target")});
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->verticalHeader()->hide();
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->setWordWrap(true);
    m_agendaCaption = new QLabel(this);
    m_agendaCaption->setObjectName("carePlanningAgendaCaption");
    m_agendaCaption->setWordWrap(true);
    m_agenda = new QPlainTextEdit(this);
    m_agenda->setObjectName("carePlanningAgenda");
    m_agenda->setPlaceholderText(tr("What the person would like to talk about: from their returned letter, or as "
                                    "they say it in the room."));
    prepared->addWidget(heading(tr("Results, as sent to the person"), this));
    prepared->addWidget(m_resultsCaption);
    prepared->addWidget(m_results, 3);
    prepared->addWidget(heading(tr("What the person wants to talk about"), this));
    prepared->addWidget(m_agendaCaption);
    prepared->addWidget(m_agenda, 1);

    // Right: what is agreed.
    auto* form = new QWidget(this);
    auto* agreed = new QVBoxLayout(form);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName("carePlanningMessage");
    agreed->addWidget(m_banner);
    m_coversLabel = new QLabel(this);
    m_coversLabel->setObjectName("carePlanningCovers");
    m_coversLabel->setWordWrap(true);
    m_coversLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #eef3fa; border: 1px solid #b9c9e0; padding: 6px; }"));
    agreed->addWidget(m_coversLabel);

    m_reviewsModel = new GoalReviewsModel(this);
    m_reviewsTable = editableTable(m_reviewsModel, "goalReviewsTable", this);
    m_reviewsTable->setItemDelegateForColumn(GoalReviewsModel::Outcome,
                                             new ChoiceDelegate(GoalReviewsModel::outcomeNames(), this));
    m_reviewsHeading = heading(tr("Last plan's goals: how did they go?"), this);
    agreed->addWidget(m_reviewsHeading);
    agreed->addWidget(m_reviewsTable);

    m_goalsModel = new GoalsModel(this);
    m_goalsTable = editableTable(m_goalsModel, "goalsTable", this);
    auto* addGoal = new QPushButton(tr("Add a goal"), this);
    addGoal->setObjectName("addGoalButton");
    auto* removeGoal = new QPushButton(tr("Remove"), this);
    agreed->addWidget(heading(tr("Goals, in the person's own words"), this));
    agreed->addWidget(m_goalsTable);
    auto* goalButtons = new QHBoxLayout;
    goalButtons->addWidget(addGoal);
    goalButtons->addWidget(removeGoal);
    goalButtons->addStretch(1);
    agreed->addLayout(goalButtons);

    m_actionsModel = new ActionsModel(this);
    m_actionsTable = editableTable(m_actionsModel, "actionsTable", this);
    m_actionsTable->setItemDelegateForColumn(ActionsModel::Owner, new ChoiceDelegate(ActionsModel::ownerNames(), this));
    auto* addPersonAction = new QPushButton(tr("Add the person's action"), this);
    addPersonAction->setObjectName("addPersonActionButton");
    auto* addTeamAction = new QPushButton(tr("Add the team's action"), this);
    addTeamAction->setObjectName("addTeamActionButton");
    auto* removeAction = new QPushButton(tr("Remove"), this);
    agreed->addWidget(heading(tr("Action plan"), this));
    agreed->addWidget(m_actionsTable);
    auto* actionButtons = new QHBoxLayout;
    actionButtons->addWidget(addPersonAction);
    actionButtons->addWidget(addTeamAction);
    actionButtons->addWidget(removeAction);
    actionButtons->addStretch(1);
    agreed->addLayout(actionButtons);

    m_serviceKind = new QComboBox(this);
    m_serviceKind->setObjectName("serviceKindCombo");
    m_serviceLocality = new QComboBox(this);
    m_serviceLocality->setObjectName("serviceLocalityCombo");
    m_services = new QListWidget(this);
    m_services->setObjectName("servicesList");
    m_services->setWordWrap(true);
    m_services->setMinimumHeight(100);
    auto* offer = new QPushButton(tr("Offer (the person contacts them)"), this);
    offer->setObjectName("offerServiceButton");
    auto* refer = new QPushButton(tr("Refer"), this);
    refer->setObjectName("referServiceButton");
    m_supportList = new QListWidget(this);
    m_supportList->setObjectName("supportList");
    m_supportList->setMinimumHeight(60);
    auto* removeSupport = new QPushButton(tr("Remove"), this);
    agreed->addWidget(heading(tr("Support and referrals"), this));
    auto* kindRow = new QHBoxLayout;
    kindRow->addWidget(new QLabel(tr("Kind:"), this));
    kindRow->addWidget(m_serviceKind, 2);
    kindRow->addWidget(new QLabel(tr("Where:"), this));
    kindRow->addWidget(m_serviceLocality, 1);
    agreed->addLayout(kindRow);
    agreed->addWidget(m_services);
    auto* serviceButtons = new QHBoxLayout;
    serviceButtons->addWidget(offer);
    serviceButtons->addWidget(refer);
    serviceButtons->addStretch(1);
    agreed->addLayout(serviceButtons);
    agreed->addWidget(m_supportList);
    agreed->addWidget(removeSupport, 0, Qt::AlignLeft);

    m_referralsModel = new ReferralsModel(this);
    m_referralsTable = new QTableView(this);
    m_referralsTable->setObjectName("referralsTable");
    m_referralsTable->setModel(m_referralsModel);
    m_referralsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referralsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_referralsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_referralsTable->verticalHeader()->hide();
    m_referralsTable->setMinimumHeight(90);
    m_referralStatus = new QComboBox(this);
    m_referralStatus->setObjectName("referralStatusCombo");
    for (auto st :
         {model::Referral::Status::Accepted, model::Referral::Status::Seen, model::Referral::Status::ReferredBack,
          model::Referral::Status::Declined, model::Referral::Status::Sent})
        m_referralStatus->addItem(ReferralsModel::statusText(st), static_cast<int>(st));
    m_referralNote = new QLineEdit(this);
    m_referralNote->setObjectName("referralNoteEdit");
    m_referralNote->setPlaceholderText(tr("Note (optional): what the service said"));
    m_referralButton = new QPushButton(tr("Update referral"), this);
    m_referralButton->setObjectName("updateReferralButton");
    m_referralButton->setEnabled(false);
    agreed->addWidget(heading(tr("Referrals: where they have got to"), this));
    agreed->addWidget(m_referralsTable);
    auto* referralRow = new QHBoxLayout;
    referralRow->addWidget(new QLabel(tr("Now:"), this));
    referralRow->addWidget(m_referralStatus);
    referralRow->addWidget(m_referralNote, 1);
    referralRow->addWidget(m_referralButton);
    agreed->addLayout(referralRow);

    m_hba1cTarget = new QCheckBox(tr("HbA1c at or below"), this);
    m_hba1cTarget->setObjectName("hba1cTargetCheck");
    m_hba1cValue = new QSpinBox(this);
    m_hba1cValue->setObjectName("hba1cTargetValue");
    m_hba1cValue->setRange(42, 86);
    m_hba1cValue->setValue(53);
    m_hba1cValue->setSuffix(QStringLiteral(" mmol/mol"));
    m_bpTarget = new QCheckBox(tr("Blood pressure at or below"), this);
    m_bpTarget->setObjectName("bpTargetCheck");
    m_systolicValue = new QSpinBox(this);
    m_systolicValue->setRange(110, 170);
    m_systolicValue->setValue(140);
    m_diastolicValue = new QSpinBox(this);
    m_diastolicValue->setRange(60, 100);
    m_diastolicValue->setValue(80);
    m_diastolicValue->setSuffix(QStringLiteral(" mmHg"));
    m_cholesterolTarget = new QCheckBox(tr("Total cholesterol at or below"), this);
    m_cholesterolTarget->setObjectName("cholesterolTargetCheck");
    m_cholesterolValue = new QDoubleSpinBox(this);
    m_cholesterolValue->setRange(2.0, 8.0);
    m_cholesterolValue->setDecimals(1);
    m_cholesterolValue->setSingleStep(0.1);
    m_cholesterolValue->setValue(4.0);
    m_cholesterolValue->setSuffix(QStringLiteral(" mmol/L"));
    agreed->addWidget(heading(tr("Individual targets agreed (instead of the practice's)"), this));
    auto* targets = new QFormLayout;
    targets->addRow(m_hba1cTarget, m_hba1cValue);
    auto* bp = new QHBoxLayout;
    bp->addWidget(m_systolicValue);
    bp->addWidget(new QLabel(QStringLiteral("/"), this));
    bp->addWidget(m_diastolicValue);
    bp->addStretch(1);
    targets->addRow(m_bpTarget, bp);
    targets->addRow(m_cholesterolTarget, m_cholesterolValue);
    agreed->addLayout(targets);

    m_nextReview = new QDateEdit(this);
    m_nextReview->setObjectName("nextReviewDate");
    m_nextReview->setDisplayFormat(QStringLiteral("dd-MMM-yyyy"));
    m_nextReview->setCalendarPopup(true);
    m_saveButton = new QPushButton(tr("Save care plan (Ctrl+S)"), this);
    m_saveButton->setObjectName("saveCarePlanButton");
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(new QLabel(tr("Next review:"), this));
    bottom->addWidget(m_nextReview);
    bottom->addStretch(1);
    bottom->addWidget(m_saveButton);
    m_printButton = new QPushButton(tr("Print care plan…"), this);
    m_printButton->setObjectName("printCarePlanButton");
    m_printButton->setToolTip(tr("The saved care plan, written for the person in their language and print size: "
                                 "shown on screen before it is printed."));
    m_printButton->setEnabled(false);
    bottom->addWidget(m_printButton);
    agreed->addSpacing(8);
    agreed->addLayout(bottom);
    agreed->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("carePlanningScroll");
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({560, 720});
    // The person's words get the room; the short columns fit their contents.
    auto fit = [](QTableView* table, std::initializer_list<int> stretch) {
        auto* header = table->horizontalHeader();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        for (int column : stretch)
            header->setSectionResizeMode(column, QHeaderView::Stretch);
        table->setWordWrap(true);
    };
    fit(m_goalsTable, {GoalsModel::What, GoalsModel::Why});
    fit(m_actionsTable, {ActionsModel::What});
    // A date typed in a moment ago must show whole: a contents-sized column is sized before it.
    m_actionsTable->horizontalHeader()->setSectionResizeMode(ActionsModel::ByWhen, QHeaderView::Fixed);
    m_actionsTable->horizontalHeader()->resizeSection(
        ActionsModel::ByWhen, m_actionsTable->fontMetrics().horizontalAdvance(QStringLiteral("30-Sep-2026")) + 24);
    for (auto* table : {m_goalsTable, m_actionsTable, m_reviewsTable, m_referralsTable})
        table->setMaximumHeight(140);
    fit(m_reviewsTable, {GoalReviewsModel::Goal, GoalReviewsModel::Note});
    fit(m_referralsTable, {ReferralsModel::Note});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(addGoal, &QPushButton::clicked, this, [this] {
        model::Goal g;
        g.id = base::newUuid();
        if (m_store)
            g.setOn = m_store->clock().today();
        m_goalsModel->addGoal(g);
        startEditing(m_goalsTable, m_goalsModel->index(m_goalsModel->rowCount() - 1, GoalsModel::What));
    });
    connect(removeGoal, &QPushButton::clicked, this, [this] {
        const auto rows = m_goalsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_goalsModel->removeGoal(rows.first().row());
    });
    auto addAction = [this](model::PlanAction::Owner owner) {
        model::PlanAction a;
        a.id = base::newUuid();
        a.owner = owner;
        m_actionsModel->addAction(a);
        startEditing(m_actionsTable, m_actionsModel->index(m_actionsModel->rowCount() - 1, ActionsModel::What));
    };
    connect(addPersonAction, &QPushButton::clicked, this, [addAction] { addAction(model::PlanAction::Owner::Person); });
    connect(addTeamAction, &QPushButton::clicked, this, [addAction] { addAction(model::PlanAction::Owner::Team); });
    connect(removeAction, &QPushButton::clicked, this, [this] {
        const auto rows = m_actionsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_actionsModel->removeAction(rows.first().row());
    });
    connect(m_serviceKind, &QComboBox::currentIndexChanged, this, &CarePlanningView::filterServices);
    connect(m_serviceLocality, &QComboBox::currentIndexChanged, this, &CarePlanningView::filterServices);
    connect(m_referralsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        // What comes back from a referral is recorded by whoever hears it (nurse, GP, admin team).
        const bool may = m_store && m_store->require(security::Permission::ManageRecall).ok();
        m_referralButton->setEnabled(may && m_referralsTable->selectionModel()->hasSelection());
    });
    connect(m_referralButton, &QPushButton::clicked, this, [this] {
        const auto status = static_cast<model::Referral::Status>(m_referralStatus->currentData().toInt());
        if (auto st = updateSelectedReferral(status, m_referralNote->text().trimmed().toStdString()); !st)
            m_banner->showError(st.error());
    });
    connect(offer, &QPushButton::clicked, this, [this] { offerSelectedService(false); });
    connect(refer, &QPushButton::clicked, this, [this] { offerSelectedService(true); });
    connect(removeSupport, &QPushButton::clicked, this, [this] {
        const int row = m_supportList->currentRow();
        if (row < 0 || row >= static_cast<int>(m_support.size()))
            return;
        m_support.erase(m_support.begin() + row);
        refreshSupport();
        markDirty();
    });
    connect(m_goalsModel, &GoalsModel::edited, this, &CarePlanningView::markDirty);
    connect(m_reviewsModel, &GoalReviewsModel::edited, this, &CarePlanningView::markDirty);
    connect(m_actionsModel, &ActionsModel::edited, this, &CarePlanningView::markDirty);
    connect(m_agenda, &QPlainTextEdit::textChanged, this, &CarePlanningView::markDirty);
    for (auto* check : {m_hba1cTarget, m_bpTarget, m_cholesterolTarget})
        connect(check, &QCheckBox::toggled, this, &CarePlanningView::markDirty);
    connect(m_nextReview, &QDateEdit::dateChanged, this, &CarePlanningView::markDirty);
    connect(m_saveButton, &QPushButton::clicked, this, &CarePlanningView::save);
    connect(m_printButton, &QPushButton::clicked, this, &CarePlanningView::showPrintPreview);
    auto* shortcut = new QShortcut(QKeySequence::Save, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &CarePlanningView::save);
}

void CarePlanningView::setStore(record::RecordStore* store)
{
    m_store = store;
    m_directory.reset();
}

void CarePlanningView::markDirty()
{
    if (!m_loading)
        m_dirty = true;
}

base::Status CarePlanningView::openPatient(const std::string& patientId)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    m_banner->clearMessage();
    if (!m_directory) {
        auto directory = careplan::ServicesDirectory::load(*m_store);
        if (!directory)
            return directory.error();
        m_directory = std::move(directory).value();
        m_loading = true;
        m_serviceKind->clear();
        m_serviceKind->addItem(tr("All kinds"), QString());
        for (const auto& k : m_directory->kinds())
            m_serviceKind->addItem(q(k.name), q(k.id));
        m_serviceLocality->clear();
        m_serviceLocality->addItem(tr("Anywhere"), QString());
        for (const auto& l : m_directory->localities())
            m_serviceLocality->addItem(q(l), q(l));
        m_loading = false;
    }
    auto draft = careplan::CarePlanBook(*m_store).start(patientId);
    if (!draft)
        return draft.error();
    m_patientId = patientId;
    m_draft = std::move(draft).value();
    fillFromDraft();
    showConditions();
    showResults();
    filterServices();
    showReferrals();
    const bool may = m_store->require(security::Permission::RecordCarePlan).ok();
    m_saveButton->setEnabled(may);
    updatePrintButton();
    if (!may)
        m_banner->showText(tr("Care plans are recorded by a nurse, GP or clinical lead: you can read this one."));
    return {};
}

void CarePlanningView::clear()
{
    m_patientId.clear();
    m_draft.reset();
    m_support.clear();
    m_loading = true;
    m_goalsModel->setGoals({});
    m_reviewsModel->setReviews({});
    m_actionsModel->setActions({});
    m_agenda->clear();
    m_agendaCaption->clear();
    m_coversLabel->clear();
    m_referralsModel->setReferrals({});
    m_results->setRowCount(0);
    refreshSupport();
    m_loading = false;
    m_dirty = false;
    m_hasSavedPlan = false;
    m_printButton->setEnabled(false);
}

void CarePlanningView::fillFromDraft()
{
    m_loading = true;
    const auto& p = m_draft->plan;
    m_agenda->setPlainText(q(p.agenda));
    m_agendaCaption->clear();
    if (const auto& returned = m_draft->returnedAgenda) {
        const auto on = q(returned->completedOn.display());
        if (p.agenda.empty() && !returned->empty()) {
            // The person's own words start the conversation; the nurse adds to them in the room.
            m_agenda->setPlainText(agendaText(*returned));
            m_agendaCaption->setText(tr("From the agenda questionnaire they returned on %1.").arg(on));
        } else if (returned->empty()) {
            m_agendaCaption->setText(
                tr("They returned the agenda questionnaire on %1 with nothing filled in.").arg(on));
        } else {
            m_agendaCaption->setText(tr("They also returned the agenda questionnaire on %1 (see the Questionnaires "
                                        "tab).")
                                         .arg(on));
        }
    } else if (p.agenda.empty()) {
        m_agendaCaption->setText(tr("No agenda questionnaire has come back: ask what they would like to talk about."));
    }
    m_reviewsModel->setReviews(p.reviews);
    m_goalsModel->setGoals(p.goals);
    m_actionsModel->setActions(p.actions);
    m_support = p.support;
    refreshSupport();
    m_hba1cTarget->setChecked(false);
    m_bpTarget->setChecked(false);
    m_cholesterolTarget->setChecked(false);
    for (const auto& t : p.targets) {
        if (t.processId == "hba1c") {
            m_hba1cTarget->setChecked(true);
            m_hba1cValue->setValue(static_cast<int>(t.upper));
        } else if (t.processId == "blood-pressure") {
            m_bpTarget->setChecked(true);
            m_systolicValue->setValue(static_cast<int>(t.upper));
            m_diastolicValue->setValue(static_cast<int>(t.upper2.value_or(80)));
        } else if (t.processId == "cholesterol") {
            m_cholesterolTarget->setChecked(true);
            m_cholesterolValue->setValue(t.upper);
        }
    }
    m_nextReview->setDate(toQDate(p.nextReview));
    m_reviewsTable->setVisible(!p.reviews.empty());
    m_reviewsHeading->setVisible(!p.reviews.empty());
    m_loading = false;
    m_dirty = false;
}

void CarePlanningView::showResults()
{
    auto sent = letters::LetterLog(*m_store).lastSent(m_patientId);
    std::optional<letters::ResultsLetterContent> content;
    if (sent && *sent) {
        content = **sent;
        m_resultsCaption->setText(tr("As sent in the results letter of %1.").arg(q(content->dateText)));
    } else {
        auto today = letters::ResultsLetterComposer::compose(*m_store, m_patientId);
        if (today)
            content = std::move(today).value();
        m_resultsCaption->setText(sent ? tr("No results letter has been sent yet: these are the results today.")
                                       : ErrorText::describe(sent.error()));
    }
    m_results->setRowCount(0);
    if (!content)
        return;
    for (const auto& r : content->rows) {
        const int row = m_results->rowCount();
        m_results->insertRow(row);
        auto set = [&](int column, const std::string& text, bool bold = false) {
            auto* item = new QTableWidgetItem(q(text));
            if (bold) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            m_results->setItem(row, column, item);
        };
        set(0, r.plainName);
        if (r.done) {
            set(1, r.valueText + (r.dateText.empty() ? std::string() : "\n" + r.dateText), r.aboveTarget);
            set(2,
                r.hasPrevious ? r.previousValueText + (r.changeWords.empty() ? std::string() : "\n" + r.changeWords)
                              : tr("First result").toStdString());
            // Flagged values are bold in the Result column; here the words say which way.
            QString against = q(r.targetText);
            if (r.aboveTarget)
                against = r.targetText.empty() ? tr("⚠ Outside the healthy range")
                                               : tr("⚠ Above target") + QLatin1Char('\n') + q(r.targetText);
            set(3, against.toStdString());
            if (r.aboveTarget)
                m_results->item(row, 3)->setForeground(QBrush(QColor(0xb0, 0x1c, 0x1c)));
        } else {
            set(1, r.notDoneText);
            set(2, r.lastDone.valid() ? tr("Last done %1").arg(q(r.lastDone.display())).toStdString() : std::string());
            set(3, {});
        }
    }
    // Four columns share the width and wrap, so the comparison with last time and the target is
    // on screen beside the value, never behind a scroll bar.
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_results->resizeRowsToContents();
}

void CarePlanningView::filterServices()
{
    m_services->clear();
    if (!m_directory)
        return;
    careplan::ServicesDirectory::Filter f;
    f.kind = m_serviceKind->currentData().toString().toStdString();
    f.locality = m_serviceLocality->currentData().toString().toStdString();
    for (const auto* s : m_directory->find(f)) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2) — %3").arg(q(s->name), q(s->locality), s->referral ? tr("by referral") : tr("self-referral")));
        item->setData(Qt::UserRole, q(s->id));
        item->setToolTip(
            tr("Contact: %1\nHow to refer: %2\nFor: %3").arg(q(s->contact), q(s->howToRefer), q(s->eligibility)));
        m_services->addItem(item);
    }
}

void CarePlanningView::offerSelectedService(bool refer)
{
    if (!m_directory || !m_services->currentItem())
        return;
    const auto* s = m_directory->byId(m_services->currentItem()->data(Qt::UserRole).toString().toStdString());
    if (!s)
        return;
    for (const auto& existing : m_support)
        if (existing.serviceId == s->id)
            return;
    model::SupportOffer offer;
    offer.serviceId = s->id;
    offer.serviceName = s->name;
    offer.kind = s->kind;
    offer.contact = s->contact;
    offer.referred = refer;
    m_support.push_back(std::move(offer));
    refreshSupport();
    markDirty();
}

void CarePlanningView::showConditions()
{
    QStringList names;
    auto catalogue = clinical::ConditionCatalogue::standard();
    // Diabetes first: it is what brought the person here; the rest in the order diagnosed.
    int diabetes = 0;
    for (const auto& code : m_draft->plan.conditions) {
        const auto* entry = catalogue ? (*catalogue)->find(code) : nullptr;
        const auto name = entry ? q(entry->term) : q(code);
        if (entry && entry->diabetes)
            names.insert(diabetes++, name);
        else
            names << name;
    }
    m_coversLabel->setText(
        names.isEmpty() ? tr("No long-term condition is recorded as active: add the diagnoses on the patient "
                             "page so this review covers them.")
                        : tr("<b>One review for:</b> %1").arg(names.join(QStringLiteral(" · ")).toHtmlEscaped()));
}

void CarePlanningView::showReferrals()
{
    std::vector<model::Referral> list;
    if (m_store && !m_patientId.empty()) {
        auto referrals = careplan::CarePlanBook(*m_store).referrals(m_patientId);
        if (!referrals) {
            m_banner->showError(referrals.error());
        } else {
            for (auto& r : *referrals)
                if (r.value.patientId == m_patientId)
                    list.push_back(std::move(r.value));
        }
    }
    m_referralsModel->setReferrals(std::move(list));
    m_referralsTable->resizeRowsToContents();
    m_referralButton->setEnabled(false);
}

base::Status CarePlanningView::updateSelectedReferral(model::Referral::Status status, const std::string& note)
{
    if (!m_store)
        return base::Error::make(base::ErrorCode::NotLoggedIn);
    const auto rows = m_referralsTable->selectionModel()->selectedRows();
    const auto* r = rows.isEmpty() ? nullptr : m_referralsModel->referral(rows.first().row());
    if (!r)
        return base::Error::make(base::ErrorCode::RequiredField, "referral");
    // Only ever this person's referral, whatever the table held a moment ago.
    if (r->patientId != m_patientId)
        return base::Error::make(base::ErrorCode::InvalidState, "referral", r->id);
    const auto id = r->id;
    const auto service = q(r->serviceName);
    if (auto st = careplan::CarePlanBook(*m_store).setReferralStatus(id, status, note); !st)
        return st;
    m_referralNote->clear();
    showReferrals();
    m_banner->showText(tr("Referral to %1: %2.").arg(service, ReferralsModel::statusText(status)),
                       MessageBanner::Kind::Done);
    return {};
}

void CarePlanningView::refreshSupport()
{
    m_supportList->clear();
    for (const auto& s : m_support)
        m_supportList->addItem(s.referred ? tr("Referred: %1").arg(q(s.serviceName))
                                          : tr("Offered: %1 — %2").arg(q(s.serviceName), q(s.contact)));
}

careplan::CarePlanDraft CarePlanningView::collect() const
{
    careplan::CarePlanDraft d = *m_draft;
    auto& p = d.plan;
    p.agenda = m_agenda->toPlainText().trimmed().toStdString();
    p.reviews = m_reviewsModel->reviews();
    p.goals = m_goalsModel->goals();
    p.actions = m_actionsModel->actions();
    p.support = m_support;
    p.targets.clear();
    if (m_hba1cTarget->isChecked())
        p.targets.push_back({"hba1c", static_cast<double>(m_hba1cValue->value()), std::nullopt, {}});
    if (m_bpTarget->isChecked())
        p.targets.push_back({"blood-pressure",
                             static_cast<double>(m_systolicValue->value()),
                             static_cast<double>(m_diastolicValue->value()),
                             {}});
    if (m_cholesterolTarget->isChecked())
        p.targets.push_back({"cholesterol", m_cholesterolValue->value(), std::nullopt, {}});
    p.nextReview = fromQDate(m_nextReview->date());
    return d;
}

bool CarePlanningView::save()
{
    if (!m_store || !m_draft || !m_saveButton->isEnabled())
        return false;
    const auto d = collect();
    const auto problems = careplan::CarePlanBook(*m_store).check(d);
    if (!problems.empty()) {
        QStringList lines;
        for (const auto& e : problems)
            lines << ErrorText::describe(e);
        m_banner->showText(tr("The care plan is not saved yet:") + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
        return false;
    }
    auto plan = careplan::CarePlanBook(*m_store).save(d);
    if (!plan) {
        m_banner->showError(plan.error());
        return false;
    }
    // Carry on from the saved version: the next save is a new version of the same plan.
    if (auto again = careplan::CarePlanBook(*m_store).start(m_patientId))
        m_draft = std::move(again).value();
    m_dirty = false;
    updatePrintButton();
    showReferrals();
    m_banner->showText(tr("Care plan saved: the consultation is recorded and the next review is %1.")
                           .arg(q(plan->nextReview.display())),
                       MessageBanner::Kind::Done);
    emit saved();
    return true;
}

void CarePlanningView::updatePrintButton()
{
    // The draft was started from the person's latest plan (CarePlanBook::start): a new version
    // of today's, or a new plan following an earlier one. Either way there is a saved plan to
    // print, and no second read is needed.
    m_hasSavedPlan = m_store && !m_patientId.empty() && m_draft && m_draft->plan.patientId == m_patientId
        && (m_draft->basedOnSeq.has_value() || !m_draft->plan.previousPlanId.empty());
    m_printButton->setEnabled(m_hasSavedPlan);
}

base::Result<careplan::CarePlanLetterContent> CarePlanningView::printedPlan() const
{
    if (!m_store || m_patientId.empty())
        return base::Error::make(base::ErrorCode::NotFound, "care plan");
    return careplan::CarePlanLetterComposer::compose(*m_store, m_patientId);
}

base::Status CarePlanningView::printOn(QPrinter& printer)
{
    auto content = printedPlan();
    if (!content)
        return content.error();
    // Only ever this person's plan under this person's name.
    if (content->person.patientId != m_patientId)
        return base::Error::make(base::ErrorCode::InvalidState, "care plan", content->planId);
    setUpForLetters(printer);
    const auto out = CarePlanRenderer::print(*content, printer);
    if (out.pages == 0)
        return base::Error::make(base::ErrorCode::IoFailed, "printer", printer.printerName().toStdString());
    if (m_store)
        (void)m_store->recordAccess(m_patientId, "print-care-plan");
    return {};
}

void CarePlanningView::showPrintPreview()
{
    if (m_dirty) {
        m_banner->showText(tr("Save the care plan first: the printed plan is the saved one, and these changes are "
                              "not saved yet."));
        return;
    }
    auto content = printedPlan();
    if (!content) {
        if (content.error().code == base::ErrorCode::NotFound)
            m_banner->showText(tr("There is no saved care plan to print yet: save the plan first."));
        else
            m_banner->showError(content.error());
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    setUpForLetters(printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setObjectName("carePlanPrintPreview");
    dialog.setWindowTitle(tr("Print the care plan for %1").arg(q(content->person.bannerName)));
    const auto shown = *content;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [shown](QPrinter* p) { CarePlanRenderer::print(shown, *p); });
    dialog.resize(900, 1000);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_store)
            (void)m_store->recordAccess(m_patientId, "print-care-plan");
        m_banner->showText(tr("The care plan was printed for %1.").arg(q(content->person.bannerName)),
                           MessageBanner::Kind::Done);
    }
}

} // namespace carehouse::ui
