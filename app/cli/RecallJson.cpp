#include "app/cli/RecallJson.h"

#include "app/cli/CycleWording.h"
#include "core/model/NhsNumber.h"

namespace carehouse::cli {

namespace {

nlohmann::json isoOrNull(const std::optional<base::CivilDate>& d)
{
    return d && d->valid() ? nlohmann::json(d->iso()) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json RecallJson::appointment(const model::Appointment& a)
{
    return {
        {"id", a.id},
        {"patientId", a.patientId},
        {"type", std::string(model::appointmentTypeCode(a.type))},
        {"date", a.date.iso()},
        {"time", a.timeText()},
        {"when", CycleWording::when(a)},
        {"with", a.withWhom},
        {"place", a.place},
        {"status", std::string(model::appointmentStatusCode(a.status))},
    };
}

nlohmann::json RecallJson::exception(const model::CareException& e)
{
    return {
        {"id", e.id},
        {"patientId", e.patientId},
        {"kind", std::string(model::exceptionKindCode(e.kind))},
        {"reason", e.reason},
        {"recordedOn", e.recordedOn.iso()},
        {"expiresOn", e.expiresOn.iso()},
        {"withdrawn", e.withdrawn},
    };
}

nlohmann::json RecallJson::worklistRow(const recall::WorklistRow& row, base::CivilDate today)
{
    const auto& c = row.cycle;
    nlohmann::json j = {
        {"patientId", row.patientId},
        {"name", row.name},
        {"nhsNumber", row.nhsNumber},
        {"nhsNumberDisplay", model::displayNhsNumber(row.nhsNumber)},
        {"birthDate", row.birthDate.valid() ? nlohmann::json(row.birthDate.iso()) : nlohmann::json(nullptr)},
        {"born", row.birthDate.valid() ? row.birthDate.display() : "Not known"},
        {"age", row.birthDate.valid() ? base::formatAge(row.birthDate, today) : "Not known"},
        {"postcode", row.restricted ? nlohmann::json(nullptr) : nlohmann::json(row.postcode)},
        {"restricted", row.restricted},
        {"alsoReviewed", row.alsoReviewed},
        {"stage", std::string(recall::cycleStageCode(c.stage))},
        {"stageDisplay", CycleWording::stage(c.stage)},
        {"dueDate", isoOrNull(c.dueDate)},
        {"daysOverdue", c.daysOverdue(today)},
        {"invitations", c.invitations},
        {"lastInvitation", isoOrNull(c.lastInvitation)},
        {"nextInvitationFrom", isoOrNull(c.nextInvitationFrom)},
        {"pendingTests", c.pendingTests},
        {"testsSentOn", isoOrNull(c.testsSentOn)},
        {"letterSentOn", isoOrNull(c.letterSentOn)},
        {"lastCarePlanning", isoOrNull(c.lastCarePlanning)},
        {"surveillance", c.surveillance ? appointment(*c.surveillance) : nlohmann::json(nullptr)},
        {"carePlanning", c.carePlanning ? appointment(*c.carePlanning) : nlohmann::json(nullptr)},
        {"exception", c.exception ? exception(*c.exception) : nlohmann::json(nullptr)},
        {"invitationsCountAsDeclined", c.invitationsCountAsDeclined},
    };
    return j;
}

} // namespace carehouse::cli
