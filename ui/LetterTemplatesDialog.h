#pragma once

#include "core/letters/PracticeTemplates.h"

#include <QDialog>
#include <QString>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;
class QTimer;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// Letter templates (administrators, ManageSettings): choose a letter and a language, edit its
// plain text with the placeholders it may use listed beside it, and see it as it prints, for a
// made-up sample person (letters::SampleLetters), re-rendered 300 ms after the typing stops.
// Every edit is checked as it is typed: a problem (an unknown placeholder, a part inside a
// sentence, a required part missing) is shown with its line and Save is off until it is put
// right. Save stores the practice's own template (core checks it again and audits the change);
// Restore shipped template removes it. Leaving with unsaved changes asks first.
class LetterTemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LetterTemplatesDialog(record::RecordStore& store, QWidget* parent = nullptr);
    ~LetterTemplatesDialog() override;

    // Shows a letter's template (asks first when there are unsaved changes); false when the user
    // stayed.
    bool choose(letters::LetterKind kind, const QString& language);
    letters::LetterKind kind() const { return m_kind; }
    QString language() const { return m_language; }

    bool hasUnsavedChanges() const;
    bool save();
    bool restoreShipped();
    // Leaving: asks to save, discard or stay when there are unsaved changes.
    bool confirmLeave();

    QString problemText() const; // the banner's text when it shows a problem; empty otherwise
    int previewRenders() const { return m_previewRenders; } // times the sample letter was printed
    int previewPages() const { return m_previewPages; }
    // Renders the preview now instead of after the pause (tests and screenshots).
    void flushPreview();

public slots:
    void reject() override;

private:
    void loadTemplate();
    void fillLanguages();
    void textEdited();
    void checkText();
    void paintPreview(QPrinter* printer);
    void insertPlaceholder(QListWidgetItem* item);
    void updateButtons();
    void choiceChanged();

    record::RecordStore& m_store;
    letters::LetterKind m_kind = letters::LetterKind::Results;
    QString m_language = QStringLiteral("en");
    QString m_savedText; // what the letter uses now: the practice's own or the shipped text
    bool m_practiceOwn = false;
    bool m_valid = true;
    QString m_lastValidText; // the preview shows the last text that parsed
    int m_previewRenders = 0;
    int m_previewPages = 0;
    bool m_switching = false;
    bool m_problemShown = false; // the banner shows the text's problem

    QComboBox* m_letterCombo = nullptr;
    QComboBox* m_languageCombo = nullptr;
    QCheckBox* m_largePrintCheck = nullptr;
    QLabel* m_sourceLabel = nullptr;
    MessageBanner* m_banner = nullptr;
    QPlainTextEdit* m_editor = nullptr;
    QListWidget* m_placeholders = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    QPrinter* m_printer = nullptr; // owned: not a QObject
    QTimer* m_previewTimer = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace carehouse::ui
