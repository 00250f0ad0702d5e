#include "ui/PatientBanner.h"

#include "core/model/NhsNumber.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

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

    auto* layout = new QHBoxLayout;
    layout->setSpacing(28);
    layout->addWidget(m_nameLabel);
    layout->addWidget(m_bornLabel);
    layout->addWidget(m_genderLabel);
    layout->addWidget(m_nhsNumberLabel);
    layout->addWidget(m_restrictedLabel);
    layout->addStretch(1);

    // The safety alert: NHS emergency red, white bold words, on every patient page.
    m_alertFrame = new QFrame(this);
    m_alertFrame->setObjectName("bannerSafetyAlertFrame");
    m_alertFrame->setStyleSheet("#bannerSafetyAlertFrame { background: #d5281b; border-radius: 4px; }"
                                "#bannerSafetyAlertFrame QLabel { color: white; }");
    m_alertLabel = make("bannerSafetyAlertLabel", 1.15, true);
    m_alertLabel->setParent(m_alertFrame);
    m_alertLabel->setWordWrap(true);
    m_alertLabel->show();
    m_alertRoleLabel = make("bannerSafetyAlertRoleLabel", 1.0, false);
    m_alertRoleLabel->setParent(m_alertFrame);
    m_alertRoleLabel->setWordWrap(true);
    m_alertRoleLabel->show();
    m_alertRoleLabel->setText(tr("Only a nurse, GP or clinical lead can acknowledge this: tell one of them today."));
    m_alertNoteLineEdit = new QLineEdit(m_alertFrame);
    m_alertNoteLineEdit->setObjectName("safetyAlertNoteLineEdit");
    m_alertNoteLineEdit->setPlaceholderText(tr("What was done (needed to acknowledge)"));
    m_alertNoteLineEdit->setMinimumWidth(320);
    m_alertNoteLineEdit->setStyleSheet("background: white; color: black;");
    m_acknowledgeButton = new QPushButton(tr("Acknowledge"), m_alertFrame);
    m_acknowledgeButton->setObjectName("acknowledgeSafetyAlertButton");
    m_alertProblemLabel = make("bannerSafetyAlertProblemLabel", 1.0, true);
    m_alertProblemLabel->setParent(m_alertFrame);
    m_alertProblemLabel->setWordWrap(true);
    m_alertProblemLabel->setStyleSheet("background: #fff4cc; color: black; padding: 2px 6px;");
    m_alertProblemLabel->hide();
    auto* alertLayout = new QVBoxLayout(m_alertFrame);
    alertLayout->setContentsMargins(10, 6, 10, 6);
    alertLayout->addWidget(m_alertLabel);
    auto* act = new QHBoxLayout;
    act->addWidget(m_alertRoleLabel);
    act->addWidget(m_alertNoteLineEdit, 1);
    act->addWidget(m_acknowledgeButton);
    alertLayout->addLayout(act);
    alertLayout->addWidget(m_alertProblemLabel);
    m_alertFrame->hide();
    connect(m_acknowledgeButton, &QPushButton::clicked, this, [this] {
        m_alertProblemLabel->hide();
        emit acknowledgeRequested(m_alertResponseIds, m_alertNoteLineEdit->text().trimmed());
    });
    connect(m_alertNoteLineEdit, &QLineEdit::returnPressed, m_acknowledgeButton, &QPushButton::click);

    // A conflict between sites: NHS warm yellow, dark words, with the way to the conflict.
    m_conflictFrame = new QFrame(this);
    m_conflictFrame->setObjectName("bannerConflictFrame");
    m_conflictFrame->setStyleSheet("#bannerConflictFrame { background: #ffb81c; border-radius: 4px; }"
                                   "#bannerConflictFrame QLabel { color: #212b32; }");
    m_conflictLabel = make("bannerConflictLabel", 1.1, true);
    m_conflictLabel->setParent(m_conflictFrame);
    m_conflictLabel->setWordWrap(true);
    m_conflictLabel->show();
    m_conflictButton = new QPushButton(tr("See the conflict"), m_conflictFrame);
    m_conflictButton->setObjectName("bannerConflictButton");
    auto* conflictLayout = new QHBoxLayout(m_conflictFrame);
    conflictLayout->setContentsMargins(10, 4, 10, 4);
    conflictLayout->addWidget(m_conflictLabel, 1);
    conflictLayout->addWidget(m_conflictButton);
    m_conflictFrame->hide();
    connect(m_conflictButton, &QPushButton::clicked, this, [this] {
        if (!m_conflictRecordId.isEmpty())
            emit conflictRequested(m_conflictRecordId);
    });

    // Another record with this NHS number: amber until a clinician links them, then pale blue
    // information, so no one reads one record's history believing it is all of it.
    m_otherRecordsFrame = new QFrame(this);
    m_otherRecordsFrame->setObjectName("bannerOtherRecordsFrame");
    m_otherRecordsLabel = make("bannerOtherRecordsLabel", 1.05, true);
    m_otherRecordsLabel->setParent(m_otherRecordsFrame);
    m_otherRecordsLabel->setWordWrap(true);
    m_otherRecordsLabel->show();
    m_otherRecordsButton = new QPushButton(tr("Compare the records"), m_otherRecordsFrame);
    m_otherRecordsButton->setObjectName("bannerOtherRecordsButton");
    auto* otherLayout = new QHBoxLayout(m_otherRecordsFrame);
    otherLayout->setContentsMargins(10, 4, 10, 4);
    otherLayout->addWidget(m_otherRecordsLabel, 1);
    otherLayout->addWidget(m_otherRecordsButton);
    m_otherRecordsFrame->hide();
    connect(m_otherRecordsButton, &QPushButton::clicked, this, [this] {
        if (!m_patientId.empty())
            emit otherRecordsRequested(QString::fromStdString(m_patientId));
    });

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(12, 8, 12, 8);
    outer->setSpacing(6);
    outer->addLayout(layout);
    outer->addWidget(m_alertFrame);
    outer->addWidget(m_conflictFrame);
    outer->addWidget(m_otherRecordsFrame);
}

