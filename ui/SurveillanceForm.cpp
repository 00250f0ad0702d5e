#include "ui/SurveillanceForm.h"

#include "core/clinical/ValueCheck.h"
#include "core/model/User.h"
#include "core/record/PatientRepository.h"
#include "core/record/PracticeCatalogue.h"
#include "core/record/RecordStore.h"
#include "core/security/Permission.h"
#include "core/surveillance/SurveillanceRecorder.h"
#include "ui/ErrorText.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QShortcut>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace carehouse::ui {

using base::ErrorCode;
using clinical::CareProcessCatalogue;
using surveillance::BloodPressureReading;
using surveillance::SurveillanceEntry;
using surveillance::SurveillanceRecorder;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

constexpr const char* kErrorStyle = "color: #b01c1c; font-weight: bold;";
constexpr const char* kConfirmedStyle = "color: #7a4d00;";
constexpr const char* kFlagStyle = "color: #7a4d00; font-weight: bold;";
constexpr const char* kNoteStyle = "color: #4c6272;";
constexpr const char* kOutline = "border: 2px solid #d5281b; border-radius: 3px;";
constexpr const char* kBmiStyle = "font-weight: bold; font-size: 12pt;";
constexpr const char* kBmiOutlined = "font-weight: bold; font-size: 12pt; border: 2px solid #d5281b;";

// Field keys: one problem row each, and what "the user has left this field" is tracked by.
const QString kWeight = QStringLiteral("weight");
const QString kHeight = QStringLiteral("height");
const QString kBmi = QStringLiteral("bmi");
const QString kBp = QStringLiteral("bp");
const QString kOther = QStringLiteral("other");
const QString kBpTyped = QStringLiteral("bp-typed"); // the reading in the boxes, not the table

std::optional<double> number(const QLineEdit* edit)
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double v = QLocale::c().toDouble(text, &ok);
    return ok ? std::optional<double>(v) : std::optional<double>(std::nan(""));
}

QString numberText(double v, int decimals)
{
    QString t = QString::number(v, 'f', decimals);
    if (t.contains('.')) {
        while (t.endsWith('0'))
            t.chop(1);
        if (t.endsWith('.'))
            t.chop(1);
    }
    return t;
}

QString comboCode(const QComboBox* combo)
{
    return combo->currentData().toString();
}

void selectCode(QComboBox* combo, const std::string& code)
{
    const int i = combo->findData(q(code));
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

QLabel* noteLabel(const char* objectName, const char* style = kNoteStyle)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(style);
    return label;
}

} // namespace

SurveillanceForm::SurveillanceForm(QWidget* parent)
    : QWidget(parent)
{
    if (auto catalogue = CareProcessCatalogue::standard())
        m_catalogue = *catalogue;
    build();
    setReadOnly(true, tr("Open a person to record their surveillance appointment."));
}

// ---- building ---------------------------------------------------------------------------

void SurveillanceForm::build()
{
    setObjectName("surveillanceForm");
    m_headerLabel = new QLabel(this);
    m_headerLabel->setObjectName("surveillanceHeaderLabel");
    m_headerLabel->setWordWrap(true);
    m_headerLabel->setTextFormat(Qt::RichText);
    m_readOnlyLabel = noteLabel("readOnlyLabel", "");
    m_readOnlyLabel->setStyleSheet("background: #e8edee; color: #212b32; border-left: 6px solid #005eb8; "
                                   "padding: 6px;");
    m_readOnlyLabel->hide();

    auto* page = new QWidget;
    page->setObjectName("surveillancePage");
    // Section titles stand out, so the HCA can follow the appointment down the page.
    page->setStyleSheet("QGroupBox { font-weight: bold; } QGroupBox QWidget { font-weight: normal; }");
    auto* columns = new QHBoxLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    left->addWidget(buildMeasurements());
    left->addWidget(buildBloodPressure());
    right->addWidget(buildSmoking());
    right->addWidget(buildFeet());
    right->addWidget(buildEye());
    right->addWidget(buildTests());
    right->addWidget(buildEducation());
    right->addWidget(buildCarePlanning());
    right->addStretch(1);
    columns->addLayout(left, 5);
    columns->addLayout(right, 4);

    auto* other = new QGridLayout;
    addProblemRow(kOther, {}, {}, other, 0, 0, 1);
    left->addLayout(other);
    left->addStretch(1);

    auto* scroll = new QScrollArea(this);
    scroll->setObjectName("surveillanceScrollArea");
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);

    m_statusLabel = noteLabel("surveillanceStatusLabel", "");
    m_statusLabel->hide();
    m_problemsSummaryLabel = noteLabel("problemsSummaryLabel", kErrorStyle);
    m_problemsSummaryLabel->hide();

    m_saveLaterPushButton = new QPushButton(tr("Save and f&inish later"), this);
    m_saveLaterPushButton->setObjectName("saveLaterPushButton");
    m_saveLaterPushButton->setToolTip(tr("Saves what is entered so far (Ctrl+S); open the person again to carry on."));
    m_completePushButton = new QPushButton(tr("C&omplete appointment"), this);
    m_completePushButton->setObjectName("completePushButton");
    m_completePushButton->setToolTip(tr("Saves and records the appointment as attended (Ctrl+Enter)."));
    QFont primary = m_completePushButton->font();
    primary.setBold(true);
    m_completePushButton->setFont(primary);
    m_completePushButton->setAutoDefault(false);
    m_saveLaterPushButton->setAutoDefault(false);
    connect(m_saveLaterPushButton, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_completePushButton, &QPushButton::clicked, this, [this] { save(true); });
    m_inputs.push_back(m_saveLaterPushButton);
    m_inputs.push_back(m_completePushButton);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_problemsSummaryLabel, 1);
    buttons->addStretch(0);
    buttons->addWidget(m_saveLaterPushButton);
    buttons->addWidget(m_completePushButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headerLabel);
    layout->addWidget(m_readOnlyLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(buttons);

    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_S), this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (!m_readOnly)
            save(false);
    });
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* completeShortcut = new QShortcut(QKeySequence(Qt::CTRL | key), this);
        completeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(completeShortcut, &QShortcut::activated, this, [this] {
            if (!m_readOnly && m_completePushButton->isVisible())
                save(true);
        });
    }
    setTabOrderInAppointmentOrder();
}

QComboBox* SurveillanceForm::categoryCombo(const char* itemId, const char* objectName)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    combo->addItem(tr("Not recorded"), QString());
    if (const auto* item = m_catalogue ? m_catalogue->itemById(itemId) : nullptr)
        for (const auto& option : item->options)
            combo->addItem(q(option.display), q(option.code));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(combo, &QComboBox::currentIndexChanged, this, [this] { revalidate(); });
    m_inputs.push_back(combo);
    return combo;
}

