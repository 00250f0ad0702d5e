#include "ui/QuestionnaireForm.h"

#include "core/base/CivilDate.h"
#include "core/questionnaire/ResponseRecorder.h"
#include "core/questionnaire/Scorer.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace carehouse::ui {

using questionnaire::AnswerMap;
using questionnaire::AnswerValue;
using questionnaire::FormModel;
using questionnaire::Item;
using questionnaire::ItemType;
using questionnaire::Response;

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString name(const char* prefix, const std::string& linkId)
{
    return QStringLiteral("%1_%2").arg(QLatin1String(prefix), q(linkId));
}

QString formatScore(double v)
{
    return QLocale().toString(v, 'g', 6);
}

} // namespace

QuestionnaireForm::QuestionnaireForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName("questionnaireForm");
    m_titleLabel = new QLabel(this);
    m_titleLabel->setObjectName("questionnaireTitleLabel");
    QFont titleFont = m_titleLabel->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_titleLabel->setFont(titleFont);
    m_titleLabel->setWordWrap(true);
    m_descriptionLabel = new QLabel(this);
    m_descriptionLabel->setObjectName("questionnaireDescriptionLabel");
    m_descriptionLabel->setWordWrap(true);
    m_banner = new MessageBanner(this);
    m_banner->setObjectName("questionnaireMessageBanner");

    m_scrollArea = new QScrollArea(this);
    m_scrollArea->setObjectName("questionnaireScrollArea");
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);

    m_completedByComboBox = new QComboBox(this);
    m_completedByComboBox->setObjectName("completedByComboBox");
    m_completedByComboBox->addItem(tr("The person themselves (on paper or on screen)"),
                                   static_cast<int>(Response::CompletedBy::Person));
    m_completedByComboBox->addItem(tr("Staff, asking the person and answering for them"),
                                   static_cast<int>(Response::CompletedBy::Staff));
    m_completedOnDateEdit = new QDateEdit(this);
    m_completedOnDateEdit->setObjectName("completedOnDateEdit");
    m_completedOnDateEdit->setDisplayFormat("dd-MMM-yyyy");
    m_completedOnDateEdit->setCalendarPopup(true);
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName("questionnaireScoreLabel");
    m_scoreLabel->setWordWrap(true);
    m_saveButton = new QPushButton(tr("Save answers"), this);
    m_saveButton->setObjectName("saveQuestionnaireButton");
    m_saveButton->setShortcut(QKeySequence::Save);
    m_saveButton->setToolTip(tr("Save the answers (Ctrl+S)"));
    m_closeButton = new QPushButton(tr("Close without saving"), this);
    m_closeButton->setObjectName("closeQuestionnaireButton");
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_closeButton, &QPushButton::clicked, this, &QuestionnaireForm::closeRequested);
    connect(m_completedByComboBox, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_building)
            m_dirty = true;
    });
    connect(m_completedOnDateEdit, &QDateEdit::dateChanged, this, [this] {
        if (!m_building)
            m_dirty = true;
    });

    auto* who = new QHBoxLayout;
    auto* byLabel = new QLabel(tr("Completed by"), this);
    byLabel->setBuddy(m_completedByComboBox);
    auto* onLabel = new QLabel(tr("on"), this);
    onLabel->setBuddy(m_completedOnDateEdit);
    who->addWidget(byLabel);
    who->addWidget(m_completedByComboBox);
    who->addWidget(onLabel);
    who->addWidget(m_completedOnDateEdit);
    who->addStretch(1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_scoreLabel, 1);
    buttons->addWidget(m_closeButton);
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_descriptionLabel);
    layout->addWidget(m_banner);
    layout->addWidget(m_scrollArea, 1);
    layout->addLayout(who);
    layout->addLayout(buttons);
}

QuestionnaireForm::~QuestionnaireForm() = default;

void QuestionnaireForm::setStore(record::RecordStore* store)
{
    m_store = store;
}

QString QuestionnaireForm::title() const
{
    return m_definition ? q(m_definition->definition.questionnaire.displayTitle()) : QString();
}

void QuestionnaireForm::start(const std::string& patientId, questionnaire::QuestionnaireLibrary::Found found)
{
    clear();
    m_patientId = patientId;
    m_definition = std::make_unique<questionnaire::QuestionnaireLibrary::Found>(std::move(found));
    build();
}

void QuestionnaireForm::clear()
{
    m_rows.clear();
    m_model.reset();
    if (auto* old = m_scrollArea->takeWidget())
        old->deleteLater();
    m_itemsWidget = nullptr;
    m_itemsLayout = nullptr;
    m_definition.reset();
    m_patientId.clear();
    m_dirty = false;
    m_banner->clearMessage();
    m_titleLabel->clear();
    m_descriptionLabel->clear();
    m_scoreLabel->clear();
}

