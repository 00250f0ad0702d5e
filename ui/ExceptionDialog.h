#pragma once

#include <QDialog>
#include <string>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// Records a personalised care adjustment for one person: declined the review, or it is
// unsuitable for them, with the reason and until when. A clinical decision: core refuses it
// for roles that may not make it, and the dialog shows why.
class ExceptionDialog : public QDialog
{
    Q_OBJECT

public:
    ExceptionDialog(record::RecordStore& store, std::string patientId, const QString& name, bool invitedTwice,
                    QWidget* parent = nullptr);

    void accept() override;

private:
    record::RecordStore& m_store;
    std::string m_patientId;
    QComboBox* m_kindComboBox = nullptr;
    QLineEdit* m_reasonLineEdit = nullptr;
    QDateEdit* m_untilDateEdit = nullptr;
    MessageBanner* m_banner = nullptr;
};

} // namespace carehouse::ui
