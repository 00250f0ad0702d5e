#include "ui/PatientForm.h"

#include "core/model/Patient.h"
#include "core/record/PatientRegistration.h"
#include "core/record/RecordStore.h"
#include "ui/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

std::string s(const QString& text)
{
    return text.toStdString();
}

constexpr const char* kErrorStyle = "color: #d5281b; font-weight: bold;"; // NHS red
constexpr const char* kFormError = "form";

} // namespace

PatientForm::PatientForm(record::RecordStore& store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    build();
    setWindowTitle(tr("Register a person"));
}

PatientForm::PatientForm(record::RecordStore& store, const std::string& patientId, const record::PatientDraft& draft,
                         std::int64_t basedOnSeq, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_patientId(patientId)
    , m_basedOnSeq(basedOnSeq)
{
    build();
    setWindowTitle(tr("Edit details"));
    setDraft(draft);
}

void PatientForm::build()
{
    setObjectName("patientForm");
    setSizeGripEnabled(true);
    m_formErrorLabel = new QLabel(this);
    m_formErrorLabel->setObjectName("formErrorLabel");
    m_formErrorLabel->setWordWrap(true);
    m_formErrorLabel->setStyleSheet(
        "background: #fde8e6; color: #8a1c12; border-left: 6px solid #d5281b; padding: 8px; font-weight: bold;");
    m_formErrorLabel->hide();

    auto* page = new QWidget;
    m_form = new QFormLayout(page);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);

    m_nhsNumberLineEdit = addLineEdit(tr("NHS number"), "NHS number", "nhsNumberLineEdit");
    m_nhsNumberLineEdit->setPlaceholderText(tr("10 digits, e.g. 943 476 5919; leave empty if not known"));
    m_titleLineEdit = addLineEdit(tr("Title"), "title", "titleLineEdit");
    m_titleLineEdit->setPlaceholderText(tr("Mr, Mrs, Ms, Dr…"));
    m_givenNameLineEdit = addLineEdit(tr("Given name"), "given name", "givenNameLineEdit");
    m_familyNameLineEdit = addLineEdit(tr("Family name"), "family name", "familyNameLineEdit");
    m_birthDateLineEdit = addLineEdit(tr("Date of birth"), "date of birth", "birthDateLineEdit");
    m_birthDateLineEdit->setPlaceholderText(tr("e.g. 14/07/1945 or 14-Jul-1945"));

    m_genderComboBox = new QComboBox(this);
    m_genderComboBox->setObjectName("genderComboBox");
    for (auto g : {model::Gender::Female, model::Gender::Male, model::Gender::Other, model::Gender::Unknown})
        m_genderComboBox->addItem(q(std::string(model::genderDisplay(g))), q(std::string(model::genderCode(g))));
    m_genderComboBox->setCurrentIndex(m_genderComboBox->findData(QStringLiteral("unknown")));
    m_form->addRow(tr("Gender"), m_genderComboBox);
    m_form->addRow(QString(), addErrorLabel("gender"));

    m_addressLine1LineEdit = addLineEdit(tr("Address line 1"), "address line 1", "addressLine1LineEdit");
    m_addressLine2LineEdit = addLineEdit(tr("Address line 2"), "address line 2", "addressLine2LineEdit");
    m_townLineEdit = addLineEdit(tr("Town"), "town", "townLineEdit");
    m_postcodeLineEdit = addLineEdit(tr("Postcode"), "postcode", "postcodeLineEdit");
    m_phoneLineEdit = addLineEdit(tr("Phone"), "phone", "phoneLineEdit");
    m_restrictedCheckBox = new QCheckBox(tr("Restricted record: never show the address"), this);
    m_restrictedCheckBox->setObjectName("restrictedCheckBox");
    m_form->addRow(QString(), m_restrictedCheckBox);
    m_practiceLineEdit = addLineEdit(tr("Practice"), "practice", "practiceLineEdit");

    m_sharingConsentComboBox = new QComboBox(this);
    m_sharingConsentComboBox->setObjectName("sharingConsentComboBox");
    for (auto c : {model::SharingConsent::NotRecorded, model::SharingConsent::SharedCareTeam,
                   model::SharingConsent::PracticeOnly, model::SharingConsent::Withdrawn})
        m_sharingConsentComboBox->addItem(q(std::string(model::consentDisplay(c))),
                                          q(std::string(model::consentCode(c))));
    m_form->addRow(tr("Sharing consent"), m_sharingConsentComboBox);
    m_form->addRow(QString(), addErrorLabel("sharing consent"));

    m_preferredLanguageLineEdit
        = addLineEdit(tr("Preferred language"), "preferred language", "preferredLanguageLineEdit");
    m_preferredLanguageLineEdit->setPlaceholderText(tr("Language code, e.g. en, bn, pl; empty means English"));
    m_largePrintCheckBox = new QCheckBox(tr("Send letters in large print"), this);
    m_largePrintCheckBox->setObjectName("largePrintCheckBox");
    m_form->addRow(QString(), m_largePrintCheckBox);
    m_ethnicityLineEdit = addLineEdit(tr("Ethnicity"), "ethnicity", "ethnicityLineEdit");

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName("saveButton");
    m_saveButton->setDefault(true);
    m_cancelButton = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName("cancelButton");
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_formErrorLabel);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(640, 760);
}

