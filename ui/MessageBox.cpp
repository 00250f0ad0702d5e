#include "ui/MessageBox.h"

#include <QMessageBox>
#include <QPushButton>

namespace carehouse::ui {

std::optional<MessageBox::Answer>& MessageBox::nextAnswer()
{
    static std::optional<Answer> answer;
    return answer;
}

bool& MessageBox::asked()
{
    static bool value = false;
    return value;
}

bool MessageBox::takeAsked()
{
    const bool was = asked();
    asked() = false;
    return was;
}

MessageBox::Answer MessageBox::askToSave(QWidget* parent, const QString& title, const QString& text)
{
    asked() = true;
    if (auto answer = nextAnswer()) {
        nextAnswer().reset();
        return *answer;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    auto* save = box.addButton(QMessageBox::tr("&Save and finish later"), QMessageBox::AcceptRole);
    auto* discard = box.addButton(QMessageBox::tr("&Discard changes"), QMessageBox::DestructiveRole);
    auto* stay = box.addButton(QMessageBox::tr("S&tay here"), QMessageBox::RejectRole);
    box.setDefaultButton(save);
    box.setEscapeButton(stay);
    box.exec();
    if (box.clickedButton() == save)
        return Answer::Save;
    if (box.clickedButton() == discard)
        return Answer::Discard;
    return Answer::Cancel;
}

} // namespace carehouse::ui