QComboBox* SurveillanceForm::unitCombo(const char* itemId, const char* objectName, const QString& key)
{
    auto* combo = new QComboBox;
    combo->setObjectName(objectName);
    if (const auto* item = m_catalogue ? m_catalogue->itemById(itemId) : nullptr) {
        combo->addItem(q(item->unitDisplay), QString()); // the stored unit
        for (const auto& c : item->conversions)
            combo->addItem(q(c.unitDisplay), q(c.unitDisplay));
        combo->setToolTip(
            tr("Unit of the %1 as measured (type its first letter to change it)").arg(q(item->name).toLower()));
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this, key] { onFieldLeft(key); });
    m_inputs.push_back(combo);
    return combo;
}

SurveillanceForm::ProblemRow* SurveillanceForm::addProblemRow(const QString& key, std::vector<std::string> ids,
                                                              std::vector<QWidget*> outlined, QGridLayout* grid,
                                                              int row, int column, int columnSpan)
{
    auto problem = std::make_unique<ProblemRow>();
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    const QByteArray name = key.toLatin1();
    problem->label = noteLabel(name + "ProblemLabel", kErrorStyle);
    problem->label->hide();
    problem->suggestion = new QPushButton(box);
    problem->suggestion->setObjectName(name + "SuggestionPushButton");
    problem->suggestion->setAutoDefault(false);
    problem->suggestion->hide();
    problem->confirm = new QCheckBox(tr("Value is &correct: I have checked it"), box);
    problem->confirm->setObjectName(name + "ConfirmCheckBox");
    problem->confirm->hide();
    auto* actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(problem->suggestion);
    actions->addWidget(problem->confirm);
    actions->addStretch(1);
    layout->addWidget(problem->label);
    layout->addLayout(actions);
    grid->addWidget(box, row, column, 1, columnSpan);
    problem->ids = std::move(ids);
    problem->outlined = std::move(outlined);
    ProblemRow* raw = problem.get();
    connect(problem->suggestion, &QPushButton::clicked, this, [this, raw] { applySuggestion(raw); });
    connect(problem->confirm, &QCheckBox::toggled, this, [this] { revalidate(); });
    m_inputs.push_back(problem->suggestion);
    m_inputs.push_back(problem->confirm);
    m_problemRows[key] = std::move(problem);
    return raw;
}

QGroupBox* SurveillanceForm::buildMeasurements()
{
    auto* group = new QGroupBox(tr("1. Weight and height"));
    group->setObjectName("measurementsGroupBox");
    auto* grid = new QGridLayout(group);
    auto* weightValidator = new QRegularExpressionValidator(QRegularExpression(R"(\d{0,3}(\.\d{0,2})?)"), this);
    auto* heightValidator = new QRegularExpressionValidator(QRegularExpression(R"(\d{0,3}(\.\d{0,1})?)"), this);

    m_weightLineEdit = new QLineEdit;
    m_weightLineEdit->setObjectName("weightLineEdit");
    m_weightLineEdit->setValidator(weightValidator);
    m_weightLineEdit->setMaximumWidth(110);
    m_weightUnitComboBox = unitCombo("weight", "weightUnitComboBox", kWeight);
    m_heightLineEdit = new QLineEdit;
    m_heightLineEdit->setObjectName("heightLineEdit");
    m_heightLineEdit->setValidator(heightValidator);
    m_heightLineEdit->setMaximumWidth(110);
    m_heightUnitComboBox = unitCombo("height", "heightUnitComboBox", kHeight);
    m_inputs.push_back(m_weightLineEdit);
    m_inputs.push_back(m_heightLineEdit);

    grid->addWidget(buddyLabel(tr("&Weight"), m_weightLineEdit), 0, 0);
    grid->addWidget(m_weightLineEdit, 0, 1);
    grid->addWidget(m_weightUnitComboBox, 0, 2);
    addProblemRow(kWeight, {"weight"}, {m_weightLineEdit}, grid, 1, 1, 3);
    grid->addWidget(buddyLabel(tr("H&eight"), m_heightLineEdit), 2, 0);
    grid->addWidget(m_heightLineEdit, 2, 1);
    grid->addWidget(m_heightUnitComboBox, 2, 2);
    addProblemRow(kHeight, {"height"}, {m_heightLineEdit}, grid, 3, 1, 3);

    m_bmiValueLabel = new QLabel;
    m_bmiValueLabel->setObjectName("bmiValueLabel");
    m_bmiValueLabel->setStyleSheet(kBmiStyle);
    m_bmiBandLabel = noteLabel("bmiBandLabel");
    grid->addWidget(new QLabel(tr("BMI")), 4, 0);
    grid->addWidget(m_bmiValueLabel, 4, 1, 1, 2);
    grid->addWidget(m_bmiBandLabel, 4, 3);
    addProblemRow(kBmi, {"bmi"}, {m_bmiValueLabel}, grid, 5, 1, 3);
    grid->setColumnStretch(3, 1);

    connect(m_weightLineEdit, &QLineEdit::textEdited, this, [this] { revalidate(); });
    connect(m_heightLineEdit, &QLineEdit::textEdited, this, [this] { revalidate(); });
    connect(m_weightLineEdit, &QLineEdit::editingFinished, this, [this] { onFieldLeft(kWeight); });
    connect(m_heightLineEdit, &QLineEdit::editingFinished, this, [this] { onFieldLeft(kHeight); });
    return group;
}

