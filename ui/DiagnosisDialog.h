#pragma once

#include <QDialog>
#include <string>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace carehouse::record {
class RecordStore;
}

namespace carehouse::ui {

// Records a diagnosis from the condition catalogue, with the date it was made.
class DiagnosisDialog : public QDialog
{
    Q_OBJECT

public:
    DiagnosisDialog(record::RecordStore& store, const std::string& patientId, QWidget* parent = nullptr);
    bool save();

private:
    record::RecordStore& m_store;
    std::string m_patientId;
    QComboBox* m_diagnosisComboBox = nullptr;
    QLineEdit* m_onsetDateLineEdit = nullptr;
    QLabel* m_errorLabel = nullptr;
    QPushButton* m_saveButton = nullptr;
};

} // namespace carehouse::ui
