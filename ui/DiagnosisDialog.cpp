#include "ui/DiagnosisDialog.h"

#include "core/clinical/ConditionCatalogue.h"
#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace carehouse::ui {

DiagnosisDialog::DiagnosisDialog(record::RecordStore& store, const std::string& patientId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(patientId)
{
    setObjectName("diagnosisDialog");
    setWindowTitle(tr("Record a diagnosis"));

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName("errorLabel");
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet("color: #d5281b; font-weight: bold;");
    m_errorLabel->hide();

    m_diagnosisComboBox = new QComboBox(this);
    m_diagnosisComboBox->setObjectName("diagnosisComboBox");
    if (auto catalogue = clinical::ConditionCatalogue::standard(); catalogue.ok()) {
        for (const auto& entry : (*catalogue)->entries())
            m_diagnosisComboBox->addItem(QString::fromStdString(entry.term), QString::fromStdString(entry.code));
    } else {
        m_errorLabel->setText(ErrorText::describe(catalogue.error()));
        m_errorLabel->show();
    }
    m_onsetDateLineEdit = new QLineEdit(this);
    m_onsetDateLineEdit->setObjectName("onsetDateLineEdit");
    m_onsetDateLineEdit->setPlaceholderText(tr("e.g. 03/02/2019; empty if not known"));

    auto* form = new QFormLayout;
    form->addRow(tr("Diagnosis"), m_diagnosisComboBox);
    form->addRow(tr("Diagnosed on"), m_onsetDateLineEdit);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName("saveButton");
    m_saveButton->setEnabled(m_diagnosisComboBox->count() > 0);
    auto* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName("cancelButton");
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

bool DiagnosisDialog::save()
{
    auto code = m_diagnosisComboBox->currentData().toString().toStdString();
    auto id = record::PatientRegistration(m_store).addDiagnosis(m_patientId, code,
                                                                m_onsetDateLineEdit->text().trimmed().toStdString());
    if (!id) {
        m_errorLabel->setText(ErrorText::describe(id.error()));
        m_errorLabel->show();
        return false;
    }
    accept();
    return true;
}

} // namespace carehouse::ui
