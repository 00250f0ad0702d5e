#pragma once

#include "core/model/User.h"

#include <string_view>

namespace carehouse::security {

// What a member of staff may do. Checked inside RecordStore::commit, so the CLI and any
// future front end obey the same rules as the GUI.
enum class Permission
{
    ViewRecord,
    RegisterPatient,
    EditDemographics,
    RecordObservation,
    RecordDiagnosis,
    ManageUsers,
    ViewAudit,
    ManageRecall, // invitations and appointments
    ImportResults, // laboratory result files and the unmatched results queue
    ReviewResults, // the clinician's results inbox
    RecordException, // declined / unsuitable, a clinical decision
    ManageSettings, // practice settings (recall mode, letterhead)
    RecordCarePlan, // the care planning consultation: goals, actions, referrals, agreed targets
    RecordQuestionnaireResponse, // a person's completed questionnaire (PHQ-9, agenda), typed in or on their behalf
    ManageQuestionnaires, // importing questionnaire definitions
    AcknowledgeSafetyAlert, // a questionnaire's safety alert (PHQ-9 item 9) dealt with: clinicians only
    ExchangeRecords, // applying versions from peer sites, exporting to them: admin, clinical lead, nurse, GP
    ManagePeers, // the site's exchange keys and the peers it shares records with: administrators, clinical leads
    LinkRecords, // deciding two records with one NHS number are the same person: clinicians only
};

bool roleMay(model::Role role, Permission permission);
std::string_view permissionCode(Permission p);

} // namespace carehouse::security
