#include "app/cli/ExchangeImportCommand.h"

#include "app/cli/ErrorWording.h"
#include "app/cli/KeyPassphrase.h"
#include "core/base/Clock.h"
#include "core/base/Log.h"
#include "core/exchange/EnvelopeReader.h"
#include "core/exchange/ExchangeError.h"
#include "core/exchange/ExchangeImport.h"
#include "core/exchange/PeerDirectory.h"
#include "core/journal/SyncError.h"

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <limits>
#include <nlohmann/json.hpp>
#include <ostream>

namespace carehouse::cli {

namespace {

namespace fs = std::filesystem;

std::string plural(std::size_t n, const char* one, const char* many)
{
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

std::optional<exchange::EnvelopeHeader> peek(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    auto header = exchange::EnvelopeReader::peekHeader(in);
    if (!header)
        return std::nullopt;
    return std::move(header).value();
}

// Temporary files of a writer still at work, and hidden files, are never ours to read.
bool ignoredName(const std::string& name)
{
    const std::string partial = ".partial";
    return name.empty() || name[0] == '.'
        || (name.size() >= partial.size() && name.compare(name.size() - partial.size(), partial.size(), partial) == 0);
}

struct Candidate
{
    std::string path;
    std::int64_t createdAt = std::numeric_limits<std::int64_t>::max(); // unknown: last
};

// Every *.chx in the folder addressed to this site, oldest first. A file whose header cannot be
// read yet (still being copied, or not an exchange file at all) is kept, so it is reported.
std::vector<Candidate> folderFiles(const std::string& folder, const std::string& siteId, std::size_t& forOthers)
{
    std::vector<Candidate> out;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(folder, ec)) {
        const auto name = entry.path().filename().string();
        if (ignoredName(name) || entry.path().extension() != ".chx" || !entry.is_regular_file(ec))
            continue;
        Candidate c{entry.path().string()};
        if (auto header = peek(c.path)) {
            if (!header->recipientFor(siteId)) {
                ++forOthers;
                continue;
            }
            c.createdAt = header->createdAtMillis;
        }
        out.push_back(std::move(c));
    }
    std::sort(out.begin(), out.end(), [](const Candidate& a, const Candidate& b) {
        return a.createdAt != b.createdAt ? a.createdAt < b.createdAt : a.path < b.path;
    });
    return out;
}

// A refusal that is about the command, not about one file: no point trying the others.
bool stopsTheRun(const base::Error& e)
{
    if (exchange::exchangeErrorOf(e) || journal::syncErrorOf(e) || e.detail.rfind("exchange-bundle-", 0) == 0)
        return false;
    return e.code == base::ErrorCode::BadCredentials || e.code == base::ErrorCode::PermissionDenied
        || e.code == base::ErrorCode::NotLoggedIn || e.detail.rfind("site-keys-", 0) == 0;
}

// The reader refuses before it knows the file is genuine, so core keeps no status for it; the
// peer the header names is told (its status shows the last error) when it is a known peer.
void noteOnPeer(record::RecordStore& store, const std::string& path, const base::Error& e)
{
    auto reason = exchange::exchangeErrorOf(e);
    if (!reason || *reason == exchange::ExchangeError::UnknownSigner)
        return;
    auto header = peek(path);
    if (!header)
        return;
    exchange::PeerDirectory peers(store);
    auto peer = peers.find(header->senderSiteId);
    if (peer && peer->siteId == header->senderSiteId)
        (void)peers.recordError(peer->siteId, e.detail, store.clock().nowMillis());
}

} // namespace

std::string ExchangeImportCommand::name() const
{
    return "exchange import";
}

std::string ExchangeImportCommand::summary() const
{
    return "Apply exchange files from peers: each one's changes all at once, or none.";
}

std::string ExchangeImportCommand::description() const
{
    return "Give files, or folders: a folder means every *.chx in it addressed to this site, oldest first\n"
           "(files of other sites, hidden files and *.partial are left alone). Each file is checked (signed by\n"
           "a known peer not revoked when it was made, addressed to this site, complete and unaltered), then\n"
           "every change in it is applied in one go, or none is. For each file it says what was applied, what\n"
           "this site already had, and the conflicts opened or closed (see 'conflicts list'). A file still\n"
           "being copied is skipped, to be tried again, and does not fail the run; a refused file is left where\n"
           "it is, its reason is given, and the command exits non-zero. Importing the same file twice changes\n"
           "nothing. Needs the site key passphrase. Administrators, clinical leads, nurses and GPs.";
}

std::vector<Option> ExchangeImportCommand::options() const
{
    return {KeyPassphrase::fileOption()};
}

std::vector<Argument> ExchangeImportCommand::arguments() const
{
    Argument files{"FILE|FOLDER...", "Exchange files (*.chx), or folders holding them.", true};
    files.repeated = true;
    return {files};
}

std::vector<std::string> ExchangeImportCommand::examples() const
{
    return {"carehouse-cli --user nurse exchange import /mnt/shared/carehouse",
            "carehouse-cli --user nurse exchange import carehouse-1a2b3c4d-to-5e6f7a8b-20261123T120000000.chx"};
}

ExitCode ExchangeImportCommand::executeWithStore(CommandContext& ctx, const ParsedArguments& args,
                                                 record::RecordStore& store)
{
    if (auto st = store.require(security::Permission::ExchangeRecords); !st)
        return ctx.fail(st.error());

