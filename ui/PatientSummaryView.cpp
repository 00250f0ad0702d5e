#include "ui/PatientSummaryView.h"

#include "ui/CareProcessModel.h"
#include "ui/WorklistModel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace carehouse::ui {

namespace {

QString q(const std::string& s)
{
    return QString::fromStdString(s);
}

QString orNotKnown(const std::string& s)
{
    return s.empty() ? PatientSummaryView::tr("Not known") : q(s);
}

QString languageName(const std::string& code)
{
    if (code.empty())
        return PatientSummaryView::tr("English");
    QLocale locale(q(code));
    if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
        return q(code);
    return QLocale::languageToString(locale.language());
}

} // namespace

PatientSummaryView::PatientSummaryView(QWidget* parent)
    : QWidget(parent)
{
    auto* clinicalBox = new QGroupBox(tr("Conditions and registration"), this);
    auto* clinicalForm = new QFormLayout(clinicalBox);
    m_diabetesLabel = addValue(clinicalForm, tr("Diabetes"), "diabetesValueLabel");
    m_otherConditionsLabel = addValue(clinicalForm, tr("Other long-term conditions"), "otherConditionsValueLabel");
    m_practiceLabel = addValue(clinicalForm, tr("Practice"), "practiceValueLabel");
    m_consentLabel = addValue(clinicalForm, tr("Sharing consent"), "consentValueLabel");
    m_reviewLabel = addValue(clinicalForm, tr("Yearly review"), "reviewValueLabel");

    auto* contactBox = new QGroupBox(tr("Contact"), this);
    auto* contactForm = new QFormLayout(contactBox);
    m_addressLabel = addValue(contactForm, tr("Address"), "addressValueLabel");
    m_phoneLabel = addValue(contactForm, tr("Phone"), "phoneValueLabel");
    m_languageLabel = addValue(contactForm, tr("Preferred language"), "languageValueLabel");
    m_largePrintLabel = addValue(contactForm, tr("Large print"), "largePrintValueLabel");

    auto* top = new QHBoxLayout;
    top->addWidget(clinicalBox, 1);
    top->addWidget(contactBox, 1);

    m_careProcessModel = new CareProcessModel(this);
    m_careProcessesView = new QTableView(this);
    m_careProcessesView->setObjectName("careProcessesView");
    m_careProcessesView->setModel(m_careProcessModel);
    m_careProcessesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_careProcessesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_careProcessesView->setWordWrap(false);
    m_careProcessesView->verticalHeader()->hide();
    m_careProcessesView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* header = m_careProcessesView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_careProcessesView->setStyleSheet("QTableView::item { padding: 0 14px 0 4px; }");

    auto* careLabel = new QLabel(tr("Care processes: latest values"), this);
    QFont bold = careLabel->font();
    bold.setBold(true);
    careLabel->setFont(bold);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(careLabel);
    layout->addWidget(m_careProcessesView, 1);
}

QLabel* PatientSummaryView::addValue(QFormLayout* form, const QString& label, const char* objectName)
{
    auto* value = new QLabel(this);
    value->setObjectName(objectName);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label + QLatin1Char(':'), value);
    return value;
}

void PatientSummaryView::setSummary(const record::PatientSummary& s)
{
    const auto& p = s.patient.value;
    if (s.diabetes) {
        m_diabetesLabel->setText(
            s.diabetes->onsetDate.valid()
                ? tr("%1, diagnosed %2").arg(q(s.diabetes->term), q(s.diabetes->onsetDate.display()))
                : tr("%1, diagnosis date not known").arg(q(s.diabetes->term)));
    } else {
        m_diabetesLabel->setText(tr("Not on the diabetes register"));
    }

    QStringList others;
    for (const auto& c : s.otherLongTermConditions)
        others << (c.onsetDate.valid() ? tr("%1 (since %2)").arg(q(c.term), q(c.onsetDate.display())) : q(c.term));
    m_otherConditionsLabel->setText(others.isEmpty() ? tr("None recorded") : others.join('\n'));
    m_practiceLabel->setText(orNotKnown(p.practice));
    m_consentLabel->setText(q(std::string(model::consentDisplay(p.sharingConsent))));
    if (!s.cycle) {
        m_reviewLabel->setText(tr("Not on the diabetes register"));
    } else {
        const auto& c = *s.cycle;
        QString text = WorklistModel::stageText(c);
        if (const QString detail = WorklistModel::stageDetail(c); !detail.isEmpty())
            text += tr(": %1").arg(detail);
        if (c.stage != recall::CycleStage::Excepted && c.dueDate.valid())
            text += tr(" · due %1").arg(q(c.dueDate.display()));
        m_reviewLabel->setText(text);
    }

    if (p.restricted) {
        m_addressLabel->setText(tr("Address withheld: restricted record"));
    } else {
        QStringList lines;
        for (const auto* part : {&p.addressLine1, &p.addressLine2, &p.town, &p.postcode})
            if (!part->empty())
                lines << q(*part);
        m_addressLabel->setText(lines.isEmpty() ? tr("Not known") : lines.join(", "));
    }
    m_phoneLabel->setText(orNotKnown(p.phone));
    m_languageLabel->setText(languageName(p.preferredLanguage));
    m_largePrintLabel->setText(p.largePrint ? tr("Yes: send letters in large print") : tr("No"));

    m_careProcessModel->setRows(s.careProcesses);
}

} // namespace carehouse::ui
