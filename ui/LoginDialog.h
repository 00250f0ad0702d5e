#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Signs a member of staff in to one database. A wrong password is explained inline and the
// dialog stays open.
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(record::RecordStore& store, const QString& databasePath, QWidget* parent = nullptr);
    bool tryLogin();
    QString errorText() const;

private:
    record::RecordStore& m_store;
    QLineEdit* m_usernameLineEdit = nullptr;
    QLineEdit* m_passwordLineEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_loginButton = nullptr;
};

} // namespace carehouse::ui
