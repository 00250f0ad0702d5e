#pragma once

#include "core/results/LabResultReader.h"

namespace carehouse::results {

// FHIR R4 JSON: a Bundle whose entries are Observations (and the Patients they refer to), or a
// single Observation. The person is read from the Observation's contained or referenced
// Patient (NHS number identifier, birthDate), or from subject.identifier.
class FhirResultReader final : public LabResultReader
{
public:
    std::string formatName() const override { return "FHIR R4 JSON"; }
    base::Result<ParsedResults> read(std::istream& in, const std::string& fileName) const override;
};

} // namespace carehouse::results
