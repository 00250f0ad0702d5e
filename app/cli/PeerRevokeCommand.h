#pragma once

#include "app/cli/DatabaseCommand.h"

namespace carehouse::cli {

// peer revoke: stops trusting a peer's files from now on (or from the start).
class PeerRevokeCommand : public DatabaseCommand
{
public:
    std::string name() const override;
    std::string summary() const override;
    std::string description() const override;
    std::vector<Option> options() const override;
    std::vector<Argument> arguments() const override;
    std::vector<std::string> examples() const override;

protected:
    ExitCode executeWithStore(CommandContext& context, const ParsedArguments& args,
                              record::RecordStore& store) override;
};

} // namespace carehouse::cli