void QuestionnaireForm::build()
{
    m_building = true;
    const auto& definition = m_definition->definition.questionnaire;
    m_titleLabel->setText(q(definition.displayTitle()));
    // The definition's description is written for whoever maintains it, not for the person filling it in.
    m_descriptionLabel->hide();
    m_model = FormModel::build(definition);

    m_itemsWidget = new QWidget;
    m_itemsWidget->setObjectName("questionnaireItemsWidget");
    m_itemsLayout = new QVBoxLayout(m_itemsWidget);
    m_itemsLayout->setSpacing(10);
    m_rows.resize(m_model->rows().size());
    for (std::size_t i = 0; i < m_model->rows().size(); ++i) {
        auto* row = buildRow(m_model->rows()[i], m_rows[i]);
        m_itemsLayout->addWidget(row);
    }
    m_itemsLayout->addStretch(1);
    m_scrollArea->setWidget(m_itemsWidget);

    const auto today = m_store ? m_store->clock().today() : base::CivilDate();
    const QDate todayDate(today.year(), today.month(), today.day());
    m_completedOnDateEdit->setMaximumDate(todayDate);
    m_completedOnDateEdit->setDate(todayDate);
    m_completedByComboBox->setCurrentIndex(0);
    refreshEnabled();
    updateScore();
    m_dirty = false;
    m_building = false;
}

QWidget* QuestionnaireForm::buildRow(const FormModel::Row& r, RowWidgets& w)
{
    const Item& item = *r.item;
    w.item = &item;
    auto* row = new QWidget(m_itemsWidget);
    row->setObjectName(name("questionRow", item.linkId));
    w.row = row;
    auto* layout = new QVBoxLayout(row);
    layout->setContentsMargins(18 * r.depth, 0, 0, 0);
    layout->setSpacing(4);

    auto* label = new QLabel(q(r.label), row);
    label->setObjectName(name("questionLabel", item.linkId));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    if (item.type == ItemType::Group) {
        QFont f = label->font();
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        label->setFont(f);
    } else if (r.answerable) {
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        if (item.required)
            label->setText(tr("%1 (needs an answer)").arg(q(r.label)));
    }
    layout->addWidget(label);

    const auto changed = [this, &w] {
        if (w.problem)
            w.problem->hide();
        answerChanged();
    };
    switch (item.type) {
    case ItemType::Group:
    case ItemType::Display: break;
    case ItemType::Unsupported: {
        auto* note = new QLabel(
            tr("CareHouse cannot take answers to this kind of question (%1). Leave it empty.").arg(q(item.fhirType)),
            row);
        note->setWordWrap(true);
        note->setEnabled(false);
        layout->addWidget(note);
        break;
    }
    case ItemType::Boolean: {
        auto* options = new QHBoxLayout;
        w.buttons = new QButtonGroup(row);
        int id = 0;
        for (const QString& text : {tr("Yes"), tr("No")}) {
            auto* b = new QRadioButton(text, row);
            b->setObjectName(QStringLiteral("answer_%1_%2").arg(q(item.linkId)).arg(id));
            w.buttons->addButton(b, id++);
            options->addWidget(b);
        }
        options->addStretch(1);
        layout->addLayout(options);
        connect(w.buttons, &QButtonGroup::idClicked, this, changed);
        break;
    }
    case ItemType::Choice:
    case ItemType::OpenChoice: {
        // A scored option says its score, as the paper copy's column does.
        auto optionText = [&](std::size_t i) {
            const auto& o = item.options[i];
            return o.score ? tr("%1 (%2)").arg(q(r.optionLabels[i]), formatScore(*o.score)) : q(r.optionLabels[i]);
        };
        // Short option lists sit on one line; long ones (the agenda's topics) in a column.
        QBoxLayout* options = item.options.size() <= 5 ? static_cast<QBoxLayout*>(new QHBoxLayout)
                                                       : static_cast<QBoxLayout*>(new QVBoxLayout);
        options->setContentsMargins(12, 0, 0, 0);
        if (item.repeats) {
            for (std::size_t i = 0; i < item.options.size(); ++i) {
                auto* c = new QCheckBox(optionText(i), row);
                c->setObjectName(QStringLiteral("answer_%1_%2").arg(q(item.linkId)).arg(i));
                connect(c, &QCheckBox::toggled, this, changed);
                w.checks.push_back(c);
                options->addWidget(c, 0, Qt::AlignLeft);
            }
        } else {
            w.buttons = new QButtonGroup(row);
            for (std::size_t i = 0; i < item.options.size(); ++i) {
                auto* b = new QRadioButton(optionText(i), row);
                b->setObjectName(QStringLiteral("answer_%1_%2").arg(q(item.linkId)).arg(i));
                w.buttons->addButton(b, static_cast<int>(i));
                options->addWidget(b, 0, Qt::AlignLeft);
            }
            connect(w.buttons, &QButtonGroup::idClicked, this, changed);
        }
        if (item.type == ItemType::OpenChoice) {
            w.line = new QLineEdit(row);
            w.line->setObjectName(name("answer", item.linkId) + "_other");
            w.line->setPlaceholderText(tr("Something else, in the person's words"));
            connect(w.line, &QLineEdit::textEdited, this, changed);
            options->addWidget(w.line);
        }
        if (auto* h = qobject_cast<QHBoxLayout*>(options))
            h->addStretch(1);
        layout->addLayout(options);
        break;
    }
    case ItemType::Text: {
        w.text = new QPlainTextEdit(row);
        w.text->setObjectName(name("answer", item.linkId));
        w.text->setTabChangesFocus(true);
        w.text->setFixedHeight(w.text->fontMetrics().lineSpacing() * 4 + 12);
        connect(w.text, &QPlainTextEdit::textChanged, this, [this, changed] {
            if (!m_building)
                changed();
        });
        layout->addWidget(w.text);
        break;
    }
    case ItemType::String:
    case ItemType::Integer:
    case ItemType::Decimal:
    case ItemType::Date: {
        w.line = new QLineEdit(row);
        w.line->setObjectName(name("answer", item.linkId));
        if (item.type == ItemType::Date)
            w.line->setPlaceholderText(tr("day/month/year, e.g. 14/07/2026"));
        else if (item.type == ItemType::Integer)
            w.line->setPlaceholderText(tr("a whole number"));
        else if (item.type == ItemType::Decimal)
            w.line->setPlaceholderText(tr("a number"));
        if (item.maxLength)
            w.line->setMaxLength(*item.maxLength);
        if (item.type != ItemType::String)
            w.line->setMaximumWidth(220);
        connect(w.line, &QLineEdit::textEdited, this, changed);
        layout->addWidget(w.line);
        break;
    }
    }

    w.problem = new QLabel(row);
    w.problem->setObjectName(name("problem", item.linkId));
    w.problem->setWordWrap(true);
    w.problem->setStyleSheet("color: #b01c1c; font-weight: bold; border-left: 4px solid #b01c1c; padding-left: 6px;");
    w.problem->hide();
    layout->addWidget(w.problem);
    return row;
}

