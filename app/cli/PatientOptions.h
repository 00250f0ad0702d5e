#pragma once

#include "app/cli/Command.h"
#include "core/record/PatientDraft.h"

#include <string>
#include <vector>

namespace carehouse::cli {

// The demographic options `patient add` and `patient edit` share, and how each fills a draft.
class PatientOptions
{
public:
    // For add, --family, --given and --dob are required; edit also offers --no-large-print and
    // --unrestricted to turn the flags off.
    static std::vector<Option> options(bool forEdit);
    // Copies the given options into the draft; returns how many fields were given.
    static int apply(const ParsedArguments& args, record::PatientDraft& draft);
};

} // namespace carehouse::cli
