#include "ui/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <sodium.h>

namespace carehouse::ui {

namespace {

struct NextAnswer
{
    bool set = false;
    std::optional<std::string> answer;
};

NextAnswer& nextAnswer()
{
    static NextAnswer next;
    return next;
}

int& asked()
{
    static int n = 0;
    return n;
}

} // namespace

PassphraseDialog::PassphraseDialog(const QString& siteName, const QString& problem, QWidget* parent)
    : QDialog(parent)
{
    setObjectName("passphraseDialog");
    setWindowTitle(tr("Site key passphrase"));
    auto* intro = new QLabel(tr("Sending and reading exchange files needs the site key passphrase of %1. "
                                "CareHouse keeps it in memory until you sign out or close the program; it is "
                                "never saved.")
                                 .arg(siteName),
                             this);
    intro->setWordWrap(true);
    auto* problemLabel = new QLabel(problem, this);
    problemLabel->setObjectName("passphraseProblemLabel");
    problemLabel->setWordWrap(true);
    problemLabel->setStyleSheet("background: #fff4cc; border-left: 6px solid #ffb81c; padding: 6px;");
    problemLabel->setVisible(!problem.isEmpty());
    m_passphraseLineEdit = new QLineEdit(this);
    m_passphraseLineEdit->setObjectName("passphraseLineEdit");
    m_passphraseLineEdit->setEchoMode(QLineEdit::Password);
    m_passphraseLineEdit->setMinimumWidth(360);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Unlock"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_passphraseLineEdit, &QLineEdit::textChanged, this,
            [buttons](const QString& text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problemLabel);
    layout->addWidget(new QLabel(tr("Passphrase:"), this));
    layout->addWidget(m_passphraseLineEdit);
    layout->addWidget(buttons);
}

std::optional<std::string> PassphraseDialog::ask(QWidget* parent, const QString& siteName, const QString& problem)
{
    ++asked();
    if (auto& next = nextAnswer(); next.set) {
        next.set = false;
        return std::exchange(next.answer, std::nullopt);
    }
    PassphraseDialog dialog(siteName, problem, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    QByteArray utf8 = dialog.m_passphraseLineEdit->text().toUtf8();
    std::string passphrase(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    sodium_memzero(utf8.data(), static_cast<std::size_t>(utf8.size()));
    dialog.m_passphraseLineEdit->clear();
    return passphrase;
}

void PassphraseDialog::setNextAnswer(std::optional<std::string> answer)
{
    nextAnswer() = {true, std::move(answer)};
}

int PassphraseDialog::timesAsked()
{
    return asked();
}

} // namespace carehouse::ui
