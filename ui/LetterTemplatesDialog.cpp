#include "ui/LetterTemplatesDialog.h"

#include "core/letters/InvitationLetter.h"
#include "core/letters/SampleLetters.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"
#include "ui/MessageBanner.h"
#include "ui/MessageBox.h"
#include "ui/print/LetterPdfWriter.h"
#include "ui/print/ResultsLetterRenderer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPageSize>
#include <QPlainTextEdit>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace carehouse::ui {

using letters::LetterKind;
using letters::PracticeTemplates;

namespace {

constexpr int kPreviewPauseMs = 300;

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString kindData(LetterKind kind)
{
    return QString::fromLatin1(PracticeTemplates::kindCode(kind).data(),
                               static_cast<int>(PracticeTemplates::kindCode(kind).size()));
}

QString languageName(const QString& code)
{
    const QLocale locale(code);
    const QString english = QLocale::languageToString(locale.language());
    const QString native = locale.nativeLanguageName();
    if (native.isEmpty() || native.contains(english, Qt::CaseInsensitive)) // "American English"
        return english;
    return LetterTemplatesDialog::tr("%1 (%2)").arg(english, native);
}

// What each placeholder puts into the letter, as the editor's list says it.
QString placeholderMeaning(const std::string& name)
{
    static const std::vector<std::pair<const char*, const char*>> meanings{
        {"person.name",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog", "the person's name as on the envelope: Mr John Smith")},
        {"person.salutation", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "how the letter greets them: Mr Smith")},
        {"practice.name", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "the practice's name")},
        {"practice.address", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "the practice's address on one line")},
        {"practice.phone", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "the practice's phone number")},
        {"today", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "the letter's date: 23-Nov-2026")},
        {"appointment.date",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog",
                           "the care planning appointment's date (\"not booked yet\" without one)")},
        {"appointment.time",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog", "its time, 24-hour (\"not booked yet\" without one)")},
        {"appointment.place",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog", "where it is (\"the practice\" if not known)")},
        {"appointment.withWhom", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "who it is with")},
        {"results",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog",
                           "part: the results, one box per test done this year (must be there)")},
        {"not-done", QT_TRANSLATE_NOOP("LetterTemplatesDialog", "part: tests not done yet and how to get them done")},
        {"appointment",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog",
                           "part: the care planning appointment, or how to book it (must be there)")},
        {"agenda",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog", "part: what to talk about, with tick boxes and lines to write on")},
        {"questionnaires",
         QT_TRANSLATE_NOOP("LetterTemplatesDialog", "part: PHQ-2 and GAD-2, when the practice turns them on")},
    };
    for (const auto& [key, meaning] : meanings)
        if (name == key)
            return LetterTemplatesDialog::tr(meaning);
    return {};
}

} // namespace

