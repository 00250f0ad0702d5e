#include "ui/PatientBanner.h"

#include "core/model/NhsNumber.h"

#include <QHBoxLayout>
#include <QLabel>

namespace carehouse::ui {

PatientBanner::PatientBanner(QWidget* parent)
    : QFrame(parent)
{
    setObjectName("patientBanner");
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setStyleSheet("#patientBanner { background: #005eb8; border-radius: 4px; }"
                  "#patientBanner QLabel { color: white; }");

    auto make = [this](const char* name, double scale, bool bold) {
        auto* label = new QLabel(this);
        label->setObjectName(name);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = label->font();
        f.setPointSizeF(f.pointSizeF() * scale);
        f.setBold(bold);
        label->setFont(f);
        return label;
    };
    m_nameLabel = make("bannerNameLabel", 1.5, true);
    m_bornLabel = make("bannerBornLabel", 1.15, false);
    m_genderLabel = make("bannerGenderLabel", 1.15, false);
    m_nhsNumberLabel = make("bannerNhsNumberLabel", 1.15, true);
    m_restrictedLabel = make("bannerRestrictedLabel", 1.0, true);
    m_restrictedLabel->setText(tr("Restricted record"));
    m_restrictedLabel->setStyleSheet("background: #ffeb3b; color: black; padding: 2px 6px; border-radius: 3px;");
    m_restrictedLabel->hide();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(28);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_bornLabel);
    layout->addWidget(m_genderLabel);
    layout->addWidget(m_nhsNumberLabel);
    layout->addWidget(m_restrictedLabel);
    layout->addStretch(1);
}

void PatientBanner::setPatient(const model::Patient& p, base::CivilDate today)
{
    m_nameLabel->setText(QString::fromStdString(model::bannerName(p)));
    if (p.birthDate.valid())
        m_bornLabel->setText(tr("Born %1 (%2)")
                                 .arg(QString::fromStdString(p.birthDate.display()),
                                      QString::fromStdString(base::formatAge(p.birthDate, today))));
    else
        m_bornLabel->setText(tr("Born: not known"));
    m_genderLabel->setText(QString::fromStdString(std::string(model::genderDisplay(p.gender))));
    m_nhsNumberLabel->setText(tr("NHS No. %1").arg(QString::fromStdString(model::displayNhsNumber(p.nhsNumber))));
    m_restrictedLabel->setVisible(p.restricted);
}

void PatientBanner::clear()
{
    for (auto* label : {m_nameLabel, m_bornLabel, m_genderLabel, m_nhsNumberLabel})
        label->clear();
    m_restrictedLabel->hide();
}

} // namespace carehouse::ui
