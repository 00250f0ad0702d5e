#pragma once

#include "core/base/CivilDate.h"
#include "core/model/Patient.h"
#include "core/model/QuestionnaireResponse.h"
#ifndef Q_MOC_RUN // moc cannot parse <compare> (VersionId's operator<=>)
#include "core/record/RecordConflict.h"
#endif

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
// Acknowledge button for a clinician; others are told who can acknowledge. In amber, when the
// person's record has an open conflict between sites, a mark with a button to the conflict.
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
    // This person's open conflicts (others' are ignored; none hides the mark).
    void setConflicts(const std::string& patientId, const std::vector<record::RecordConflict>& conflicts);
    // Other records with this person's NHS number: `others` of them, `linked` once a clinician
    // said they are the same person (0 hides the mark). Ignored unless `patientId` is shown.
    void setOtherRecords(const std::string& patientId, std::size_t others, bool linked);
    void clear();

    bool otherRecordsShown() const;
    QString otherRecordsText() const;

    bool conflictShown() const;
    QString conflictText() const;

    bool safetyAlertShown() const;
    QString safetyAlertText() const;

signals:
    // A clinician acknowledged the alerts shown (by response id) with this note.
    void acknowledgeRequested(const QStringList& responseIds, const QString& note);
    // "See the conflict" on the mark: the first of the person's conflicting records.
    void conflictRequested(const QString& recordId);
    // "Compare the records" on the other-records mark.
    void otherRecordsRequested(const QString& patientId);

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
    QFrame* m_conflictFrame = nullptr;
    QLabel* m_conflictLabel = nullptr;
    QPushButton* m_conflictButton = nullptr;
    QFrame* m_otherRecordsFrame = nullptr;
    QLabel* m_otherRecordsLabel = nullptr;
    QPushButton* m_otherRecordsButton = nullptr;
    std::string m_patientId;
    std::string m_conflictPatientId;
    std::string m_otherRecordsPatientId;
    QString m_conflictRecordId;
    std::string m_alertPatientId;
    QStringList m_alertResponseIds;
};

} // namespace carehouse::ui