LetterTemplatesDialog::LetterTemplatesDialog(record::RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName("letterTemplatesDialog");
    setWindowTitle(tr("Letter templates"));

    m_letterCombo = new QComboBox(this);
    m_letterCombo->setObjectName("letterComboBox");
    m_letterCombo->addItem(tr("Invitation to the yearly review"), kindData(LetterKind::Invitation));
    m_letterCombo->addItem(tr("Results letter"), kindData(LetterKind::Results));
    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName("languageComboBox");
    m_largePrintCheck = new QCheckBox(tr("Preview in large print"), this);
    m_largePrintCheck->setObjectName("largePrintCheckBox");
    m_sourceLabel = new QLabel(this);
    m_sourceLabel->setObjectName("templateSourceLabel");

    auto* letterLabel = new QLabel(tr("&Letter:"), this);
    letterLabel->setBuddy(m_letterCombo);
    auto* languageLabel = new QLabel(tr("Lan&guage:"), this);
    languageLabel->setBuddy(m_languageCombo);
    auto* choice = new QHBoxLayout;
    choice->addWidget(letterLabel);
    choice->addWidget(m_letterCombo);
    choice->addSpacing(12);
    choice->addWidget(languageLabel);
    choice->addWidget(m_languageCombo);
    choice->addSpacing(12);
    choice->addWidget(m_largePrintCheck);
    choice->addStretch(1);
    choice->addWidget(m_sourceLabel);

    m_banner = new MessageBanner(this);
    m_banner->setObjectName("templateMessageBanner");

    m_editor = new QPlainTextEdit(this);
    m_editor->setObjectName("templatePlainTextEdit");
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::GeneralFont));
    m_editor->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_editor->setTabChangesFocus(true);
    auto* editorLabel = new QLabel(tr("&Template: a blank line between paragraphs, \"## \" starts a heading, "
                                      "\"- \" a bulleted line."),
                                   this);
    editorLabel->setWordWrap(true);
    editorLabel->setBuddy(m_editor);

    m_placeholders = new QListWidget(this);
    m_placeholders->setObjectName("placeholdersListWidget");
    m_placeholders->setMaximumHeight(190);
    auto* placeholdersLabel = new QLabel(tr("&Placeholders this letter may use (double-click to insert; a part "
                                            "goes on a line of its own):"),
                                         this);
    placeholdersLabel->setWordWrap(true);
    placeholdersLabel->setBuddy(m_placeholders);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(editorLabel);
    leftLayout->addWidget(m_editor, 1);
    leftLayout->addWidget(placeholdersLabel);
    leftLayout->addWidget(m_placeholders);

    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setFullPage(true);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName("letterPrintPreviewWidget");
    m_preview->setZoomMode(QPrintPreviewWidget::FitToWidth);
    auto* previewLabel = new QLabel(tr("Preview for a sample person (not a real record):"), this);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(previewLabel);
    rightLayout->addWidget(m_preview, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName("templateSplitter");
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_restoreButton = new QPushButton(tr("&Restore shipped template"), this);
    m_restoreButton->setObjectName("restoreButton");
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName("saveButton");
    m_closeButton = new QPushButton(tr("&Close"), this);
    m_closeButton->setObjectName("closeButton");
    m_saveButton->setDefault(false);
    m_saveButton->setAutoDefault(false);
    m_closeButton->setAutoDefault(false);
    m_restoreButton->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_restoreButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_closeButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addWidget(m_banner);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setObjectName("previewTimer");
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewPauseMs);

    connect(m_previewTimer, &QTimer::timeout, this, [this] { m_preview->updatePreview(); });
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &LetterTemplatesDialog::paintPreview);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &LetterTemplatesDialog::textEdited);
    connect(m_placeholders, &QListWidget::itemDoubleClicked, this, &LetterTemplatesDialog::insertPlaceholder);
    connect(m_letterCombo, &QComboBox::currentIndexChanged, this, &LetterTemplatesDialog::choiceChanged);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &LetterTemplatesDialog::choiceChanged);
    connect(m_largePrintCheck, &QCheckBox::toggled, this, [this] { m_previewTimer->start(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_restoreButton, &QPushButton::clicked, this, [this] { restoreShipped(); });
    connect(m_closeButton, &QPushButton::clicked, this, &LetterTemplatesDialog::reject);

    m_switching = true;
    m_letterCombo->setCurrentIndex(1); // the results letter
    fillLanguages();
    m_switching = false;
    loadTemplate();
    resize(1360, 860);
}

LetterTemplatesDialog::~LetterTemplatesDialog()
{
    // The preview paints on the printer: it goes first.
    delete m_preview;
    delete m_printer;
}

void LetterTemplatesDialog::fillLanguages()
{
    const auto kind = PracticeTemplates::kindFromCode(m_letterCombo->currentData().toString().toStdString());
    m_kind = kind.value_or(LetterKind::Results);
    const QString wanted = m_language;
    m_languageCombo->clear();
    for (const auto& language : PracticeTemplates::languages(m_kind))
        m_languageCombo->addItem(languageName(q(language)), q(language));
    const int index = std::max(0, m_languageCombo->findData(wanted));
    m_languageCombo->setCurrentIndex(index);
    m_language = m_languageCombo->currentData().toString();
    m_largePrintCheck->setEnabled(m_kind == LetterKind::Results);
}

void LetterTemplatesDialog::choiceChanged()
{
    if (m_switching)
        return;
    const auto kind = PracticeTemplates::kindFromCode(m_letterCombo->currentData().toString().toStdString());
    const QString language = m_languageCombo->currentData().toString();
    if (kind == m_kind && language == m_language)
        return;
    if (!confirmLeave()) {
        // Stay: the combo boxes go back to the letter being edited.
        m_switching = true;
        m_letterCombo->setCurrentIndex(m_letterCombo->findData(kindData(m_kind)));
        fillLanguages();
        m_switching = false;
        return;
    }
    m_switching = true;
    if (language != m_language && kind == m_kind)
        m_language = language;
    fillLanguages();
    m_switching = false;
    loadTemplate();
}

bool LetterTemplatesDialog::choose(LetterKind kind, const QString& language)
{
    if (kind == m_kind && language == m_language)
        return true;
    if (!confirmLeave())
        return false;
    m_switching = true;
    m_language = language;
    m_letterCombo->setCurrentIndex(m_letterCombo->findData(kindData(kind)));
    fillLanguages();
    m_switching = false;
    loadTemplate();
    return m_kind == kind && m_language == language;
}

void LetterTemplatesDialog::loadTemplate()
{
    m_banner->clearMessage();
    m_problemShown = false;
    m_placeholders->clear();
    const auto& rules = PracticeTemplates::rules(m_kind);
    auto addPlaceholder = [this](const std::string& name, bool block) {
        auto* item = new QListWidgetItem(tr("{%1} — %2").arg(q(name), placeholderMeaning(name)), m_placeholders);
        item->setData(Qt::UserRole, q(name));
        item->setData(Qt::UserRole + 1, block);
    };
    for (const auto& name : rules.placeholders)
        addPlaceholder(name, false);
    for (const auto& name : rules.blocks)
        addPlaceholder(name, true);

    auto text = PracticeTemplates::effectiveText(m_store, m_kind, m_language.toStdString());
    m_switching = true;
    if (!text) {
        m_savedText.clear();
        m_practiceOwn = false;
        m_editor->setPlainText(QString());
        m_switching = false;
        m_banner->showError(text.error());
        m_valid = false;
        updateButtons();
        return;
    }
    m_savedText = q(text->text);
    m_practiceOwn = text->practiceOwn;
    m_lastValidText.clear();
    m_editor->setPlainText(m_savedText);
    m_switching = false;
    m_sourceLabel->setText(m_practiceOwn ? tr("This practice's own template")
                                         : tr("The template CareHouse ships with"));
    checkText();
    updateButtons();
    flushPreview();
}

void LetterTemplatesDialog::textEdited()
{
    if (m_switching)
        return;
    checkText();
    updateButtons();
    m_previewTimer->start(); // restarts: the preview follows once the typing pauses
}

void LetterTemplatesDialog::checkText()
{
    const QString text = m_editor->toPlainText();
    const auto key = PracticeTemplates::settingKey(m_kind, m_language.toStdString());
    auto parsed = PracticeTemplates::validate(m_kind, text.toStdString(), key);
    m_valid = parsed.ok();
    if (m_valid) {
        m_lastValidText = text;
        if (m_problemShown)
            m_banner->clearMessage();
        m_problemShown = false;
        return;
    }
    const QString problem = ErrorText::describeTemplateProblem(parsed.error());
    m_banner->showText(problem.isEmpty() ? ErrorText::describe(parsed.error()) : problem);
    m_problemShown = true;
}

QString LetterTemplatesDialog::problemText() const
{
    return m_problemShown ? m_banner->text() : QString();
}

void LetterTemplatesDialog::updateButtons()
{
    m_saveButton->setEnabled(m_valid && hasUnsavedChanges());
    m_restoreButton->setEnabled(m_practiceOwn || hasUnsavedChanges());
}

bool LetterTemplatesDialog::hasUnsavedChanges() const
{
    return m_editor->toPlainText() != m_savedText;
}

void LetterTemplatesDialog::flushPreview()
{
    m_previewTimer->stop();
    m_preview->updatePreview();
}

void LetterTemplatesDialog::paintPreview(QPrinter* printer)
{
    ++m_previewRenders;
    m_previewPages = 0;
    if (m_lastValidText.isEmpty())
        return;
    const std::string text = m_lastValidText.toStdString();
    const std::string language = m_language.toStdString();
    const auto key = PracticeTemplates::settingKey(m_kind, language);
    const auto today = m_store.clock().today();
    if (m_kind == LetterKind::Results) {
        auto body = PracticeTemplates::validate(m_kind, text, key);
        if (!body)
            return;
        auto content = letters::SampleLetters::results(m_store, language, *body, today, m_largePrintCheck->isChecked());
        if (!content) {
            m_banner->showError(content.error());
            return;
        }
        m_previewPages = ResultsLetterRenderer::print({*content}, *printer).pages;
        return;
    }
    auto invitation = letters::InvitationLetter::fromText(text, key);
    if (!invitation)
        return;
    auto letter = letters::SampleLetters::invitation(m_store, *invitation, today);
    if (!letter) {
        m_banner->showError(letter.error());
        return;
    }
    m_previewPages = LetterPdfWriter::print({*letter}, *printer).pages;
}

void LetterTemplatesDialog::insertPlaceholder(QListWidgetItem* item)
{
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    const bool block = item->data(Qt::UserRole + 1).toBool();
    m_editor->insertPlainText(block ? QStringLiteral("\n\n{%1}\n\n").arg(name) : QStringLiteral("{%1}").arg(name));
    m_editor->setFocus();
}

bool LetterTemplatesDialog::save()
{
    if (!m_valid || !hasUnsavedChanges())
        return m_valid;
    const QString text = m_editor->toPlainText();
    if (auto st = PracticeTemplates::save(m_store, m_kind, m_language.toStdString(), text.toStdString()); !st) {
        const QString problem = ErrorText::describeTemplateProblem(st.error());
        m_banner->showText(problem.isEmpty() ? ErrorText::describe(st.error()) : problem);
        return false;
    }
    m_savedText = text;
    m_practiceOwn = true;
    m_sourceLabel->setText(tr("This practice's own template"));
    m_problemShown = false;
    m_banner->showText(
        tr("Saved. Every %1 made from now on uses this template.")
            .arg(ErrorText::templateTitle(PracticeTemplates::settingKey(m_kind, m_language.toStdString()))),
        MessageBanner::Kind::Done);
    updateButtons();
    return true;
}

bool LetterTemplatesDialog::restoreShipped()
{
    const auto language = m_language.toStdString();
    if (m_practiceOwn) {
        if (auto st = PracticeTemplates::restore(m_store, m_kind, language); !st) {
            m_banner->showError(st.error());
            return false;
        }
    }
    auto shipped = PracticeTemplates::shipped(m_kind, language);
    if (!shipped) {
        m_banner->showError(shipped.error());
        return false;
    }
    m_switching = true;
    m_savedText = q(shipped->text);
    m_practiceOwn = false;
    m_editor->setPlainText(m_savedText);
    m_switching = false;
    m_sourceLabel->setText(tr("The template CareHouse ships with"));
    checkText();
    m_problemShown = false;
    m_banner->showText(tr("The shipped template is back: every %1 made from now on uses it.")
                           .arg(ErrorText::templateTitle(PracticeTemplates::settingKey(m_kind, language))),
                       MessageBanner::Kind::Done);
    updateButtons();
    flushPreview();
    return true;
}

bool LetterTemplatesDialog::confirmLeave()
{
    if (!hasUnsavedChanges())
        return true;
    const auto answer = MessageBox::askToSave(
        this, tr("Unsaved letter template"),
        tr("The %1 template has changes that are not saved. Save them, discard them, or stay here?")
            .arg(ErrorText::templateTitle(PracticeTemplates::settingKey(m_kind, m_language.toStdString()))));
    if (answer == MessageBox::Answer::Discard)
        return true;
    if (answer == MessageBox::Answer::Save)
        return save(); // refused (a problem in the text): stay, with the problem shown
    return false;
}

void LetterTemplatesDialog::reject()
{
    if (confirmLeave())
        QDialog::reject();
}

} // namespace carehouse::ui
