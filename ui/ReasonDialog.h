#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace carehouse::ui {

// Asks for a few words before something is recorded (why a result is discarded, what action a
// result needs). The button stays disabled until something is written.
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& question, const QString& buttonText, QWidget* parent = nullptr);

    QString reason() const;
    void setReason(const QString& text);

private:
    QPlainTextEdit* m_reasonTextEdit = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace carehouse::ui
