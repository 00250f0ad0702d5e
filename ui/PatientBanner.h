#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Patient.h"
#include "core/model/QuestionnaireResponse.h"

#include <QFrame>
#include <QStringList>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;

namespace carehouse::ui {

// The NHS CUI patient banner shown at the top of every patient screen:
// name, date of birth with age, gender and NHS number. Below it, in red, the person's
// questionnaire safety alerts not yet acknowledged (PHQ-9 item 9 above 0), with a note and an
// Acknowledge button for a clinician; others are told who can acknowledge.
class PatientBanner : public QFrame
{
    Q_OBJECT

public:
    explicit PatientBanner(QWidget* parent = nullptr);
    // Shows the person and hides any alert until setSafetyAlerts says otherwise, so one
    // person's alert never stays up for the next.
    void setPatient(const model::Patient& patient, base::CivilDate today);
    // This person's outstanding alerts, newest first (none hides the alert line).
    void setSafetyAlerts(const std::string& patientId, const std::vector<model::QuestionnaireResponse>& alerts,
                         bool mayAcknowledge);
    // When the alerts could not be read: says so in red rather than showing nothing.
    void showSafetyAlertsUnknown();
    void showAcknowledgeProblem(const QString& text);
    void clear();

    bool safetyAlertShown() const;
    QString safetyAlertText() const;

signals:
    // A clinician acknowledged the alerts shown (by response id) with this note.
    void acknowledgeRequested(const QStringList& responseIds, const QString& note);

private:
    QLabel* m_nameLabel = nullptr;
    QLabel* m_bornLabel = nullptr;
    QLabel* m_genderLabel = nullptr;
    QLabel* m_nhsNumberLabel = nullptr;
    QLabel* m_restrictedLabel = nullptr;
    QFrame* m_alertFrame = nullptr;
    QLabel* m_alertLabel = nullptr;
    QLabel* m_alertRoleLabel = nullptr;
    QLineEdit* m_alertNoteLineEdit = nullptr;
    QPushButton* m_acknowledgeButton = nullptr;
    QLabel* m_alertProblemLabel = nullptr;
    std::string m_alertPatientId;
    QStringList m_alertResponseIds;
};

} // namespace carehouse::ui
