#pragma once

#include "core/base/Error.h"
#include "core/record/PatientDraft.h"

#include <QDialog>
#include <QHash>
#include <vector>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Registers a person or edits their details. Core validates; every problem is shown beside
// its field at once, and nothing is saved until all are fixed.
class PatientForm : public QDialog
{
    Q_OBJECT

public:
    // Registers a new person.
    explicit PatientForm(record::RecordStore& store, QWidget* parent = nullptr);
    // Edits an existing person, based on the version the user was looking at.
    PatientForm(record::RecordStore& store, const std::string& patientId, const record::PatientDraft& draft,
                std::int64_t basedOnSeq, QWidget* parent = nullptr);

    record::PatientDraft draft() const;
    void setDraft(const record::PatientDraft& draft);
    // Validates and saves; returns true and accepts the dialog when saved.
    bool save();
    const std::string& savedPatientId() const { return m_savedId; }
    QString errorTextFor(const QString& field) const;

private:
    void build();
    QLineEdit* addLineEdit(const QString& label, const char* key, const char* objectName);
    QLabel* addErrorLabel(const char* key);
    void clearErrors();
    void showErrors(const std::vector<base::Error>& errors);

    record::RecordStore& m_store;
    std::string m_patientId; // empty when registering
    std::int64_t m_basedOnSeq = 0;
    std::string m_savedId;

    QFormLayout* m_form = nullptr;
    QLabel* m_formErrorLabel = nullptr;
    QHash<QString, QLabel*> m_errorLabels; // by core field name ("NHS number", "date of birth")
    QHash<QString, QLineEdit*> m_editors; // likewise, to outline the fields that need fixing
    QLineEdit* m_nhsNumberLineEdit = nullptr;
    QLineEdit* m_titleLineEdit = nullptr;
    QLineEdit* m_givenNameLineEdit = nullptr;
    QLineEdit* m_familyNameLineEdit = nullptr;
    QLineEdit* m_birthDateLineEdit = nullptr;
    QComboBox* m_genderComboBox = nullptr;
    QLineEdit* m_addressLine1LineEdit = nullptr;
    QLineEdit* m_addressLine2LineEdit = nullptr;
    QLineEdit* m_townLineEdit = nullptr;
    QLineEdit* m_postcodeLineEdit = nullptr;
    QLineEdit* m_phoneLineEdit = nullptr;
    QCheckBox* m_restrictedCheckBox = nullptr;
    QLineEdit* m_practiceLineEdit = nullptr;
    QComboBox* m_sharingConsentComboBox = nullptr;
    QLineEdit* m_preferredLanguageLineEdit = nullptr;
    QCheckBox* m_largePrintCheckBox = nullptr;
    QLineEdit* m_ethnicityLineEdit = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
};

} // namespace carehouse::ui
