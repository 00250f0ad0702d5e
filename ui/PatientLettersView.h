#pragma once

#include "core/base/Result.h"
#include "core/letters/ResultsLetterContent.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <string>

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPrintPreviewWidget;
class QPushButton;
class QTableView;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;
class SentLettersModel;

// The Letters tab of the patient page: this person's pre-consultation results letter as it
// would be printed today, on screen before it is printed (language, large print and the short
// questionnaires can be changed for this letter), printed through the print dialog or saved as
// a PDF — either way logged as sent — and the letters already sent, each of which can be shown
// and printed again exactly as it went out.
class PatientLettersView : public QWidget
{
    Q_OBJECT

public:
    explicit PatientLettersView(QWidget* parent = nullptr);
    ~PatientLettersView() override;

    void setStore(record::RecordStore* store);
    // Composes today's letter for the person and reads their letters log.
    base::Status openPatient(const std::string& patientId);
    void clear();

    // What the preview shows: today's letter, or a sent one (re-print).
    const std::optional<letters::ResultsLetterContent>& shownLetter() const { return m_shown; }
    bool showingSentLetter() const { return m_showingSent; }
    // Prints the shown letter onto a printer set up by the print dialog (or a test); today's
    // letter is then logged as sent, a sent letter's re-print is audited only.
    base::Status printOn(QPrinter& printer);
    base::Status saveAsPdf(const QString& path);
    // Shows a letter from the log (its row in the table) instead of today's.
    base::Status showSentLetter(int row);
    void showTodaysLetter();

    QPrintPreviewWidget* preview() const { return m_preview; }
    SentLettersModel* sentLetters() const { return m_sentModel; }

signals:
    // A letter was logged as sent: the person's cycle has moved on.
    void letterLogged();

private:
    base::Status compose();
    void showComposed(letters::ResultsLetterContent content);
    base::Status readLog();
    base::Status logTodaysLetter();
    void updateCaption();
    void print();
    void save();

    record::RecordStore* m_store = nullptr;
    std::string m_patientId;
    std::optional<letters::ResultsLetterContent> m_today;
    std::optional<letters::ResultsLetterContent> m_shown;
    std::string m_shownSentId;
    bool m_showingSent = false;
    bool m_loading = false;

    QComboBox* m_language = nullptr;
    QCheckBox* m_largePrint = nullptr;
    QCheckBox* m_questionnaires = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QLabel* m_caption = nullptr;
    MessageBanner* m_banner = nullptr;
    QPrintPreviewWidget* m_preview = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter; // not a QObject: owned here, outlives the preview
    QTableView* m_sentTable = nullptr;
    SentLettersModel* m_sentModel = nullptr;
    QPushButton* m_showSentButton = nullptr;
    QPushButton* m_todayButton = nullptr;
};

} // namespace carehouse::ui
