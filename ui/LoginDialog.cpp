#include "ui/LoginDialog.h"

#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carehouse::ui {

LoginDialog::LoginDialog(record::RecordStore& store, const QString& databasePath, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName("loginDialog");
    setWindowTitle(tr("Sign in to CareHouse"));

    auto* heading = new QLabel(this);
    heading->setObjectName("siteLabel");
    QString site = store.initialised() ? QString::fromStdString(store.site().name) : QFileInfo(databasePath).fileName();
    heading->setText(tr("<span style='font-size:large'><b>Sign in to %1</b></span><br>Database: %2")
                         .arg(site.toHtmlEscaped(), QFileInfo(databasePath).fileName().toHtmlEscaped()));
    heading->setToolTip(databasePath);
    heading->setWordWrap(true);

    m_usernameLineEdit = new QLineEdit(this);
    m_usernameLineEdit->setObjectName("usernameLineEdit");
    m_passwordLineEdit = new QLineEdit(this);
    m_passwordLineEdit->setObjectName("passwordLineEdit");
    m_passwordLineEdit->setEchoMode(QLineEdit::Password);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName("errorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet("color: #d5281b; font-weight: bold;");
    m_errorLabel->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Username"), m_usernameLineEdit);
    form->addRow(tr("Password"), m_passwordLineEdit);

    auto* buttons = new QDialogButtonBox(this);
    m_loginButton = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName("loginButton");
    m_loginButton->setDefault(true);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName("cancelButton");
    connect(m_loginButton, &QPushButton::clicked, this, [this] { tryLogin(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_usernameLineEdit->setFocus();
}

bool LoginDialog::tryLogin()
{
    auto st
        = m_store.login(m_usernameLineEdit->text().trimmed().toStdString(), m_passwordLineEdit->text().toStdString());
    if (!st) {
        m_errorLabel->setText(ErrorText::describe(st.error()));
        m_errorLabel->show();
        m_passwordLineEdit->clear();
        m_passwordLineEdit->setFocus();
        return false;
    }
    m_errorLabel->hide();
    accept();
    return true;
}

QString LoginDialog::errorText() const
{
    return m_errorLabel->isHidden() ? QString() : m_errorLabel->text();
}

} // namespace carehouse::ui