    const std::string me = store.site().siteUuid;
    std::vector<Candidate> files;
    std::size_t forOthers = 0;
    for (const auto& given : args.positionals()) {
        std::error_code ec;
        if (fs::is_directory(given, ec)) {
            auto inFolder = folderFiles(given, me, forOthers);
            files.insert(files.end(), inFolder.begin(), inFolder.end());
        } else if (fs::exists(given, ec)) {
            files.push_back({given});
        } else {
            return ctx.refuse(
                ExitCode::NotFound,
                fmt::format("There is no file or folder '{}'; check the path. Nothing was imported.", given));
        }
    }

    const bool json = ctx.global().json;
    if (files.empty()) {
        if (json)
            ctx.out() << "[]\n";
        else
            ctx.out() << "No exchange files for this site"
                      << (forOthers > 0
                              ? fmt::format(" ({} for other sites left alone)", plural(forOthers, "file", "files"))
                              : std::string())
                      << ".\n";
        return ExitCode::Ok;
    }

    KeyPassphrase passphrase(ctx);
    auto text = passphrase.obtain(args);
    if (!text)
        return ctx.refuse(passphrase.problemCode(), passphrase.problem());

    auto results = nlohmann::json::array();
    std::size_t applied = 0, skipped = 0, refused = 0;
    ExitCode firstRefusal = ExitCode::Ok;
    exchange::ExchangeImport importer(store);
    for (const auto& f : files) {
        if (ctx.cancelRequested())
            return ctx.refuse(ExitCode::Cancelled, "Stopped; the files not yet imported were left for next time.");
        auto r = importer.file(f.path, *text);
        if (r) {
            ++applied;
            const auto& rep = r->report;
            if (json) {
                results.push_back({{"file", f.path},
                                   {"status", "applied"},
                                   {"fromSiteId", r->fromSiteId},
                                   {"from", r->fromName},
                                   {"createdAt", base::formatTimestamp(r->createdAtMillis)},
                                   {"received", rep.received},
                                   {"applied", rep.applied},
                                   {"alreadyHeld", rep.alreadyHeld},
                                   {"conflictsOpened", rep.conflictsOpened},
                                   {"conflictsClosed", rep.conflictsClosed},
                                   {"possibleDuplicates", r->possibleDuplicates}});
                continue;
            }
            ctx.out() << fmt::format("{}: from {} (made {}): {} applied, {} already had", f.path, r->fromName,
                                     base::formatTimestamp(r->createdAtMillis),
                                     plural(rep.applied, "change", "changes"), rep.alreadyHeld);
            if (!rep.conflictsOpened.empty())
                ctx.out() << fmt::format(", {} opened", plural(rep.conflictsOpened.size(), "conflict", "conflicts"));
            if (!rep.conflictsClosed.empty())
                ctx.out() << fmt::format(", {} closed", plural(rep.conflictsClosed.size(), "conflict", "conflicts"));
            ctx.out() << ".\n";
            if (!r->possibleDuplicates.empty())
                ctx.out() << fmt::format("  {} another record here has the same NHS number: compare and link them "
                                         "with 'duplicates list'.\n",
                                         r->possibleDuplicates.size() == 1
                                             ? std::string("1 person arrived for whom")
                                             : fmt::format("{} people arrived for whom", r->possibleDuplicates.size()));
            continue;
        }
        const auto& e = r.error();
        if (stopsTheRun(e))
            return ctx.fail(e);
        const auto reason = exchange::exchangeErrorOf(e);
        if (reason && exchange::isRetryable(*reason)) {
            ++skipped;
            const std::string why = *reason == exchange::ExchangeError::Incomplete
                ? "still being copied, try again"
                : "could not be read just now (still being copied?), try again";
            base::logInfo("skipped {}: {}", f.path, e.describe());
            if (json)
                results.push_back({{"file", f.path}, {"status", "skipped"}, {"reason", e.detail}, {"message", why}});
            else
                ctx.out() << fmt::format("{}: skipped: {}.\n", f.path, why);
            continue;
        }
        ++refused;
        noteOnPeer(store, f.path, e);
        const auto sentence = ErrorWording::sentence(e);
        base::logError("refused {}: {}", f.path, e.describe());
        if (firstRefusal == ExitCode::Ok)
            firstRefusal = exitCodeFor(e.code);
        if (firstRefusal == ExitCode::Ok)
            firstRefusal = ExitCode::Invalid;
        if (json)
            results.push_back({{"file", f.path}, {"status", "refused"}, {"reason", e.detail}, {"message", sentence}});
        ctx.err() << fmt::format("{}: refused: {}\n", f.path, sentence);
    }

    if (json) {
        ctx.out() << results.dump(2) << '\n';
    } else if (files.size() > 1 || forOthers > 0) {
        ctx.out() << fmt::format("{}: {} applied, {} skipped, {} refused", plural(files.size(), "file", "files"),
                                 applied, skipped, refused);
        if (forOthers > 0)
            ctx.out() << fmt::format("; {} for other sites left alone", plural(forOthers, "file", "files"));
        ctx.out() << ".\n";
    }
    if (refused > 0) {
        ctx.err() << fmt::format("{} refused; nothing from {} was applied.\n",
                                 plural(refused, "file was", "files were"), refused == 1 ? "it" : "them");
        return firstRefusal;
    }
    return ExitCode::Ok;
}

} // namespace carehouse::cli
