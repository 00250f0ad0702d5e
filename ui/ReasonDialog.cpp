#include "ui/ReasonDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carehouse::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& question, const QString& buttonText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName("reasonDialog");
    setWindowTitle(title);
    auto* label = new QLabel(question, this);
    label->setObjectName("reasonQuestionLabel");
    label->setWordWrap(true);
    m_reasonTextEdit = new QPlainTextEdit(this);
    m_reasonTextEdit->setObjectName("reasonTextEdit");
    m_reasonTextEdit->setTabChangesFocus(true);
    m_reasonTextEdit->setMaximumHeight(90);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_okButton = buttons->addButton(buttonText, QDialogButtonBox::AcceptRole);
    m_okButton->setObjectName("reasonOkButton");
    m_okButton->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reasonTextEdit, &QPlainTextEdit::textChanged, this,
            [this] { m_okButton->setEnabled(!reason().isEmpty()); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_reasonTextEdit);
    layout->addWidget(buttons);
    resize(420, sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return m_reasonTextEdit->toPlainText().trimmed();
}

void ReasonDialog::setReason(const QString& text)
{
    m_reasonTextEdit->setPlainText(text);
}

} // namespace carehouse::ui
