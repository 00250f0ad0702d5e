#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace carehouse::ui {

// The one way CareHouse asks a question in a modal dialog. Tests answer it in advance with
// setNextAnswer, so no dialog ever blocks an offscreen run.
class MessageBox
{
public:
    enum class Answer
    {
        Save,
        Discard,
        Cancel
    };

    // "Save / Discard / Stay here" for work that would be lost by leaving.
    static Answer askToSave(QWidget* parent, const QString& title, const QString& text);

    static void setNextAnswer(Answer answer) { nextAnswer() = answer; }
    // Whether a question was asked since the last call (tests).
    static bool takeAsked();

private:
    static std::optional<Answer>& nextAnswer();
    static bool& asked();
};

} // namespace carehouse::ui
