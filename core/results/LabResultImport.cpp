#include "core/results/LabResultImport.h"

#include "core/base/Log.h"
#include "core/base/Uuid.h"
#include "core/clinical/ValueCheck.h"
#include "core/model/NhsNumber.h"
#include "core/record/RecordStore.h"
#include "core/results/ResultMatcher.h"

#include <filesystem>
#include <set>

namespace carehouse::results {

using base::Error;
using base::ErrorCode;

namespace {

Error rowError(Error e, const LabResultRow& row, const std::string& fileName)
{
    e.file = fileName;
    e.line = row.line;
    if (e.field.empty() || row.line == 0)
        e.field = row.where + (e.field.empty() ? "" : ": " + e.field);
    return e;
}

} // namespace

base::Result<ImportReport> LabResultImport::importFile(const std::string& path, const Options& options)
{
    if (auto st = m_store.require(security::Permission::ImportResults); !st)
        return st.error();
    auto parsed = LabResultReader::readFile(path);
    if (!parsed)
        return parsed.error();
    return importParsed(*parsed, std::filesystem::path(path).filename().string(), parsed->format, options);
}

base::Result<ImportReport> LabResultImport::importParsed(const ParsedResults& parsed, const std::string& fileName,
                                                         const std::string& format, const Options& options)
{
    if (auto st = m_store.require(security::Permission::ImportResults); !st)
        return st.error();
    auto catalogue = clinical::CareProcessCatalogue::standard();
    if (!catalogue)
        return catalogue.error();
    ImportReport report;
    report.fileName = fileName;
    report.format = format;
    report.rows = parsed.rows.size() + parsed.problems.size();
    for (const auto& p : parsed.problems)
        report.problems.push_back(p.error);

    ResultMatcher matcher(m_store);
    record::ChangeSet changes("import-results");
    std::set<std::string> keysInFile;
    std::vector<std::string> requestsTaken;
    const auto today = m_store.clock().today();
    const std::size_t total = parsed.rows.size();

    for (std::size_t i = 0; i < total; ++i) {
        if (options.progress && i % 64 == 0 && !options.progress(i, total))
            return Error::make(ErrorCode::Cancelled, "import", fileName);
        const auto& row = parsed.rows[i];
        const auto* item = (*catalogue)->itemForCoding(row.system, row.code);
        for (std::size_t c = 0; !item && c < row.otherCodings.size(); ++c)
            item = (*catalogue)->itemForCoding(row.otherCodings[c].first, row.otherCodings[c].second);
        if (!item) {
            report.problems.push_back(
                rowError(Error::make(ErrorCode::UnknownCode, "code", row.system + "|" + row.code), row, fileName));
            continue;
        }
        auto effective = base::CivilDate::parse(row.effective, "effective date");
        if (!effective) {
            report.problems.push_back(rowError(effective.error(), row, fileName));
            continue;
        }
        if (*effective > today) {
            report.problems.push_back(
                rowError(Error::make(ErrorCode::DateInFuture, "effective date", row.effective), row, fileName));
            continue;
        }
        auto checked = clinical::ValueCheck::check(*item, {row.value, row.value2, {}, row.unit});
        if (!checked) {
            report.problems.push_back(rowError(checked.error(), row, fileName));
            continue;
        }
        const auto digits = model::NhsNumber::digitsOnly(row.nhsNumber);
        const auto key = ResultMatcher::sourceKeyOf(digits.empty() ? row.nhsNumber : digits, item->code,
                                                    effective->iso(), checked->value, checked->value2);
        auto seen = matcher.alreadyImported(key);
        if (!seen)
            return seen.error();
        if (*seen || !keysInFile.insert(key).second) {
            ++report.duplicates;
            continue;
        }

        model::UnmatchedResult::Reason whyNot{};
        auto person = matcher.personFor(row.nhsNumber, row.birthDate, whyNot);
        if (!person && person.error().code != ErrorCode::NotFound)
            return person.error();
        if (!person) {
            model::UnmatchedResult u;
            u.id = base::newUuid();
            u.reason = whyNot;
            u.nhsNumber = row.nhsNumber;
            u.birthDate = row.birthDate;
            u.system = row.system;
            u.code = item->code;
            u.value = checked->value;
            u.value2 = checked->value2;
            u.originalValue = checked->originalValue;
            u.originalUnit = checked->originalUnit;
            u.effective = *effective;
            u.sourceKey = key;
            u.sourceFile = fileName;
            u.receivedOn = today;
            changes.addRecord(u);
            ++report.unmatched;
            continue;
        }
        model::Observation o;
        o.id = base::newUuid();
        o.patientId = *person;
        o.code = item->code;
        o.effective = *effective;
        o.value = checked->value;
        o.value2 = checked->value2;
        o.unit = checked->unit;
        o.originalValue = checked->originalValue;
        o.originalUnit = checked->originalUnit;
        o.source = model::Observation::Source::Lab;
        o.sourceKey = key;
        bool fulfilled = false;
        if (auto st = matcher.attach(o, changes, requestsTaken, fulfilled); !st)
            return st.error();
        ++report.matched;
        if (checked->originalValue)
            ++report.converted;
        if (fulfilled)
            ++report.requestsFulfilled;
    }
    report.rejected = report.problems.size();
    if (options.progress && !options.progress(total, total))
        return Error::make(ErrorCode::Cancelled, "import", fileName);
    // All or nothing: a file with problems is only partly imported when the user asked for that.
    if (options.dryRun || (!report.problems.empty() && !options.importValidRows) || changes.empty())
        return report;
    if (auto r = m_store.commit(changes); !r)
        return r.error();
    report.saved = true;
    base::logInfo("imported {}: {} matched, {} unmatched, {} duplicates, {} rejected", fileName, report.matched,
                  report.unmatched, report.duplicates, report.rejected);
    return report;
}

} // namespace carehouse::results