QGroupBox* SurveillanceForm::buildBloodPressure()
{
    auto* group = new QGroupBox(tr("2. Blood pressure"));
    group->setObjectName("bloodPressureGroupBox");
    auto* grid = new QGridLayout(group);
    auto* validator = new QRegularExpressionValidator(QRegularExpression(R"(\d{0,3})"), this);
    m_systolicLineEdit = new QLineEdit;
    m_systolicLineEdit->setObjectName("systolicLineEdit");
    m_systolicLineEdit->setValidator(validator);
    m_systolicLineEdit->setMaximumWidth(70);
    m_systolicLineEdit->setPlaceholderText(tr("top"));
    m_diastolicLineEdit = new QLineEdit;
    m_diastolicLineEdit->setObjectName("diastolicLineEdit");
    m_diastolicLineEdit->setValidator(validator);
    m_diastolicLineEdit->setMaximumWidth(70);
    m_diastolicLineEdit->setPlaceholderText(tr("bottom"));
    m_addReadingPushButton = new QPushButton(tr("&Add reading"));
    m_addReadingPushButton->setObjectName("addReadingPushButton");
    m_addReadingPushButton->setAutoDefault(false);
    m_inputs.push_back(m_systolicLineEdit);
    m_inputs.push_back(m_diastolicLineEdit);
    m_inputs.push_back(m_addReadingPushButton);

    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(buddyLabel(tr("&Systolic"), m_systolicLineEdit));
    entryRow->addWidget(m_systolicLineEdit);
    entryRow->addWidget(new QLabel(tr("/")));
    entryRow->addWidget(buddyLabel(tr("&Diastolic"), m_diastolicLineEdit));
    entryRow->addWidget(m_diastolicLineEdit);
    entryRow->addWidget(new QLabel(tr("mmHg")));
    entryRow->addSpacing(8);
    entryRow->addWidget(m_addReadingPushButton);
    entryRow->addStretch(1);
    grid->addLayout(entryRow, 0, 0, 1, 2);

    m_bpReadingsTableWidget = new QTableWidget(0, 3);
    m_bpReadingsTableWidget->setObjectName("bpReadingsTableWidget");
    m_bpReadingsTableWidget->setHorizontalHeaderLabels({tr("Reading"), tr("Blood pressure"), tr("Counts?")});
    m_bpReadingsTableWidget->verticalHeader()->hide();
    m_bpReadingsTableWidget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bpReadingsTableWidget->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bpReadingsTableWidget->setSelectionMode(QAbstractItemView::SingleSelection);
    m_bpReadingsTableWidget->setTabKeyNavigation(false);
    m_bpReadingsTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_bpReadingsTableWidget->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_bpReadingsTableWidget->horizontalHeader()->setStretchLastSection(true);
    // Room for four readings without scrolling; more than that is rare.
    const int rows = 4;
    const int tableHeight = m_bpReadingsTableWidget->horizontalHeader()->sizeHint().height()
        + rows * m_bpReadingsTableWidget->verticalHeader()->defaultSectionSize()
        + 2 * m_bpReadingsTableWidget->frameWidth() + 2;
    m_bpReadingsTableWidget->setFixedHeight(tableHeight);
    m_bpReadingsTableWidget->setToolTip(tr("Every reading is stored; the one marked counts as today's blood "
                                           "pressure. Delete removes the selected reading."));
    m_removeReadingPushButton = new QPushButton(tr("Re&move reading"));
    m_removeReadingPushButton->setObjectName("removeReadingPushButton");
    m_removeReadingPushButton->setAutoDefault(false);
    m_inputs.push_back(m_bpReadingsTableWidget);
    m_inputs.push_back(m_removeReadingPushButton);
    grid->addWidget(m_bpReadingsTableWidget, 1, 0, 1, 2);

    m_countedReadingLabel = noteLabel("countedReadingLabel", "");
    m_countedReadingLabel->setTextFormat(Qt::RichText);
    grid->addWidget(m_countedReadingLabel, 2, 0);
    grid->addWidget(m_removeReadingPushButton, 2, 1, Qt::AlignTop | Qt::AlignRight);
    addProblemRow(kBp, {"bp-reading", "blood-pressure"}, {m_systolicLineEdit, m_diastolicLineEdit}, grid, 3, 0, 2);
    grid->setColumnStretch(0, 1);

    connect(m_addReadingPushButton, &QPushButton::clicked, this, &SurveillanceForm::addReading);
    connect(m_removeReadingPushButton, &QPushButton::clicked, this, &SurveillanceForm::removeReading);
    connect(m_systolicLineEdit, &QLineEdit::returnPressed, m_diastolicLineEdit,
            [this] { m_diastolicLineEdit->setFocus(); });
    connect(m_diastolicLineEdit, &QLineEdit::returnPressed, this, &SurveillanceForm::addReading);
    for (auto* edit : {m_systolicLineEdit, m_diastolicLineEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            m_touched.erase(kBpTyped); // still typing the reading: judge it when it is added or left
            revalidate();
        });
        // Moving between the two boxes and Add is still entering the reading.
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            QTimer::singleShot(0, this, [this] {
                auto* focus = QApplication::focusWidget();
                if (focus != m_systolicLineEdit && focus != m_diastolicLineEdit && focus != m_addReadingPushButton) {
                    m_touched.insert(kBpTyped);
                    onFieldLeft(kBp);
                }
            });
        });
    }
    auto* deleteShortcut = new QShortcut(QKeySequence::Delete, m_bpReadingsTableWidget);
    deleteShortcut->setContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &SurveillanceForm::removeReading);
    connect(m_bpReadingsTableWidget, &QTableWidget::itemSelectionChanged, this, [this] {
        m_removeReadingPushButton->setEnabled(!m_readOnly && !m_bpReadingsTableWidget->selectedItems().isEmpty());
    });
    return group;
}

QGroupBox* SurveillanceForm::buildSmoking()
{
    auto* group = new QGroupBox(tr("3. Smoking"));
    group->setObjectName("smokingGroupBox");
    auto* grid = new QGridLayout(group);
    m_smokingComboBox = categoryCombo("smoking", "smokingComboBox");
    m_smokingAdviceComboBox = categoryCombo("smoking-advice", "smokingAdviceComboBox");
    m_smokingFlagLabel = noteLabel("smokingFlagLabel", kFlagStyle);
    grid->addWidget(buddyLabel(tr("Smo&king status"), m_smokingComboBox), 0, 0);
    grid->addWidget(m_smokingComboBox, 0, 1);
    grid->addWidget(m_smokingFlagLabel, 0, 2);
    grid->addWidget(buddyLabel(tr("Ad&vice to stop"), m_smokingAdviceComboBox), 1, 0);
    grid->addWidget(m_smokingAdviceComboBox, 1, 1, 1, 2, Qt::AlignLeft);
    grid->setColumnStretch(2, 1);
    return group;
}

