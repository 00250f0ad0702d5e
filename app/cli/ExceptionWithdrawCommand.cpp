#include "app/cli/ExceptionWithdrawCommand.h"

#include "app/cli/CycleWording.h"
#include "app/cli/RecallJson.h"
#include "core/base/Log.h"
#include "core/model/Patient.h"
#include "core/recall/RecallBook.h"
#include "core/record/FieldRecordReader.h"

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

std::string ExceptionWithdrawCommand::name() const
{
    return "exception withdraw";
}

std::string ExceptionWithdrawCommand::summary() const
{
    return "End an exception before it expires, so the person is recalled again (clinicians).";
}

std::string ExceptionWithdrawCommand::description() const
{
    return {};
}

std::vector<Option> ExceptionWithdrawCommand::options() const
{
    return {};
}

std::vector<Argument> ExceptionWithdrawCommand::arguments() const
{
    return {{"EXCEPTION_ID", "The exception's id, as 'exception add' printed it or 'worklist exceptions --json' shows.",
             true, false}};
}

std::vector<std::string> ExceptionWithdrawCommand::examples() const
{
    return {"carehouse-cli exception withdraw 3c2b...-..."};
}

ExitCode ExceptionWithdrawCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                    record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::RecordException); !st)
        return ctx.fail(st.error());
    const auto id = args.positional(0);
    auto found = record::FieldRecordReader(store).byId<model::CareException>(id);
    if (!found)
        return ctx.fail(found.error());
    auto e = found->value;
    if (e.withdrawn)
        return ctx.fail(
            base::Error::make(base::ErrorCode::InvalidState, "exception", id).withDetail("already withdrawn"));
    if (auto st = recall::RecallBook(store).withdrawException(id); !st)
        return ctx.fail(st.error());
    e.withdrawn = true;
    base::logInfo("withdrew exception {}", id);
    if (ctx.global().json) {
        ctx.out() << RecallJson::exception(e).dump(2) << '\n';
        return ExitCode::Ok;
    }
    std::string name;
    if (auto p = record::PatientRepository(store).patient(e.patientId))
        name = " for " + model::bannerName(p->value);
    ctx.out() << fmt::format("Withdrew the exception{} ({}); they are recalled again.\n", name,
                             CycleWording::exception(e));
    return ExitCode::Ok;
}

} // namespace carehouse::cli
