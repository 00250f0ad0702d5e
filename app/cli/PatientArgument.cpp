#include "app/cli/PatientArgument.h"

#include "core/record/PatientRepository.h"

namespace carehouse::cli {

base::Result<PatientArgument::Resolved> PatientArgument::resolve(record::RecordStore& store, const std::string& text)
{
    record::PatientRepository repository(store);
    auto id = repository.resolve(text);
    if (!id)
        return id.error();
    auto patient = repository.patient(*id);
    if (!patient)
        return patient.error();
    Resolved r;
    r.id = *id;
    r.patient = patient->value;
    r.name = model::bannerName(patient->value);
    return r;
}

} // namespace carehouse::cli