QGroupBox* SurveillanceForm::buildFeet()
{
    auto* group = new QGroupBox(tr("4. Feet"));
    group->setObjectName("feetGroupBox");
    auto* grid = new QGridLayout(group);
    m_footLeftComboBox = categoryCombo("foot-left", "footLeftComboBox");
    m_footRightComboBox = categoryCombo("foot-right", "footRightComboBox");
    m_footOverallLabel = noteLabel("footOverallLabel", "");
    m_footOverallLabel->setTextFormat(Qt::RichText);
    grid->addWidget(buddyLabel(tr("&Left foot"), m_footLeftComboBox), 0, 0);
    grid->addWidget(m_footLeftComboBox, 0, 1, Qt::AlignLeft);
    grid->addWidget(buddyLabel(tr("Ri&ght foot"), m_footRightComboBox), 1, 0);
    grid->addWidget(m_footRightComboBox, 1, 1, Qt::AlignLeft);
    grid->addWidget(m_footOverallLabel, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    return group;
}

QGroupBox* SurveillanceForm::buildEye()
{
    auto* group = new QGroupBox(tr("5. Eye screening"));
    group->setObjectName("eyeGroupBox");
    auto* grid = new QGridLayout(group);
    m_eyeComboBox = categoryCombo("eye", "eyeComboBox");
    m_eyeFlagLabel = noteLabel("eyeFlagLabel", kFlagStyle);
    grid->addWidget(buddyLabel(tr("E&ye screening"), m_eyeComboBox), 0, 0);
    grid->addWidget(m_eyeComboBox, 0, 1, Qt::AlignLeft);
    grid->addWidget(m_eyeFlagLabel, 1, 1);
    grid->setColumnStretch(1, 1);
    return group;
}

QGroupBox* SurveillanceForm::buildTests()
{
    auto* group = new QGroupBox(tr("6. Tests sent"));
    group->setObjectName("testsGroupBox");
    auto* layout = new QVBoxLayout(group);
    m_bloodsSentCheckBox = new QCheckBox(tr("&Bloods sent: HbA1c, cholesterol, creatinine and eGFR"));
    m_bloodsSentCheckBox->setObjectName("bloodsSentCheckBox");
    m_urineSentCheckBox = new QCheckBox(tr("Uri&ne sent: ACR (albumin:creatinine ratio)"));
    m_urineSentCheckBox->setObjectName("urineSentCheckBox");
    m_testsNoteLabel = noteLabel("testsNoteLabel");
    m_testsNoteLabel->hide();
    for (auto* box : {m_bloodsSentCheckBox, m_urineSentCheckBox}) {
        connect(box, &QCheckBox::toggled, this, [this] { revalidate(); });
        m_inputs.push_back(box);
        layout->addWidget(box);
    }
    layout->addWidget(m_testsNoteLabel);
    return group;
}

QGroupBox* SurveillanceForm::buildEducation()
{
    auto* group = new QGroupBox(tr("7. Structured education"));
    group->setObjectName("educationGroupBox");
    auto* grid = new QGridLayout(group);
    m_educationComboBox = categoryCombo("education", "educationComboBox");
    grid->addWidget(buddyLabel(tr("S&tructured education"), m_educationComboBox), 0, 0);
    grid->addWidget(m_educationComboBox, 0, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    return group;
}

QGroupBox* SurveillanceForm::buildCarePlanning()
{
    auto* group = new QGroupBox(tr("8. Care planning"));
    group->setObjectName("carePlanningGroupBox");
    auto* grid = new QGridLayout(group);
    m_carePlanningComboBox = categoryCombo("care-planning-explained", "carePlanningComboBox");
    grid->addWidget(buddyLabel(tr("Care planning e&xplained"), m_carePlanningComboBox), 0, 0);
    grid->addWidget(m_carePlanningComboBox, 0, 1, Qt::AlignLeft);
    grid->setColumnStretch(1, 1);
    return group;
}

void SurveillanceForm::setTabOrderInAppointmentOrder()
{
    auto row = [this](const QString& key) { return m_problemRows.at(key).get(); };
    const std::vector<QWidget*> chain = {
        m_weightLineEdit,        m_weightUnitComboBox,    row(kWeight)->suggestion,  row(kWeight)->confirm,
        m_heightLineEdit,        m_heightUnitComboBox,    row(kHeight)->suggestion,  row(kHeight)->confirm,
        row(kBmi)->suggestion,   row(kBmi)->confirm,      m_systolicLineEdit,        m_diastolicLineEdit,
        m_addReadingPushButton,  m_bpReadingsTableWidget, m_removeReadingPushButton, row(kBp)->suggestion,
        row(kBp)->confirm,       row(kOther)->suggestion, row(kOther)->confirm,      m_smokingComboBox,
        m_smokingAdviceComboBox, m_footLeftComboBox,      m_footRightComboBox,       m_eyeComboBox,
        m_bloodsSentCheckBox,    m_urineSentCheckBox,     m_educationComboBox,       m_carePlanningComboBox,
        m_saveLaterPushButton,   m_completePushButton,
    };
    for (std::size_t i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

// ---- opening and the entry ------------------------------------------------------------------

void SurveillanceForm::setStore(record::RecordStore* store)
{
    m_store = store;
    clear();
}

void SurveillanceForm::clear()
{
    m_patientId.clear();
    setEntry({});
    m_statusLabel->hide();
    setReadOnly(true, tr("Open a person to record their surveillance appointment."));
    updateHeader();
}

base::Status SurveillanceForm::openPatient(const std::string& patientId)
{
    if (!m_store)
        return base::Error::make(ErrorCode::NotLoggedIn);
    // The practice's target profile, or the person's agreed targets, decide what the form flags.
    auto catalogue = record::PracticeCatalogue::forPatient(*m_store, patientId);
    if (!catalogue)
        return catalogue.error();
    m_catalogue = *catalogue;
    auto patient = record::PatientRepository(*m_store).patient(patientId);
    if (!patient)
        return patient.error();
    SurveillanceRecorder recorder(*m_store);
    auto resumed = recorder.resume(patientId);
    if (!resumed)
        return resumed.error();
    auto completed = recorder.completedToday(patientId);
    m_patientId = patientId;
    m_higherRiskBackground = m_catalogue->higherRiskBackground(patient->value.ethnicity);
    m_statusLabel->hide();
    setEntry(*resumed);
    m_savedEntry = entry();
    if (completed && *completed) {
        m_statusLabel->setText(tr("This appointment was completed today. Changes you save now correct what was "
                                  "recorded."));
        m_statusLabel->setStyleSheet(kNoteStyle);
        m_statusLabel->show();
    }
    m_completePushButton->setVisible(!(completed && *completed));

    if (auto allowed = m_store->require(security::Permission::RecordObservation); !allowed) {
        const auto& user = m_store->currentUser();
        const QString role = user ? q(std::string(model::roleDisplay(user->role))) : tr("Not signed in");
        setReadOnly(true,
                    tr("Read only: your role (%1) may see this appointment but not record values. Ask a "
                       "colleague whose role records care-process values, such as the healthcare assistant.")
                        .arg(role));
    } else {
        setReadOnly(false, {});
    }
    updateHeader();
    revalidate(true);
    return {};
}

void SurveillanceForm::setEntry(const SurveillanceEntry& e)
{
    const QSignalBlocker blockWeight(m_weightUnitComboBox);
    const QSignalBlocker blockHeight(m_heightUnitComboBox);
    const auto* weight = m_catalogue ? m_catalogue->itemById("weight") : nullptr;
    const auto* height = m_catalogue ? m_catalogue->itemById("height") : nullptr;
    auto setNumber = [](QLineEdit* edit, QComboBox* unit, std::optional<double> v, const std::string& u,
                        const CareProcessCatalogue::Item* item) {
        edit->setText(v ? numberText(*v, item ? item->decimals + 1 : 1) : QString());
        const int i = u.empty() ? 0 : unit->findData(q(u));
        unit->setCurrentIndex(i < 0 ? 0 : i);
    };
    setNumber(m_weightLineEdit, m_weightUnitComboBox, e.weight, e.weightUnit, weight);
    setNumber(m_heightLineEdit, m_heightUnitComboBox, e.height, e.heightUnit, height);
    m_systolicLineEdit->clear();
    m_diastolicLineEdit->clear();
    m_readings = e.bloodPressure;
    std::vector<std::pair<QComboBox*, std::string>> combos = {
        {m_smokingComboBox, e.smoking},
        {m_smokingAdviceComboBox, e.smokingAdvice},
        {m_footLeftComboBox, e.footLeft},
        {m_footRightComboBox, e.footRight},
        {m_eyeComboBox, e.eyeScreening},
        {m_educationComboBox, e.education},
        {m_carePlanningComboBox, e.carePlanningExplained},
    };
    for (auto& [combo, code] : combos) {
        const QSignalBlocker block(combo);
        selectCode(combo, code);
    }
    m_bloodsAlreadySent = e.bloodsSent;
    m_urineAlreadySent = e.urineSent;
    for (auto& [box, sent] :
         {std::pair{m_bloodsSentCheckBox, e.bloodsSent}, std::pair{m_urineSentCheckBox, e.urineSent}}) {
        const QSignalBlocker block(box);
        box->setChecked(sent);
    }
    for (auto& [key, row] : m_problemRows) {
        const QSignalBlocker block(row->confirm);
        bool confirmed = false;
        for (const auto& id : row->ids)
            confirmed = confirmed || e.confirmedOutsideRange.count(id) > 0;
        row->confirm->setChecked(confirmed);
    }
    m_touched.clear();
    updateReadings();
}

SurveillanceEntry SurveillanceForm::entry() const
{
    SurveillanceEntry e;
    e.weight = number(m_weightLineEdit);
    e.weightUnit = s(m_weightUnitComboBox->currentData().toString());
    e.height = number(m_heightLineEdit);
    e.heightUnit = s(m_heightUnitComboBox->currentData().toString());
    e.bloodPressure = m_readings;
    e.smoking = s(comboCode(m_smokingComboBox));
    if (m_smokingAdviceComboBox->isEnabled() || m_readOnly)
        e.smokingAdvice = s(comboCode(m_smokingAdviceComboBox));
    e.footLeft = s(comboCode(m_footLeftComboBox));
    e.footRight = s(comboCode(m_footRightComboBox));
    e.eyeScreening = s(comboCode(m_eyeComboBox));
    e.bloodsSent = m_bloodsSentCheckBox->isChecked();
    e.urineSent = m_urineSentCheckBox->isChecked();
    e.education = s(comboCode(m_educationComboBox));
    e.carePlanningExplained = s(comboCode(m_carePlanningComboBox));
    for (const auto& [key, row] : m_problemRows)
        if (row->confirm->isChecked())
            for (const auto& id : row->ids)
                e.confirmedOutsideRange.insert(id);
    return e;
}

void SurveillanceForm::setReadOnly(bool readOnly, const QString& why)
{
    m_readOnly = readOnly;
    for (auto* w : m_inputs)
        w->setEnabled(!readOnly);
    m_readOnlyLabel->setText(why);
    m_readOnlyLabel->setVisible(readOnly && !why.isEmpty());
    if (!readOnly) {
        m_bloodsSentCheckBox->setEnabled(!m_bloodsAlreadySent);
        m_urineSentCheckBox->setEnabled(!m_urineAlreadySent);
        m_removeReadingPushButton->setEnabled(!m_bpReadingsTableWidget->selectedItems().isEmpty());
    }
    updateSmoking();
    if (readOnly) {
        m_saveLaterPushButton->setEnabled(false);
        m_completePushButton->setEnabled(false);
    }
}

void SurveillanceForm::updateHeader()
{
    QString who = tr("nobody is signed in");
    if (m_store && m_store->currentUser())
        who = tr("%1 (%2)").arg(q(m_store->currentUser()->displayName),
                                q(std::string(model::roleDisplay(m_store->currentUser()->role))));
    const QString day = m_store ? q(m_store->clock().today().display()) : QString();
    m_headerLabel->setText(tr("<b style='font-size:13pt'>Surveillance appointment</b> &nbsp; %1 &nbsp;·&nbsp; "
                              "Recording: <b>%2</b>")
                               .arg(day.toHtmlEscaped(), who.toHtmlEscaped()));
}

// ---- checking -------------------------------------------------------------------------------

QString SurveillanceForm::describe(const base::Error& error, bool confirmable) const
{
    base::Error worded = error;
    const auto* item = m_catalogue ? m_catalogue->itemById(error.field) : nullptr;
    if (item)
        worded.field = item->name;
    // A reading that confirming would not let through has its top number at or below the
    // bottom one; ErrorText would call it out of range, which sends the HCA to the wrong check.
    if (item && item->kind == CareProcessCatalogue::Item::Kind::Pair && error.code == ErrorCode::ImplausibleValue
        && !confirmable)
        return tr("The reading %1 has its top number (systolic) no higher than its bottom number (diastolic). "
                  "Check the reading and type it again.")
            .arg(q(error.value));
    return ErrorText::describe(worded);
}

std::vector<base::Error> SurveillanceForm::typedReadingProblems(const std::set<std::string>& confirmed) const
{
    const auto sys = number(m_systolicLineEdit);
    const auto dia = number(m_diastolicLineEdit);
    if (!m_store || !sys || !dia)
        return {};
    SurveillanceEntry probe;
    probe.bloodPressure = {{*sys, *dia}};
    probe.confirmedOutsideRange = confirmed;
    std::vector<base::Error> out;
    for (auto& e : SurveillanceRecorder(*m_store).validate(probe))
        if (e.field == "bp-reading")
            out.push_back(std::move(e));
    return out;
}

void SurveillanceForm::onFieldLeft(const QString& key)
{
    m_touched.insert(key);
    if (key == kWeight || key == kHeight)
        m_touched.insert(kBmi);
    revalidate();
}

void SurveillanceForm::revalidate(bool everything)
{
    updateSmoking();
    updateReadings();
    updateFeet();
    updateFlags();
    if (!m_store || m_patientId.empty()) {
        for (auto& [key, row] : m_problemRows) {
            row->label->hide();
            row->suggestion->hide();
            row->confirm->hide();
        }
        updateBmi({});
        m_problemsSummaryLabel->hide();
        m_saveLaterPushButton->setEnabled(false);
        m_completePushButton->setEnabled(false);
        return;
    }
    SurveillanceRecorder recorder(*m_store);
    const SurveillanceEntry current = entry();
    const auto problems = recorder.validate(current);
    SurveillanceEntry unconfirmed = current;
    unconfirmed.confirmedOutsideRange.clear();
    const auto outside = recorder.validate(unconfirmed); // what is outside its range, confirmed or not

    // The reading typed into the two boxes but not added to the table yet.
    const auto sys = number(m_systolicLineEdit);
    const auto dia = number(m_diastolicLineEdit);
    const bool typing = sys || dia;
    const auto typedProblems = typedReadingProblems(current.confirmedOutsideRange);
    if (everything && typing)
        m_touched.insert(kBpTyped);

    int total = 0;
    int shown = 0;
    QStringList unshown;
    for (auto& [key, row] : m_problemRows) {
        const QString rowKey = key;
        const ProblemRow* self = row.get();
        auto belongs = [&](const base::Error& e) {
            auto in
                = [&](const ProblemRow& r) { return std::find(r.ids.begin(), r.ids.end(), e.field) != r.ids.end(); };
            if (rowKey == kOther)
                return std::none_of(m_problemRows.begin(), m_problemRows.end(),
                                    [&](const auto& other) { return in(*other.second); });
            return in(*self);
        };
        std::vector<base::Error> mine;
        for (const auto& e : problems)
            if (belongs(e))
                mine.push_back(e);
        // Would ticking "Value is correct" let this one through?
        auto clearedByConfirming = [&](const SurveillanceEntry& start, const base::Error& e) {
            if (e.code != ErrorCode::ImplausibleValue && e.code != ErrorCode::LikelyWrongUnit)
                return false;
            SurveillanceEntry probe = start;
            for (const auto& id : self->ids)
                probe.confirmedOutsideRange.insert(id);
            const auto after = recorder.validate(probe);
            return std::none_of(after.begin(), after.end(), [&](const base::Error& a) {
                return a.field == e.field && a.value == e.value && a.code == e.code;
            });
        };
        std::vector<QWidget*> outlined = row->outlined;
        if (key == kBp) {
            // The counted reading is one of the readings: say each problem once.
            if (std::any_of(mine.begin(), mine.end(), [](const base::Error& e) { return e.field == "bp-reading"; }))
                mine.erase(std::remove_if(mine.begin(), mine.end(),
                                          [](const base::Error& e) { return e.field == "blood-pressure"; }),
                           mine.end());
            outlined.clear();
            if (!mine.empty())
                outlined.push_back(m_bpReadingsTableWidget);
        }
        QStringList words;
        bool confirmable = !mine.empty();
        for (const auto& e : mine) {
            const bool clears = clearedByConfirming(current, e);
            confirmable = confirmable && clears;
            words << describe(e, clears);
        }
        int count = static_cast<int>(mine.size());
        bool typedShown = false;
        if (key == kBp && typing) {
            QStringList typedWords;
            if (!sys || !dia) {
                typedWords << tr("Type both numbers of the reading, then press Add reading.");
            } else if (!typedProblems.empty()) {
                SurveillanceEntry typedProbe;
                typedProbe.bloodPressure = {{*sys, *dia}};
                typedProbe.confirmedOutsideRange = current.confirmedOutsideRange;
                bool allClear = true;
                for (const auto& e : typedProblems) {
                    const bool clears = clearedByConfirming(typedProbe, e);
                    allClear = allClear && clears;
                    typedWords << describe(e, clears);
                }
                confirmable = (mine.empty() || confirmable) && allClear;
            } else {
                typedWords << tr("The reading %1/%2 mmHg is typed but not added yet: press Add reading, or clear it.")
                                  .arg(*sys)
                                  .arg(*dia);
            }
            count += 1;
            if (m_touched.count(kBpTyped)) {
                typedShown = true;
                words = typedWords + words;
                outlined.push_back(m_systolicLineEdit);
                outlined.push_back(m_diastolicLineEdit);
            }
        }
        if (everything && count > 0)
            m_touched.insert(key);
        total += count;
        const bool visible = key == kBp ? (!mine.empty() && m_touched.count(key)) || typedShown
                                        : count > 0 && (m_touched.count(key) || key == kOther);
        if (visible)
            shown += count;
        else if (count > 0)
            for (const auto& id : row->ids)
                if (const auto* item = m_catalogue->itemById(id)) {
                    unshown << q(item->name).toLower();
                    break;
                }

        // A likely wrong unit gets a one-click fix.
        row->suggestion->hide();
        row->suggestedText.clear();
        for (const auto& e : mine) {
            if (e.code != ErrorCode::LikelyWrongUnit || e.hint.empty() || (key != kWeight && key != kHeight))
                continue;
            const auto space = e.hint.find(' ');
            row->suggestedText = q(e.hint.substr(0, space));
            row->suggestedUnit = space == std::string::npos ? std::string() : e.hint.substr(space + 1);
            row->suggestion->setText(tr("&Use %1").arg(q(e.hint)));
            row->suggestion->setVisible(visible);
            break;
        }
        // "Value is correct" stays ticked while the value is still outside its range.
        const bool stillOutside
            = std::any_of(outside.begin(), outside.end(), belongs) || (key == kBp && !typedReadingProblems({}).empty());
        if (row->confirm->isChecked() && !stillOutside) {
            const QSignalBlocker block(row->confirm);
            row->confirm->setChecked(false);
        }
        row->confirm->setVisible((visible && confirmable) || row->confirm->isChecked());

        if (row->confirm->isChecked() && words.isEmpty()) {
            QString range;
            for (const auto& id : row->ids)
                if (const auto* item = m_catalogue->itemById(id)) {
                    range = q(item->rangeText());
                    break;
                }
            row->label->setText(tr("Outside the usual range (%1): recorded as checked and correct.").arg(range));
            row->label->setStyleSheet(kConfirmedStyle);
            row->label->show();
        } else {
            row->label->setText(words.join('\n'));
            row->label->setStyleSheet(kErrorStyle);
            row->label->setVisible(visible);
        }
        for (auto* w : row->outlined)
            w->setStyleSheet(w == m_bmiValueLabel ? QString::fromLatin1(kBmiStyle) : QString());
        if (key == kBp)
            m_bpReadingsTableWidget->setStyleSheet(QString());
        if (visible)
            for (auto* w : outlined)
                w->setStyleSheet(QString::fromLatin1(w == m_bmiValueLabel ? kBmiOutlined : kOutline));
    }
    updateBmi(problems);

    // Saving waits for every problem, shown or not yet.
    if (total == 0 || m_readOnly)
        m_problemsSummaryLabel->clear();
    else if (shown > 0)
        m_problemsSummaryLabel->setText(
            total == 1 ? tr("Saving is off until the problem shown in red is put right.")
                       : tr("Saving is off until the %1 problems shown in red are put right.").arg(total));
    else
        m_problemsSummaryLabel->setText(
            tr("Check the %1 before saving: press Tab to leave the field.").arg(unshown.join(tr(", "))));
    m_problemsSummaryLabel->setVisible(!m_problemsSummaryLabel->text().isEmpty());
    const bool ok = total == 0 && !m_readOnly;
    m_saveLaterPushButton->setEnabled(ok);
    m_completePushButton->setEnabled(ok);
}

void SurveillanceForm::updateBmi(const std::vector<base::Error>& problems)
{
    m_bmiBandLabel->clear();
    const auto* bmi = m_catalogue ? m_catalogue->itemById("bmi") : nullptr;
    const auto* weightItem = m_catalogue ? m_catalogue->itemById("weight") : nullptr;
    const auto* heightItem = m_catalogue ? m_catalogue->itemById("height") : nullptr;
    if (!bmi || !weightItem || !heightItem) {
        m_bmiValueLabel->setText(tr("—"));
        return;
    }
    const SurveillanceEntry e = entry();
    // Converted to kg and cm as the recorder stores them, then the recorder's own rounding.
    auto stored = [&](const CareProcessCatalogue::Item& item, std::optional<double> v,
                      const std::string& unit) -> std::optional<double> {
        if (!v)
            return std::nullopt;
        auto checked = clinical::ValueCheck::check(item, {v, std::nullopt, {}, unit}, true);
        if (!checked)
            return std::nullopt;
        return checked->value;
    };
    const auto w = stored(*weightItem, e.weight, e.weightUnit);
    const auto h = stored(*heightItem, e.height, e.heightUnit);
    const bool problem = std::any_of(problems.begin(), problems.end(),
                                     [](const base::Error& x) { return x.field == "weight" || x.field == "height"; });
    if (!w || !h || *h <= 0 || problem) {
        m_bmiValueLabel->setText(tr("— kg/m²"));
        m_bmiBandLabel->setText(problem ? tr("Worked out when weight and height are right")
                                        : tr("Worked out from weight and height"));
        return;
    }
    const double value = surveillance::SurveillanceRecorder::bmiFrom(*w, *h);
    m_bmiValueLabel->setText(q(bmi->formatValue(value, std::nullopt, {})));
    if (auto flag = bmi->flagFor(value, std::nullopt, {}, m_higherRiskBackground)) {
        m_bmiBandLabel->setText(q(*flag));
        m_bmiBandLabel->setStyleSheet(kFlagStyle);
    } else {
        m_bmiBandLabel->setText(tr("Healthy weight range"));
        m_bmiBandLabel->setStyleSheet(kNoteStyle);
    }
    if (m_higherRiskBackground)
        m_bmiBandLabel->setText(m_bmiBandLabel->text() + tr(" (lower thresholds for this family background)"));
}

void SurveillanceForm::updateReadings()
{
    const auto* reading = m_catalogue ? m_catalogue->itemById("bp-reading") : nullptr;
    const auto* bp = m_catalogue ? m_catalogue->itemById("blood-pressure") : nullptr;
    auto text = [&](const BloodPressureReading& r) {
        return reading ? q(reading->formatValue(r.systolic, r.diastolic, {}))
                       : QString("%1/%2").arg(r.systolic).arg(r.diastolic);
    };
    const int n = static_cast<int>(m_readings.size());
    int counted = -1;
    if (auto c = SurveillanceRecorder::countedReading(m_readings)) {
        for (int i = std::max(0, n - 2); i < n; ++i)
            if (m_readings[i].systolic == c->systolic && m_readings[i].diastolic == c->diastolic) {
                counted = i;
                break;
            }
    }
    const int selected = m_bpReadingsTableWidget->currentRow();
    m_bpReadingsTableWidget->setRowCount(n);
    for (int i = 0; i < n; ++i) {
        auto* number = new QTableWidgetItem(tr("%1").arg(i + 1));
        auto* value = new QTableWidgetItem(text(m_readings[i]));
        QString why;
        if (i == counted)
            why = tr("✔ Counts");
        else if (i >= n - 2)
            why = tr("Not counted: higher of the last two");
        else
            why = tr("Not counted: earlier reading (stored)");
        auto* counts = new QTableWidgetItem(why);
        QFont font = m_bpReadingsTableWidget->font();
        font.setBold(i == counted);
        for (auto* item : {number, value, counts}) {
            item->setFont(font);
            if (i != counted)
                item->setForeground(QColor(0x4c, 0x62, 0x72));
            else
                item->setBackground(QColor(0xe8, 0xf4, 0xea));
        }
        m_bpReadingsTableWidget->setItem(i, 0, number);
        m_bpReadingsTableWidget->setItem(i, 1, value);
        m_bpReadingsTableWidget->setItem(i, 2, counts);
    }
    if (selected >= 0 && selected < n)
        m_bpReadingsTableWidget->selectRow(selected);
    if (counted < 0) {
        m_countedReadingLabel->setText(tr("No reading yet. Add each reading as you take it; if you take more "
                                          "than one, the lower of the last two counts."));
        m_countedReadingLabel->setStyleSheet(kNoteStyle);
        return;
    }
    QString why;
    if (n == 1)
        why = tr("the only reading so far");
    else if (n == 2)
        why = tr("the lower of the two readings");
    else
        why = tr("the lower of the last two readings (%1 and %2); earlier ones are stored, not counted")
                  .arg(n - 1)
                  .arg(n);
    QString flag;
    if (bp)
        if (auto f = bp->flagFor(m_readings[counted].systolic, m_readings[counted].diastolic, {}))
            flag = QString("<br><span style='color:#7a4d00; font-weight:bold'>%1</span>").arg(q(*f).toHtmlEscaped());
    m_countedReadingLabel->setStyleSheet(QString());
    m_countedReadingLabel->setText(tr("Counts as today's blood pressure: <b>%1</b> (reading %2), %3.%4")
                                       .arg(text(m_readings[counted]).toHtmlEscaped())
                                       .arg(counted + 1)
                                       .arg(why.toHtmlEscaped(), flag));
}

void SurveillanceForm::updateSmoking()
{
    const auto* smoking = m_catalogue ? m_catalogue->itemById("smoking") : nullptr;
    const std::string code = s(comboCode(m_smokingComboBox));
    std::optional<std::string> flag;
    if (smoking && !code.empty())
        flag = smoking->flagFor(std::nullopt, std::nullopt, code);
    m_smokingFlagLabel->setText(flag ? q(*flag) : QString());
    // Advice to stop goes with a current smoker: the smoking item flags exactly that status.
    const bool smokes = flag.has_value();
    m_smokingAdviceComboBox->setEnabled(smokes && !m_readOnly);
    if (!smokes && !m_readOnly && m_smokingAdviceComboBox->currentIndex() != 0) {
        const QSignalBlocker block(m_smokingAdviceComboBox);
        m_smokingAdviceComboBox->setCurrentIndex(0);
    }
}

void SurveillanceForm::updateFeet()
{
    const auto* risk = m_catalogue ? m_catalogue->itemById("foot-risk") : nullptr;
    const std::string left = s(comboCode(m_footLeftComboBox));
    const std::string right = s(comboCode(m_footRightComboBox));
    if (!risk || (left.empty() && right.empty())) {
        m_footOverallLabel->setText(tr("Overall foot risk: not recorded yet"));
        m_footOverallLabel->setStyleSheet(kNoteStyle);
        return;
    }
    // The catalogue lists the risk categories from lowest to highest.
    auto rank = [&](const std::string& code) {
        for (std::size_t i = 0; i < risk->options.size(); ++i)
            if (risk->options[i].code == code)
                return static_cast<int>(i);
        return -1;
    };
    const std::string higher = rank(left) >= rank(right) ? left : right;
    const bool both = !left.empty() && !right.empty();
    QString text = tr("Overall foot risk: <b>%1</b> (%2)")
                       .arg(q(risk->formatValue(std::nullopt, std::nullopt, higher)).toHtmlEscaped(),
                            both ? tr("the higher of the two feet") : tr("one foot examined so far"));
    if (auto flag = risk->flagFor(std::nullopt, std::nullopt, higher))
        text += QString("<br><span style='color:#7a4d00; font-weight:bold'>%1</span>").arg(q(*flag).toHtmlEscaped());
    m_footOverallLabel->setStyleSheet(QString());
    m_footOverallLabel->setText(text);
}

void SurveillanceForm::updateFlags()
{
    const auto* eye = m_catalogue ? m_catalogue->itemById("eye") : nullptr;
    const std::string code = s(comboCode(m_eyeComboBox));
    std::optional<std::string> flag;
    if (eye && !code.empty())
        flag = eye->flagFor(std::nullopt, std::nullopt, code);
    m_eyeFlagLabel->setText(flag ? q(*flag) : QString());
    m_eyeFlagLabel->setVisible(flag.has_value());
    QStringList sent;
    if (m_bloodsAlreadySent)
        sent << tr("bloods");
    if (m_urineAlreadySent)
        sent << tr("urine");
    m_testsNoteLabel->setText(
        tr("Already sent today: %1. The requests are waiting for the results.").arg(sent.join(tr(" and "))));
    m_testsNoteLabel->setVisible(!sent.isEmpty());
}

// ---- actions --------------------------------------------------------------------------------

void SurveillanceForm::addReading()
{
    if (m_readOnly)
        return;
    m_touched.insert(kBp);
    const auto sys = number(m_systolicLineEdit);
    const auto dia = number(m_diastolicLineEdit);
    if (!sys || !dia || !typedReadingProblems(entry().confirmedOutsideRange).empty()) {
        m_touched.insert(kBpTyped);
        revalidate();
        (sys ? m_diastolicLineEdit : m_systolicLineEdit)->setFocus();
        return;
    }
    m_readings.push_back({*sys, *dia});
    m_systolicLineEdit->clear();
    m_diastolicLineEdit->clear();
    revalidate();
    m_systolicLineEdit->setFocus();
}

void SurveillanceForm::removeReading()
{
    if (m_readOnly)
        return;
    const int row = m_bpReadingsTableWidget->currentRow();
    if (row < 0 || row >= static_cast<int>(m_readings.size()))
        return;
    m_readings.erase(m_readings.begin() + row);
    m_bpReadingsTableWidget->clearSelection();
    m_touched.insert(kBp);
    revalidate();
}

void SurveillanceForm::applySuggestion(ProblemRow* row)
{
    if (row->suggestedText.isEmpty())
        return;
    QLineEdit* edit = nullptr;
    QComboBox* unit = nullptr;
    if (row == m_problemRows.at(kWeight).get()) {
        edit = m_weightLineEdit;
        unit = m_weightUnitComboBox;
    } else if (row == m_problemRows.at(kHeight).get()) {
        edit = m_heightLineEdit;
        unit = m_heightUnitComboBox;
    }
    if (!edit)
        return;
    {
        const QSignalBlocker block(unit);
        const int i = unit->findText(q(row->suggestedUnit));
        unit->setCurrentIndex(i < 0 ? 0 : i);
    }
    edit->setText(row->suggestedText);
    revalidate();
    edit->setFocus();
}

bool SurveillanceForm::hasUnsavedChanges() const
{
    if (m_readOnly || !m_store || m_patientId.empty())
        return false;
    const bool readingTyped
        = !m_systolicLineEdit->text().trimmed().isEmpty() || !m_diastolicLineEdit->text().trimmed().isEmpty();
    return readingTyped || !(entry() == m_savedEntry);
}

bool SurveillanceForm::saveForLater()
{
    return save(false);
}

bool SurveillanceForm::save(bool complete)
{
    if (m_readOnly || !m_store || m_patientId.empty())
        return false;
    revalidate(true);
    if (!m_saveLaterPushButton->isEnabled())
        return false;
    auto result = SurveillanceRecorder(*m_store).save(m_patientId, entry(), complete);
    if (!result) {
        m_statusLabel->setStyleSheet(kErrorStyle);
        m_statusLabel->setText(ErrorText::describe(result.error()));
        m_statusLabel->show();
        return false;
    }
    m_savedEntry = entry();
    const auto& saved = *result;
    QStringList parts;
    if (saved.observations == 0 && saved.requests == 0 && !saved.completed)
        parts << tr("Nothing new to save: everything shown was already saved");
    else
        parts << (saved.observations == 1 ? tr("1 value saved") : tr("%1 values saved").arg(saved.observations));
    if (saved.corrections > 0)
        parts << (saved.corrections == 1 ? tr("1 earlier value from today corrected")
                                         : tr("%1 earlier values from today corrected").arg(saved.corrections));
    if (saved.requests > 0)
        parts << (saved.requests == 1 ? tr("1 test sent") : tr("%1 tests sent").arg(saved.requests));
    if (saved.bmi)
        if (const auto* bmi = m_catalogue->itemById("bmi"))
            parts << tr("BMI %1").arg(q(bmi->formatValue(saved.bmi, std::nullopt, {})));
    const QString when = QDateTime::fromMSecsSinceEpoch(m_store->clock().nowMillis()).toString("HH:mm");
    QString text = tr("Saved at %1: %2.").arg(when, parts.join(tr(", ")));
    text += saved.completed ? tr(" Appointment completed.") : tr(" Open this person again to finish later.");
    m_statusLabel->setStyleSheet("background: #e8f4ea; color: #1e4620; border-left: 6px solid #007f3b; "
                                 "padding: 6px; font-weight: bold;");
    m_statusLabel->setText(text);
    m_statusLabel->show();
    m_bloodsAlreadySent = m_bloodsAlreadySent || m_bloodsSentCheckBox->isChecked();
    m_urineAlreadySent = m_urineAlreadySent || m_urineSentCheckBox->isChecked();
    m_bloodsSentCheckBox->setEnabled(!m_bloodsAlreadySent);
    m_urineSentCheckBox->setEnabled(!m_urineAlreadySent);
    if (saved.completed)
        m_completePushButton->hide();
    updateFlags();
    emit this->saved(saved.completed);
    return true;
}

} // namespace carehouse::ui