void PatientBanner::setOtherRecords(const std::string& patientId, std::size_t others, bool linked)
{
    m_otherRecordsPatientId = patientId;
    if (patientId.empty() || patientId != m_patientId || others == 0) { // never another person's
        m_otherRecordsFrame->hide();
        m_otherRecordsLabel->clear();
        return;
    }
    m_otherRecordsFrame->setStyleSheet(
        linked ? "#bannerOtherRecordsFrame { background: #e8edee; border: 1px solid #005eb8; border-radius: 4px; }"
                 "#bannerOtherRecordsFrame QLabel { color: #212b32; }"
               : "#bannerOtherRecordsFrame { background: #ffb81c; border-radius: 4px; }"
                 "#bannerOtherRecordsFrame QLabel { color: #212b32; }");
    m_otherRecordsLabel->setText(
        linked ? tr("ℹ Linked: this person also has another record (same NHS number) — look at both")
               : tr("⚠ Another record has this NHS number — possibly the same person: a clinician should compare "
                    "them"));
    m_otherRecordsFrame->show();
}

bool PatientBanner::otherRecordsShown() const
{
    return !m_otherRecordsFrame->isHidden();
}

QString PatientBanner::otherRecordsText() const
{
    return otherRecordsShown() ? m_otherRecordsLabel->text() : QString();
}

