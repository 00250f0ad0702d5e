#pragma once

#include "core/results/LabResultReader.h"

namespace carehouse::results {

// CSV with a header row naming the columns (any order, case-insensitive):
// nhs_number, date_of_birth, system, code, value, unit, effective_date. Quoted fields may hold
// commas and doubled quotes. Blood pressure may be "140/85".
class CsvResultReader final : public LabResultReader
{
public:
    std::string formatName() const override { return "CSV"; }
    base::Result<ParsedResults> read(std::istream& in, const std::string& fileName) const override;
};

} // namespace carehouse::results
