#pragma once

#include <QDialog>
#include <string>
#include <vector>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

class MessageBanner;

// Records that one or more people were invited to their yearly review, by letter, SMS or
// phone, on a day. For one person a refusal (a second invitation within 7 days) is shown in
// the dialog and nothing is saved; for several, those not allowed yet are skipped and listed.
class InvitationDialog : public QDialog
{
    Q_OBJECT

public:
    struct Person
    {
        std::string patientId;
        QString name;
    };
    InvitationDialog(record::RecordStore& store, std::vector<Person> people, QWidget* parent = nullptr);

    int recordedCount() const { return m_recorded; }
    QStringList skippedNames() const { return m_skipped; }

    void accept() override;

private:
    record::RecordStore& m_store;
    std::vector<Person> m_people;
    QComboBox* m_methodComboBox = nullptr;
    QDateEdit* m_dateEdit = nullptr;
    QLineEdit* m_noteLineEdit = nullptr;
    MessageBanner* m_banner = nullptr;
    QPushButton* m_recordButton = nullptr;
    int m_recorded = 0;
    QStringList m_skipped;
};

} // namespace carehouse::ui