void PatientBanner::setConflicts(const std::string& patientId, const std::vector<record::RecordConflict>& conflicts)
{
    m_conflictPatientId = patientId;
    m_conflictRecordId.clear();
    std::size_t theirs = 0;
    for (const auto& c : conflicts)
        if (!patientId.empty() && c.patientId == patientId && patientId == m_patientId) { // never another person's
            if (m_conflictRecordId.isEmpty())
                m_conflictRecordId = QString::fromStdString(c.recordId);
            ++theirs;
        }
    if (theirs == 0) {
        m_conflictFrame->hide();
        m_conflictLabel->clear();
        return;
    }
    m_conflictLabel->setText(theirs == 1
                                 ? tr("⚠ Records from two sites disagree — a clinician must choose which is right "
                                      "(see Conflicts)")
                                 : tr("⚠ Records from two sites disagree in %1 places — a clinician must choose "
                                      "which is right (see Conflicts)")
                                       .arg(theirs));
    m_conflictFrame->show();
}

bool PatientBanner::conflictShown() const
{
    return !m_conflictFrame->isHidden();
}

QString PatientBanner::conflictText() const
{
    return conflictShown() ? m_conflictLabel->text() : QString();
}

void PatientBanner::setSafetyAlerts(const std::string& patientId,
                                    const std::vector<model::QuestionnaireResponse>& alerts, bool mayAcknowledge)
{
    m_alertPatientId = patientId;
    m_alertResponseIds.clear();
    m_alertNoteLineEdit->clear();
    m_alertProblemLabel->hide();
    std::vector<const model::QuestionnaireResponse*> theirs;
    for (const auto& a : alerts)
        if (a.patientId == patientId) // never another person's
            theirs.push_back(&a);
    if (theirs.empty()) {
        m_alertFrame->hide();
        m_alertLabel->clear();
        return;
    }
    for (const auto* a : theirs)
        m_alertResponseIds << QString::fromStdString(a->id);
    QString text = tr("⚠ PHQ-9 item 9 (thoughts of self-harm) answered above 0 on %1 — talk to the person today")
                       .arg(QString::fromStdString(theirs.front()->authored.display()));
    if (theirs.size() > 1)
        text += tr(" (and %n earlier alert(s) not yet acknowledged)", nullptr, static_cast<int>(theirs.size() - 1));
    m_alertLabel->setText(text);
    m_alertRoleLabel->setVisible(!mayAcknowledge);
    m_alertNoteLineEdit->setVisible(mayAcknowledge);
    m_acknowledgeButton->setVisible(mayAcknowledge);
    m_alertFrame->show();
}

void PatientBanner::showSafetyAlertsUnknown()
{
    m_alertResponseIds.clear();
    m_alertLabel->setText(tr("⚠ Safety alerts could not be read for this person. Check the Questionnaires tab before "
                             "they leave."));
    m_alertRoleLabel->hide();
    m_alertNoteLineEdit->hide();
    m_acknowledgeButton->hide();
    m_alertProblemLabel->hide();
    m_alertFrame->show();
}

void PatientBanner::showAcknowledgeProblem(const QString& text)
{
    m_alertProblemLabel->setText(text);
    m_alertProblemLabel->setVisible(!text.isEmpty());
}

bool PatientBanner::safetyAlertShown() const
{
    return !m_alertFrame->isHidden();
}

QString PatientBanner::safetyAlertText() const
{
    return safetyAlertShown() ? m_alertLabel->text() : QString();
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
    m_patientId = p.id;
    if (p.id != m_alertPatientId)
        setSafetyAlerts(p.id, {}, false);
    if (p.id != m_conflictPatientId)
        setConflicts(p.id, {});
    if (p.id != m_otherRecordsPatientId)
        setOtherRecords(p.id, 0, false);
}

void PatientBanner::clear()
{
    for (auto* label : {m_nameLabel, m_bornLabel, m_genderLabel, m_nhsNumberLabel})
        label->clear();
    m_restrictedLabel->hide();
    m_patientId.clear();
    setSafetyAlerts({}, {}, false);
    setConflicts({}, {});
    setOtherRecords({}, 0, false);
}

} // namespace carehouse::ui
