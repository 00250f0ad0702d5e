#pragma once

#include <QDialog>
#include <optional>
#include <string>

class QLabel;
class QLineEdit;

namespace carehouse::ui {

// Asks for the site key passphrase (which unseals this site's exchange keys) in a password
// field. What is typed is handed back once and never stored on disk; the caller keeps it in
// memory for the session only. Tests answer it in advance with setNextAnswer, so no dialog
// blocks an offscreen run.
class PassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    PassphraseDialog(const QString& siteName, const QString& problem, QWidget* parent = nullptr);

    // The passphrase, or nullopt when the user cancelled. `problem` (e.g. "not right") is shown
    // above the field when the last one given did not open the keys.
    static std::optional<std::string> ask(QWidget* parent, const QString& siteName, const QString& problem = {});

    // The next ask() returns this without showing anything (nullopt: as if cancelled).
    static void setNextAnswer(std::optional<std::string> answer);
    static int timesAsked(); // since the start of the process (tests)

private:
    QLineEdit* m_passphraseLineEdit = nullptr;
};

} // namespace carehouse::ui
