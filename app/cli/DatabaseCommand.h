#pragma once

#include "app/cli/Command.h"
#include "core/record/RecordStore.h"

#include <memory>

namespace carehouse::cli {

// A command that works on an existing, set-up record as a logged-in user. The base opens the
// database (refusing anything that is not CareHouse's), logs in with --user and the password,
// then calls executeWithStore.
class DatabaseCommand : public Command
{
public:
    ExitCode execute(CommandContext& context, const ParsedArguments& args) final;

    // Opens --db for an existing record; on failure words the error and returns nullptr.
    static std::unique_ptr<record::RecordStore> openExisting(CommandContext& context, ExitCode& code);
    // Logs in as --user / $CAREHOUSE_USER with $CAREHOUSE_PASSWORD or a prompt.
    static ExitCode login(CommandContext& context, record::RecordStore& store);

protected:
    virtual ExitCode executeWithStore(CommandContext& context, const ParsedArguments& args, record::RecordStore& store)
        = 0;
};

} // namespace carehouse::cli