Response QuestionnaireForm::collect() const
{
    Response r;
    if (!m_model)
        return r;
    const auto& rows = m_model->rows();
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (!rows[i].enabled || !rows[i].answerable)
            continue;
        const auto& w = m_rows[i];
        const Item& item = *w.item;
        std::vector<AnswerValue> values;
        switch (item.type) {
        case ItemType::Boolean:
            if (w.buttons->checkedId() >= 0)
                values.push_back(AnswerValue::ofBoolean(w.buttons->checkedId() == 0));
            break;
        case ItemType::Choice:
        case ItemType::OpenChoice:
            if (item.repeats) {
                for (std::size_t k = 0; k < w.checks.size(); ++k)
                    if (static_cast<QCheckBox*>(w.checks[k])->isChecked())
                        values.push_back(item.options[k].value);
            } else if (w.buttons && w.buttons->checkedId() >= 0) {
                values.push_back(item.options[static_cast<std::size_t>(w.buttons->checkedId())].value);
            }
            if (w.line && !w.line->text().trimmed().isEmpty())
                values.push_back(AnswerValue::ofString(w.line->text().trimmed().toStdString()));
            break;
        case ItemType::Text:
            if (!w.text->toPlainText().trimmed().isEmpty())
                values.push_back(AnswerValue::ofString(w.text->toPlainText().trimmed().toStdString()));
            break;
        case ItemType::String:
            if (!w.line->text().trimmed().isEmpty())
                values.push_back(AnswerValue::ofString(w.line->text().trimmed().toStdString()));
            break;
        case ItemType::Integer:
        case ItemType::Decimal:
        case ItemType::Date: {
            const QString raw = w.line->text().trimmed();
            if (raw.isEmpty())
                break;
            bool ok = false;
            if (item.type == ItemType::Integer) {
                const qlonglong v = raw.toLongLong(&ok);
                if (ok)
                    values.push_back(AnswerValue::ofInteger(v));
            } else if (item.type == ItemType::Decimal) {
                double v = QLocale().toDouble(raw, &ok);
                if (!ok)
                    v = QLocale::c().toDouble(raw, &ok);
                if (ok)
                    values.push_back(AnswerValue::ofDecimal(v));
            } else if (auto day = base::CivilDate::parse(raw.toStdString(), item.linkId); day) {
                ok = true;
                values.push_back(AnswerValue::ofDate(day->iso()));
            }
            if (!ok)
                r.unreadable.emplace_back(item.linkId, raw.toStdString());
            break;
        }
        case ItemType::Group:
        case ItemType::Display:
        case ItemType::Unsupported: break;
        }
        if (!values.empty())
            r.answers[item.linkId] = std::move(values);
    }
    return r;
}

