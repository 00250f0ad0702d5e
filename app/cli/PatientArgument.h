#pragma once

#include "core/base/Result.h"
#include "core/model/Patient.h"
#include "core/record/RecordStore.h"

#include <string>

namespace carehouse::cli {

// The PATIENT argument of a command: a record id or an NHS number (spaces allowed), resolved
// to the person with their banner name for messages.
class PatientArgument
{
public:
    struct Resolved
    {
        std::string id;
        model::Patient patient;
        std::string name; // banner form: "NOWAK, Łukasz (Mr)"
    };

    static base::Result<Resolved> resolve(record::RecordStore& store, const std::string& text);
    static constexpr const char* kName = "PATIENT";
    static constexpr const char* kHelp = "The record id, or the NHS number (quote it when it has spaces).";
};

} // namespace carehouse::cli
