#include "core/security/Permission.h"

namespace carehouse::security {

using model::Role;

bool roleMay(Role role, Permission p)
{
    switch (p) {
    case Permission::ViewRecord: return true;
    case Permission::RegisterPatient:
    case Permission::EditDemographics: return role != Role::ClinicalLead;
    case Permission::RecordObservation:
        return role == Role::Hca || role == Role::Nurse || role == Role::Gp || role == Role::ClinicalLead;
    case Permission::RecordDiagnosis: return role == Role::Nurse || role == Role::Gp || role == Role::ClinicalLead;
    case Permission::ManageUsers:
    case Permission::ManageSettings: return role == Role::Admin;
    case Permission::ViewAudit: return role == Role::Admin || role == Role::ClinicalLead;
    case Permission::ManageRecall: return true;
    case Permission::ImportResults: return role != Role::ClinicalLead;
    case Permission::ReviewResults:
    case Permission::RecordException:
    case Permission::RecordCarePlan:
    case Permission::AcknowledgeSafetyAlert:
        return role == Role::Nurse || role == Role::Gp || role == Role::ClinicalLead;
    case Permission::RecordQuestionnaireResponse:
        // Reception and the admin team type in the questionnaires that come back by post or are
        // handed in; answering one with the person in the room is clinical (see ResponseRecorder).
        return true;
    case Permission::ManageQuestionnaires: return role == Role::Admin || role == Role::ClinicalLead;
    case Permission::ExchangeRecords:
        return role == Role::Admin || role == Role::ClinicalLead || role == Role::Nurse || role == Role::Gp;
    case Permission::ManagePeers: return role == Role::Admin || role == Role::ClinicalLead;
    case Permission::LinkRecords: return role == Role::Nurse || role == Role::Gp || role == Role::ClinicalLead;
    }
    return false;
}

std::string_view permissionCode(Permission p)
{
    switch (p) {
    case Permission::ViewRecord: return "view-record";
    case Permission::RegisterPatient: return "register-patient";
    case Permission::EditDemographics: return "edit-demographics";
    case Permission::RecordObservation: return "record-observation";
    case Permission::RecordDiagnosis: return "record-diagnosis";
    case Permission::ManageUsers: return "manage-users";
    case Permission::ViewAudit: return "view-audit";
    case Permission::ManageRecall: return "manage-recall";
    case Permission::ImportResults: return "import-results";
    case Permission::ReviewResults: return "review-results";
    case Permission::RecordException: return "record-exception";
    case Permission::ManageSettings: return "manage-settings";
    case Permission::RecordCarePlan: return "record-care-plan";
    case Permission::RecordQuestionnaireResponse: return "record-questionnaire-response";
    case Permission::ManageQuestionnaires: return "manage-questionnaires";
    case Permission::AcknowledgeSafetyAlert: return "acknowledge-safety-alert";
    case Permission::ExchangeRecords: return "exchange-records";
    case Permission::ManagePeers: return "manage-peers";
    case Permission::LinkRecords: return "link-records";
    }
    return "unknown";
}

} // namespace carehouse::security