AnswerMap QuestionnaireForm::answers() const
{
    return collect().answers;
}

void QuestionnaireForm::answerChanged()
{
    if (m_building)
        return;
    m_dirty = true;
    refreshEnabled();
    updateScore();
}

void QuestionnaireForm::refreshEnabled()
{
    if (!m_model)
        return;
    // An item that comes or goes can change what depends on it: settle before showing.
    for (int pass = 0; pass < 16; ++pass)
        if (m_model->refresh(collect().answers) == 0)
            break;
    const auto& rows = m_model->rows();
    for (std::size_t i = 0; i < rows.size(); ++i)
        m_rows[i].row->setVisible(rows[i].enabled);
}

void QuestionnaireForm::updateScore()
{
    if (!m_definition)
        return;
    const auto& definition = m_definition->definition.questionnaire;
    if (!definition.scored()) {
        m_scoreLabel->clear();
        return;
    }
    const auto score = questionnaire::Scorer::score(definition, collect().answers);
    QString text;
    const QString of
        = definition.scoring.maxScore ? tr(" of %1").arg(formatScore(*definition.scoring.maxScore)) : QString();
    if (score.total)
        text = score.band ? tr("Score %1%2: %3").arg(formatScore(*score.total), of, q(score.band->label))
                          : tr("Score %1%2").arg(formatScore(*score.total), of);
    else
        text = tr("Score so far %1%2 (%n question(s) still to answer)", nullptr,
                  static_cast<int>(score.unanswered.size()))
                   .arg(formatScore(score.partialTotal), of);
    if (score.safetyAlert()) {
        m_scoreLabel->setStyleSheet("color: #b01c1c; font-weight: bold;");
        text += tr(". Item 9 is above 0: saving raises a safety alert on the person's banner for a clinician.");
    } else {
        m_scoreLabel->setStyleSheet("font-weight: bold;");
    }
    m_scoreLabel->setText(text);
}

void QuestionnaireForm::clearProblems()
{
    for (auto& w : m_rows)
        w.problem->hide();
    m_banner->clearMessage();
}

bool QuestionnaireForm::save()
{
    if (!m_store || !m_definition)
        return false;
    clearProblems();
    Response response = collect();
    response.questionnaireUrl = m_definition->stored.url;
    response.questionnaireVersion = m_definition->definition.questionnaire.version;
    const QDate day = m_completedOnDateEdit->date();
    if (auto civil = base::CivilDate::fromYmd(day.year(), day.month(), day.day()))
        response.authored = civil->iso();
    response.completedBy = static_cast<Response::CompletedBy>(m_completedByComboBox->currentData().toInt());

    questionnaire::ResponseRecorder recorder(*m_store);
    auto prepared = recorder.prepare(m_patientId, m_definition->stored.url, std::move(response));
    if (!prepared) {
        m_banner->showText(ErrorText::describeResponseProblem(prepared.error()));
        return false;
    }
    if (!prepared->problems.empty()) {
        QStringList lines;
        QWidget* first = nullptr;
        for (const auto& e : prepared->problems) {
            const QString words = ErrorText::describeResponseProblem(e);
            const int row = m_model->rowOf(e.field);
            if (row < 0) {
                lines << words;
                continue;
            }
            auto& w = m_rows[static_cast<std::size_t>(row)];
            w.problem->setText(words);
            w.problem->show();
            if (!first)
                first = w.row;
            lines << tr("%1: %2").arg(q(m_model->rows()[static_cast<std::size_t>(row)].label), words);
        }
        m_banner->showText(
            tr("Not saved yet: %n answer(s) need attention.", nullptr, static_cast<int>(prepared->problems.size()))
            + "\n" + lines.join("\n"));
        if (first)
            m_scrollArea->ensureWidgetVisible(first);
        return false;
    }
    auto recorded = recorder.record(*prepared);
    if (!recorded) {
        m_banner->showText(ErrorText::describeResponseProblem(recorded.error()));
        return false;
    }
    m_dirty = false;
    emit saved(*recorded);
    return true;
}

} // namespace carehouse::ui
