#include "ui/MessageBanner.h"

#include "ui/ErrorText.h"

namespace carehouse::ui {

MessageBanner::MessageBanner(QWidget* parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setTextFormat(Qt::PlainText);
    hide();
}

void MessageBanner::showText(const QString& text, Kind kind)
{
    if (kind == Kind::Done)
        setStyleSheet("background: #e6f4ea; color: #212b32; border-left: 6px solid #007f3b; padding: 8px;");
    else
        setStyleSheet(
            "background: #fff4cc; color: #212b32; border-left: 6px solid #ffb81c; padding: 8px; font-weight: bold;");
    setText(text);
    setVisible(!text.isEmpty());
}

void MessageBanner::showError(const base::Error& error)
{
    showText(ErrorText::describe(error), Kind::Problem);
}

void MessageBanner::clearMessage()
{
    clear();
    hide();
}

} // namespace carehouse::ui
