// The stored fields of the records that follow a person's yearly cycle: invitations,
// appointments and exceptions (personalised care adjustments).
#include "core/record/FieldRecord.h"

namespace carehouse::record {

FieldList FieldRecord<model::Invitation>::fields(const model::Invitation& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"sent_on", dateField(v.sentOn)},
            {"method", textField(model::invitationMethodCode(v.method))},
            {"note", textField(v.note)}};
}

model::Invitation FieldRecord<model::Invitation>::read(const std::string& id, const FieldReader& r)
{
    model::Invitation v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.sentOn = r.date("sent_on");
    v.method = model::invitationMethodFromCode(r.text("method")).value_or(model::Invitation::Method::Letter);
    v.note = r.text("note");
    return v;
}

std::string FieldRecord<model::Invitation>::patientOf(const model::Invitation& v)
{
    return v.patientId;
}

FieldList FieldRecord<model::Appointment>::fields(const model::Appointment& v)
{
    return {{"patient_id", textField(v.patientId)},
            {"type", textField(model::appointmentTypeCode(v.type))},
            {"date", dateField(v.date)},
            {"minute_of_day", integerField(v.minuteOfDay)},
            {"with_whom", textField(v.withWhom)},
            {"place", textField(v.place)},
            {"status", textField(model::appointmentStatusCode(v.status))}};
}

model::Appointment FieldRecord<model::Appointment>::read(const std::string& id, const FieldReader& r)
{
    model::Appointment v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.type = model::appointmentTypeFromCode(r.text("type")).value_or(model::Appointment::Type::Surveillance);
    v.date = r.date("date");
    v.minuteOfDay = static_cast<int>(r.integer("minute_of_day"));
    v.withWhom = r.text("with_whom");
    v.place = r.text("place");
    v.status = model::appointmentStatusFromCode(r.text("status")).value_or(model::Appointment::Status::Booked);
    return v;
}

std::string FieldRecord<model::Appointment>::patientOf(const model::Appointment& v)
{
    return v.patientId;
}

FieldList FieldRecord<model::CareException>::fields(const model::CareException& v)
{
    return {{"patient_id", textField(v.patientId)}, {"kind", textField(model::exceptionKindCode(v.kind))},
            {"reason", textField(v.reason)},        {"recorded_on", dateField(v.recordedOn)},
            {"expires_on", dateField(v.expiresOn)}, {"withdrawn", integerField(v.withdrawn ? 1 : 0)}};
}

model::CareException FieldRecord<model::CareException>::read(const std::string& id, const FieldReader& r)
{
    model::CareException v;
    v.id = id;
    v.patientId = r.text("patient_id");
    v.kind = model::exceptionKindFromCode(r.text("kind")).value_or(model::CareException::Kind::Declined);
    v.reason = r.text("reason");
    v.recordedOn = r.date("recorded_on");
    v.expiresOn = r.date("expires_on");
    v.withdrawn = r.integer("withdrawn") != 0;
    return v;
}

std::string FieldRecord<model::CareException>::patientOf(const model::CareException& v)
{
    return v.patientId;
}

} // namespace carehouse::record