QLineEdit* PatientForm::addLineEdit(const QString& label, const char* key, const char* objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    m_form->addRow(label, edit);
    m_form->addRow(QString(), addErrorLabel(key));
    m_editors.insert(q(key), edit);
    return edit;
}

QLabel* PatientForm::addErrorLabel(const char* key)
{
    auto* label = new QLabel(this);
    QString name = q(key);
    name.replace(' ', QString());
    label->setObjectName(name + "ErrorLabel");
    label->setWordWrap(true);
    label->setStyleSheet(kErrorStyle);
    label->hide();
    m_errorLabels.insert(q(key), label);
    return label;
}

record::PatientDraft PatientForm::draft() const
{
    record::PatientDraft d;
    d.nhsNumber = s(m_nhsNumberLineEdit->text());
    d.title = s(m_titleLineEdit->text());
    d.givenName = s(m_givenNameLineEdit->text());
    d.familyName = s(m_familyNameLineEdit->text());
    d.birthDate = s(m_birthDateLineEdit->text());
    d.gender = s(m_genderComboBox->currentData().toString());
    d.addressLine1 = s(m_addressLine1LineEdit->text());
    d.addressLine2 = s(m_addressLine2LineEdit->text());
    d.town = s(m_townLineEdit->text());
    d.postcode = s(m_postcodeLineEdit->text());
    d.phone = s(m_phoneLineEdit->text());
    d.restricted = m_restrictedCheckBox->isChecked();
    d.practice = s(m_practiceLineEdit->text());
    d.sharingConsent = s(m_sharingConsentComboBox->currentData().toString());
    d.preferredLanguage = s(m_preferredLanguageLineEdit->text());
    d.largePrint = m_largePrintCheckBox->isChecked();
    d.ethnicity = s(m_ethnicityLineEdit->text());
    return d;
}

void PatientForm::setDraft(const record::PatientDraft& d)
{
    m_nhsNumberLineEdit->setText(q(d.nhsNumber));
    m_titleLineEdit->setText(q(d.title));
    m_givenNameLineEdit->setText(q(d.givenName));
    m_familyNameLineEdit->setText(q(d.familyName));
    m_birthDateLineEdit->setText(q(d.birthDate));
    m_genderComboBox->setCurrentIndex(std::max(0, m_genderComboBox->findData(q(d.gender))));
    m_addressLine1LineEdit->setText(q(d.addressLine1));
    m_addressLine2LineEdit->setText(q(d.addressLine2));
    m_townLineEdit->setText(q(d.town));
    m_postcodeLineEdit->setText(q(d.postcode));
    m_phoneLineEdit->setText(q(d.phone));
    m_restrictedCheckBox->setChecked(d.restricted);
    m_practiceLineEdit->setText(q(d.practice));
    m_sharingConsentComboBox->setCurrentIndex(std::max(0, m_sharingConsentComboBox->findData(q(d.sharingConsent))));
    m_preferredLanguageLineEdit->setText(q(d.preferredLanguage));
    m_largePrintCheckBox->setChecked(d.largePrint);
    m_ethnicityLineEdit->setText(q(d.ethnicity));
}

void PatientForm::clearErrors()
{
    m_formErrorLabel->hide();
    m_formErrorLabel->clear();
    for (auto* label : std::as_const(m_errorLabels)) {
        label->clear();
        label->hide();
    }
    for (auto* edit : std::as_const(m_editors))
        edit->setStyleSheet(QString());
}

void PatientForm::showErrors(const std::vector<base::Error>& errors)
{
    QStringList unplaced;
    for (const auto& e : errors) {
        QString text = ErrorText::describe(e);
        if (auto* label = m_errorLabels.value(q(e.field))) {
            label->setText(label->text().isEmpty() ? text : label->text() + '\n' + text);
            label->show();
            if (auto* edit = m_editors.value(q(e.field)))
                edit->setStyleSheet("QLineEdit { border: 2px solid #d5281b; padding: 2px; }");
        } else {
            unplaced << text;
        }
    }
    const int count = static_cast<int>(errors.size());
    QString summary = count == 1 ? tr("Nothing was saved: one thing needs fixing.")
                                 : tr("Nothing was saved: %1 things need fixing.").arg(count);
    if (!unplaced.isEmpty())
        summary += '\n' + unplaced.join('\n');
    m_formErrorLabel->setText(summary);
    m_formErrorLabel->show();
}

QString PatientForm::errorTextFor(const QString& field) const
{
    auto* label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

bool PatientForm::save()
{
    clearErrors();
    record::PatientRegistration registration(m_store);
    const auto d = draft();
    model::Patient validated;
    if (auto errors = registration.validate(d, validated, m_patientId); !errors.empty()) {
        showErrors(errors);
        return false;
    }
    if (m_patientId.empty()) {
        auto id = registration.registerPatient(d);
        if (!id) {
            showErrors({id.error()});
            return false;
        }
        m_savedId = *id;
    } else {
        if (auto st = registration.update(m_patientId, d, m_basedOnSeq); !st) {
            showErrors({st.error()});
            return false;
        }
        m_savedId = m_patientId;
    }
    accept();
    return true;
}

} // namespace carehouse::ui
