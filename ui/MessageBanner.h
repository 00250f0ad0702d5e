#pragma once

#include <QLabel>

namespace carehouse::base {
struct Error;
}

namespace carehouse::ui {

// The inline banner a page or dialog shows a problem the user can fix in (or the outcome of
// what they just did), worded by ErrorText. Hidden while there is nothing to say.
class MessageBanner : public QLabel
{
    Q_OBJECT

public:
    enum class Kind
    {
        Problem, // yellow, as the main window's message
        Done // green: something was saved
    };
    explicit MessageBanner(QWidget* parent = nullptr);

    void showText(const QString& text, Kind kind = Kind::Problem);
    void showError(const base::Error& error);
    void clearMessage();
};

} // namespace carehouse::ui
